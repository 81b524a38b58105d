/**
 * The device's copy of a read while the network's answer is on its way: a page shows what it had
 * at once on a poor signal, then the fresh answer replaces it (stale while revalidating).
 */
import { useEffect, useState } from 'react';
import { deviceCopy } from './reads';

export function useDeviceCopy<T>(path: string, query?: Record<string, string | number | boolean | undefined>): T | undefined {
  const key = JSON.stringify([path, query ?? null]);
  const [copy, setCopy] = useState<{ key: string; body: T | undefined }>({ key, body: undefined });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for path and query
  useEffect(() => {
    let live = true;
    void deviceCopy<T>(path, query).then((body) => live && setCopy({ key, body }));
    return () => {
      live = false;
    };
  }, [key]);
  return copy.key === key ? copy.body : undefined;
}
