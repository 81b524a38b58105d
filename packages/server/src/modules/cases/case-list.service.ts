/** The case list at the desk (issue 11 item 8): filters checked, then one page and, on request, the row count. */
import { addDays, diffDays, isValidDate, startOfShanghaiDay } from '@gridwork/core/calendar';
import type { AppContext } from '../../context';
import type { SessionUser } from '../auth/sessions.repository';
import { throwIfAny, type FieldProblem } from '../households/resident-input';
import { getRegionRowInScope } from '../regions/region-cache';
import { policyOfVersion } from './case-policy';
import { presentCase } from './case-presenter';
import { countCasesInScope, listCasesInScope, type CaseSearch } from './case-search.repository';
import type { CaseListQuery } from './cases.schemas';

const MIN_DATE = '1900-01-01';
const MAX_DATE = '2999-12-31';

/** The query's filters as a search: real calendar dates, from ≤ to, the region's subtree (checked in scope before). */
export async function searchOf(ctx: AppContext, actor: SessionUser, q: Omit<CaseListQuery, 'limit' | 'offset'>): Promise<CaseSearch> {
  const problems: FieldProblem[] = [];
  for (const key of ['from', 'to'] as const) {
    const date = q[key];
    if (date !== undefined && !(isValidDate(date) && date >= MIN_DATE && date <= MAX_DATE))
      problems.push({ field: `querystring.${key}`, message: `not a real calendar date between ${MIN_DATE} and ${MAX_DATE}` });
  }
  throwIfAny(problems);
  if (q.from && q.to && diffDays(q.from, q.to) < 0) throwIfAny([{ field: 'querystring.to', message: 'must not be before from' }]);
  const region = q.regionId ? await getRegionRowInScope(ctx, actor, q.regionId) : null;
  return {
    status: q.status,
    gridId: q.gridId,
    regionPath: region?.path,
    householdId: q.householdId,
    mine: q.mine ? actor.id : undefined,
    source: q.source,
    category: q.category,
    q: q.q,
    from: q.from ? startOfShanghaiDay(q.from) : undefined,
    until: q.to ? startOfShanghaiDay(addDays(q.to, 1)) : undefined,
  };
}

export async function listCases(ctx: AppContext, actor: SessionUser, q: CaseListQuery) {
  const search = await searchOf(ctx, actor, q);
  const [rows, total] = await Promise.all([
    listCasesInScope(ctx.db, actor, { ...search, limit: q.limit ?? 100, offset: q.offset ?? 0 }),
    q.withTotal ? countCasesInScope(ctx.db, actor, search) : Promise.resolve(null),
  ]);
  const now = ctx.clock();
  const items = [];
  for (const row of rows) items.push(presentCase(actor, row, await policyOfVersion(ctx, row.policy_version), now));
  return { items, total };
}
