/**
 * Work of one key (a username, an account) in this process, one at a time: each run starts when
 * the previous one of the same key has settled. Used where a check and what follows it must not
 * interleave with the same caller's other requests (sign-in attempts, sealed lookups).
 */
const inFlight = new Map<string, Promise<unknown>>();

export function oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
  const result = (inFlight.get(key) ?? Promise.resolve()).then(run, run);
  const tail = result.catch(() => undefined);
  inFlight.set(key, tail);
  void tail.then(() => {
    if (inFlight.get(key) === tail) inFlight.delete(key);
  });
  return result;
}
