/**
 * Hotline intake (issue 11 item 8): the grid from a typed address. Household addresses and the names of
 * compounds, buildings and grids in the caller's intake scope propose their grid; nothing about who
 * lives there is returned (C3): only the address text and the grid.
 */
import { actorWith, DomainError } from '@gridwork/core';
import type { AppContext } from '../../context';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { listRegionsByIds } from '../regions/regions.repository';
import { findHouseholdAddresses, findPlaces, type AddressHit } from './address-lookup.repository';

export async function lookUpAddress(ctx: AppContext, actor: SessionUser, query: { q: string; limit?: number }) {
  const q = query.q.trim();
  if (!q) throw new DomainError('VALIDATION_FAILED', 'q is empty', [{ field: 'querystring.q', message: 'type part of an address' }]);
  const intake = actorWith(actor, 'case.intake');
  if (intake.roles.length === 0) throw new DomainError('FORBIDDEN', 'your role may not take in cases');
  const limit = query.limit ?? 10;
  const [places, households] = await Promise.all([findPlaces(ctx.db, intake, q, limit), findHouseholdAddresses(ctx.db, intake, q, limit)]);
  const hits = [...places, ...households];
  const grids = await gridsOf(ctx, hits);
  const items = [];
  for (const hit of hits) {
    const grid = grids.get(hit.path);
    if (grid && items.length < limit) items.push({ kind: hit.kind, label: hit.label, grid });
  }
  return { items };
}

/** For each hit's path, the grid on it (the hit itself, or the grid above a compound or building). */
async function gridsOf(ctx: AppContext, hits: AddressHit[]) {
  const ids = [...new Set(hits.flatMap((h) => parsePath(h.path)))];
  const regions = new Map((await listRegionsByIds(ctx.db, ids)).map((r) => [r.id, r]));
  const out = new Map<string, { id: number; code: string; name: string }>();
  for (const h of hits) {
    const grid = parsePath(h.path)
      .map((id) => regions.get(id))
      .find((r) => r?.type === 'grid');
    if (grid) out.set(h.path, { id: grid.id, code: grid.code, name: grid.name });
  }
  return out;
}
