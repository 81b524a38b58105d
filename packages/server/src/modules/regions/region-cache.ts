import { DomainError, isWithin } from '@gridwork/core';
import type { AppContext } from '../../context';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { listRegionsByIds, type RegionRow } from './regions.repository';

/**
 * Region rows (no shapes) by id, for hot paths such as case intake. A node's path, type and top
 * region never change after creation (moves are not supported), so a cached row stays right; the
 * regions service drops an entry when the node is edited or deleted.
 */
const caches = new WeakMap<AppContext, Map<number, RegionRow>>();

function cacheOf(ctx: AppContext): Map<number, RegionRow> {
  let c = caches.get(ctx);
  if (!c) caches.set(ctx, (c = new Map()));
  return c;
}

export function forgetRegion(ctx: AppContext, id: number): void {
  cacheOf(ctx).delete(id);
}

/** The region if it lies in the actor's scope, else 404 (the same answer as a missing one). */
export async function getRegionRowInScope(ctx: AppContext, actor: SessionUser, id: number): Promise<RegionRow> {
  const cache = cacheOf(ctx);
  let row = cache.get(id);
  if (!row) {
    row = (await listRegionsByIds(ctx.db, [id]))[0];
    if (row) {
      if (cache.size > 100_000) cache.clear();
      cache.set(id, row);
    }
  }
  const path = row ? parsePath(row.path) : null;
  if (!row || !path || !actor.roles.some((r) => isWithin(path, r.path))) throw new DomainError('NOT_FOUND', `region ${id} not found`);
  return row;
}
