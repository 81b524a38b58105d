/**
 * A form's draft kept on the device (localStorage) while it is typed: restored when the form opens
 * again, dropped once the form is saved. Failures to store (private mode, a full disk) are ignored.
 */
import { useCallback, useMemo } from 'react';

export interface Draft<T> {
  /** What was stored when the form opened, if anything. */
  initial: T | null;
  save: (value: T) => void;
  clear: () => void;
}

export function useDraft<T>(key: string): Draft<T> {
  const initial = useMemo<T | null>(() => {
    try {
      const raw = localStorage.getItem(key);
      return raw ? (JSON.parse(raw) as T) : null;
    } catch {
      return null;
    }
  }, [key]);
  // written at once (a few KB): a phone may be locked or the tab killed right after the last keystroke
  const save = useCallback(
    (value: T) => {
      try {
        localStorage.setItem(key, JSON.stringify(value));
      } catch {
        /* nowhere to keep it: the form still works */
      }
    },
    [key],
  );
  const clear = useCallback(() => {
    try {
      localStorage.removeItem(key);
    } catch {
      /* ignore */
    }
  }, [key]);
  return { initial, save, clear };
}
