/**
 * GET /visits/due (A7.2, C2.2, D5): the caller's households with their visit standing on a date,
 * in buckets of urgency and then in walking order (compound, building, address; natural order so
 * 2号楼 comes before 10号楼). A grid worker or grid leader sees the grids of their roles; roles above
 * grids see their scope, optionally one grid. One facts statement per 5,000 households (keyset).
 */
import { addDays, weekday } from '@gridwork/core/calendar';
import { reasonCodesOfMask } from '@gridwork/core/households';
import type { AppContext } from '../../context';
import { isoOrNull } from '../../lib/time';
import type { SessionUser } from '../auth/sessions.repository';
import { throwIfAny } from '../households/resident-input';
import { getRegionInScope } from '../regions/regions.repository';
import { dateOrToday, readerScope, readerScopeIn } from './compliance.service';
import { listGridsUnder } from './compliance.repository';
import type { HouseholdDetailRow } from './household-facts.repository';
import { planBookFor } from './plan-book';
import { forEachHouseholdStanding, type HouseholdStanding } from './standings';

export const BUCKETS = ['overdue', 'today', 'this-week', 'later', 'done'] as const;
export type Bucket = (typeof BUCKETS)[number];
const RANK = Object.fromEntries(BUCKETS.map((b, i) => [b, i])) as Record<Bucket, number>;
/** At most this many items are returned (the most urgent first); `truncated` says when more were due. */
export const MAX_DUE_ITEMS = 2000;

/** overdue; today (at-risk, or the suggested date has come); this-week (suggested within the ISO week); later; done (met). */
export function bucketOf(s: Pick<HouseholdStanding, 'status' | 'suggestedNext'>, date: string, weekEnd: string): Bucket {
  if (s.status === 'overdue') return 'overdue';
  if (s.status === 'met') return 'done';
  if (s.status === 'at-risk' || (s.suggestedNext !== null && s.suggestedNext <= date)) return 'today';
  if (s.suggestedNext !== null && s.suggestedNext <= weekEnd) return 'this-week';
  return 'later';
}

const collator = new Intl.Collator('zh-CN', { numeric: true });
/** Natural order with missing names last. */
const byName = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : collator.compare(a, b));

type DueItem = ReturnType<typeof itemOf>;

export function walkingOrder(a: DueItem, b: DueItem): number {
  return (
    RANK[a.bucket] - RANK[b.bucket] ||
    byName(a.compoundName, b.compoundName) ||
    byName(a.buildingName, b.buildingName) ||
    collator.compare(a.address, b.address) ||
    a.householdId - b.householdId
  );
}

function itemOf(row: HouseholdDetailRow, s: HouseholdStanding, grid: { name: string }, bucket: Bucket) {
  return {
    householdId: row.id,
    address: row.address,
    gridId: row.gridId,
    gridName: grid.name,
    compoundId: row.compoundId,
    compoundName: row.compoundName,
    buildingId: row.buildingId,
    buildingName: row.buildingName,
    visitClass: s.visitClass,
    reasons: reasonCodesOfMask(row.mask),
    period: s.requirement.period,
    window: s.requirement.window,
    rule: s.requirement.rule,
    required: s.required,
    done: s.done,
    remaining: s.remaining,
    status: s.status,
    suggestedNext: s.suggestedNext,
    lastVisitAt: isoOrNull(row.lastVisitAt),
    bucket,
  };
}

export async function dueList(ctx: AppContext, actor: SessionUser, q: { date?: string; gridId?: number; includeMet?: boolean }) {
  const grid = q.gridId === undefined ? null : await getRegionInScope(ctx.db, actor, q.gridId);
  const date = dateOrToday(ctx, q.date);
  if (grid && grid.type !== 'grid') throwIfAny([{ field: 'querystring.gridId', message: 'must be a grid' }]);
  const prefixes = grid ? readerScopeIn(actor, grid.path, 'grid').prefixes : readerScope(actor);
  const gridRows = listGridsUnder(ctx.db, prefixes, grid?.id);
  const book = await planBookFor(ctx.db, gridRows, date);
  const grids = new Map((await gridRows).map((g) => [g.id, g]));
  const weekEnd = addDays(date, 7 - weekday(date));
  let items: DueItem[] = [];
  let truncated = false;
  await forEachHouseholdStanding(ctx.db, book, { prefixes, gridId: grid?.id }, true, (row, standing) => {
    const bucket = bucketOf(standing, date, weekEnd);
    if (bucket === 'done' && !q.includeMet) return;
    items.push(itemOf(row, standing, grids.get(row.gridId) ?? { name: '' }, bucket));
    if (items.length >= 2 * MAX_DUE_ITEMS) {
      items = items.sort(walkingOrder).slice(0, MAX_DUE_ITEMS);
      truncated = true;
    }
  });
  items.sort(walkingOrder);
  if (items.length > MAX_DUE_ITEMS) {
    items = items.slice(0, MAX_DUE_ITEMS);
    truncated = true;
  }
  return { date, items, truncated };
}
