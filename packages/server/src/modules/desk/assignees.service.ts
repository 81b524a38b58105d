/**
 * The assign dialog's choices (issue 11 item 8): the units a case can go to and the people, the case's
 * own grid team first (A1.1: the workers bound to its grid), then everyone else in the caller's scope.
 */
import { assertCan, can } from '@gridwork/core';
import type { AppContext } from '../../context';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { caseTarget } from '../cases/case-access';
import { getCaseInScope } from '../cases/cases.repository';
import { listRegionsByIds } from '../regions/regions.repository';
import { listAssignablePeople, listCategoryUnits, listUsedUnits } from './assignees.repository';

const USED_UNITS_DAYS = 180;

export type UnitSource = 'category' | 'region' | 'used';

export async function assigneesOf(ctx: AppContext, actor: SessionUser, caseId: number) {
  const row = await getCaseInScope(ctx.db, actor, caseId);
  assertCan(actor, 'case.assign', caseTarget(row));
  const since = new Date(ctx.clock().getTime() - USED_UNITS_DAYS * 86_400_000);
  const path = parsePath(row.grid_path);
  const [people, categoryUnits, usedUnits, chain] = await Promise.all([
    listAssignablePeople(ctx.db, actor, row.grid_id),
    listCategoryUnits(ctx.db),
    listUsedUnits(ctx.db, actor, since),
    listRegionsByIds(ctx.db, path),
  ]);
  // the case's own area from the grid upwards, as far as the caller's scope reaches
  const byId = new Map(chain.map((r) => [r.id, r]));
  const regionUnits = path
    .map((_, i) => path.slice(0, i + 1))
    .filter((p) => can(actor, 'region.read', { path: p }))
    .map((p) => byId.get(p[p.length - 1])?.name)
    .filter((n): n is string => Boolean(n))
    .reverse();
  const units: Array<{ name: string; source: UnitSource }> = [];
  const seen = new Set<string>();
  const add = (names: string[], source: UnitSource) => {
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      units.push({ name, source });
    }
  };
  add(
    categoryUnits.filter((c) => c.code === row.category).map((c) => c.unit),
    'category',
  );
  add(regionUnits, 'region');
  add(
    categoryUnits.map((c) => c.unit),
    'category',
  );
  add(usedUnits, 'used');
  return { gridId: row.grid_id, units, people };
}
