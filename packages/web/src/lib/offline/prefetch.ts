/**
 * After the due list loads with a connection, the profiles of the households due soonest are read
 * one at a time in the background, so that their pages and visit forms open offline later in the day
 * (lib/offline/reads.ts keeps each copy). Bounded; stops at the first failure.
 */
import { casesApi } from '../../api/cases';
import { policyApi } from '../../api/endpoints';
import { householdsApi } from '../../api/households';
import type { Id, SessionUser } from '../../api/types';

const MAX_PREFETCH = 60;
let lastRun = '';

export function prefetchHouseholds(ids: readonly Id[]): void {
  const wanted = ids.slice(0, MAX_PREFETCH);
  const signature = wanted.join(',');
  if (!navigator.onLine || signature === lastRun) return;
  lastRun = signature;
  void (async () => {
    for (const id of wanted) {
      try {
        await householdsApi.get(id);
      } catch {
        return;
      }
    }
  })();
}

/**
 * At the start of a field user's day (online): what the report form needs offline, the categories
 * and the policy of their own grid (classes and time limits). The region tree loads at start anyway.
 */
export function prefetchFieldRefs(user: SessionUser): void {
  const grid = user.roles.find((r) => r.regionType === 'grid')?.regionId;
  if (!grid || !navigator.onLine) return;
  void casesApi.categories().catch(() => undefined);
  void policyApi.get(grid).catch(() => undefined);
}
