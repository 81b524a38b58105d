/**
 * Visit compliance (A7.2, C2.2, D5, D9), visiting hours (C7.1) and visit history.
 *
 *   computeCompliance(db: Kysely<DB>, regionPath: string, date: string, opts?: {
 *     groupBy?: 'grid' | 'worker' | 'class';   // default 'grid'
 *     scope?: string[];                        // path prefixes the caller may read; default [regionPath]
 *   }): Promise<{ date, groupBy, total: ComplianceRow, rows: ComplianceRow[] }>
 *
 *   computeComplianceAt(db, regionPath, dates: string[], opts?): the same at several dates, the
 *     grids and policy versions read once (an assessment's month-ends).
 *
 * `regionPath` is a region's materialised path ('/1/2/3/'); `date` is 'YYYY-MM-DD' (Asia/Shanghai),
 * evaluated as of its end. No HTTP and no actor: a benchmark can call it directly. It reads the grids
 * and policies in force (plan-book.ts), then every household under the region in ONE grouped SQL
 * statement (household-facts.repository.ts: members' reason mask, distinct visit days per count span,
 * households with identical facts counted together); classes and standings come from the core
 * functions shared with GET /households/:id/visit-status (standings.ts), once per distinct facts row.
 * `done` sums each household's visit days up to its required count; `rate` = met / households.
 */
import { actorWith, assertCan, DomainError } from '@gridwork/core';
import { addDays, diffDays, isValidDate, shanghaiDate, startOfShanghaiDay } from '@gridwork/core/calendar';
import { isVisitClass, visitMinutesByDay, VISIT_CLASS_LABELS, VISIT_CLASSES, type VisitStanding } from '@gridwork/core/households';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { scopePrefixes } from '../../db/scope';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { getHouseholdInScope } from '../households/households.repository';
import { presentVisit } from '../households/household-view';
import { throwIfAny } from '../households/resident-input';
import { countVisits, listVisitsPage } from '../households/visits.repository';
import { getRegionInScope } from '../regions/regions.repository';
import type { ComplianceRow } from './compliance.schemas';
import { listDisplayNames, listGridsUnder, listGridWorkers, listPolicyKeys, listVisitTimes } from './compliance.repository';
import { listGroupedFacts } from './household-facts.repository';
import { factsQuery, planBookFor } from './plan-book';
import { standingOfRow } from './standings';

export type GroupBy = 'grid' | 'worker' | 'class';

type Tally = Omit<ComplianceRow, 'key' | 'label' | 'rate'>;
const emptyTally = (): Tally => ({ households: 0, required: 0, done: 0, met: 0, due: 0, atRisk: 0, overdue: 0 });
const STATUS_FIELD = { met: 'met', due: 'due', 'at-risk': 'atRisk', overdue: 'overdue' } as const;

function add(t: Tally, s: VisitStanding, n: number): void {
  t.households += n;
  t.required += s.required * n;
  t.done += Math.min(s.done, s.required) * n;
  t[STATUS_FIELD[s.status]] += n;
}

function merge(into: Tally, t: Tally): void {
  for (const k of Object.keys(into) as Array<keyof Tally>) into[k] += t[k];
}

const rowOf = (key: string, label: string, t: Tally): ComplianceRow => ({
  key,
  label,
  ...t,
  rate: t.households === 0 ? 1 : t.met / t.households,
});

/** The parts of `scope` inside the region: the region itself when a scope root holds it. */
export function narrowScope(scope: readonly string[], regionPath: string): string[] {
  if (scope.some((p) => regionPath.startsWith(p))) return [regionPath];
  return [...new Set(scope.filter((p) => p.startsWith(regionPath)))];
}

/** A class's name (A7.2), as every page and export names it (core VISIT_CLASS_LABELS). */
export function classLabel(visitClass: string): string {
  return isVisitClass(visitClass) ? VISIT_CLASS_LABELS[visitClass].zh : visitClass;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

export async function computeCompliance(
  db: Kysely<DB>,
  regionPath: string,
  date: string,
  opts: { groupBy?: GroupBy; scope?: string[] } = {},
) {
  return (await computeComplianceAt(db, regionPath, [date], opts))[0];
}

/** The same at several dates (an assessment's month-ends): the grids and policy versions are read once. */
export async function computeComplianceAt(
  db: Kysely<DB>,
  regionPath: string,
  dates: readonly string[],
  opts: { groupBy?: GroupBy; scope?: string[] } = {},
) {
  const groupBy = opts.groupBy ?? 'grid';
  const prefixes = narrowScope(opts.scope ?? [regionPath], regionPath);
  const pending = listGridsUnder(db, prefixes);
  const keys = listPolicyKeys(db);
  // both reads are awaited by every date; an early failure must not go unobserved meanwhile
  pending.catch(() => {});
  keys.catch(() => {});
  return Promise.all(dates.map((date) => complianceOn(db, date, groupBy, prefixes, pending, keys)));
}

async function complianceOn(
  db: Kysely<DB>,
  date: string,
  groupBy: GroupBy,
  prefixes: string[],
  pending: ReturnType<typeof listGridsUnder>,
  keys: ReturnType<typeof listPolicyKeys>,
) {
  const book = await planBookFor(db, pending, date, keys);
  const grids = await pending;
  const facts = prefixes.length ? await listGroupedFacts(db, factsQuery(book, { prefixes })) : [];
  const total = emptyTally();
  const byGrid = new Map(grids.map((g) => [g.id, emptyTally()]));
  const byClass = new Map(VISIT_CLASSES.map((c) => [c as string, emptyTally()]));
  for (const row of facts) {
    const standing = standingOfRow(book, row);
    add(total, standing, row.n);
    add(byGrid.get(row.gridId)!, standing, row.n);
    add(byClass.get(standing.visitClass)!, standing, row.n);
  }
  let rows: ComplianceRow[];
  if (groupBy === 'grid') rows = grids.map((g) => rowOf(String(g.id), g.name, byGrid.get(g.id)!));
  else if (groupBy === 'class') rows = VISIT_CLASSES.map((c) => rowOf(c, classLabel(c), byClass.get(c)!));
  else {
    const workers = new Map<number, { name: string; tally: Tally }>();
    for (const w of await listGridWorkers(
      db,
      grids.map((g) => g.id),
    )) {
      const entry = workers.get(w.userId) ?? { name: w.displayName, tally: emptyTally() };
      merge(entry.tally, byGrid.get(w.gridId)!);
      workers.set(w.userId, entry);
    }
    rows = [...workers]
      .map(([id, w]) => rowOf(String(id), w.name, w.tally))
      .sort((a, b) => collator.compare(a.label, b.label) || Number(a.key) - Number(b.key));
  }
  return { date, groupBy, total: rowOf('total', '合计', total), rows };
}

export function dateOrToday(ctx: AppContext, value: string | undefined, field = 'querystring.date'): string {
  const date = value ?? shanghaiDate(ctx.clock());
  if (!isValidDate(date)) throwIfAny([{ field, message: 'not a real calendar date' }]);
  return date;
}

/** The household-reading roles' scope (403 when the caller has none). */
export function readerScope(actor: SessionUser): string[] {
  const prefixes = scopePrefixes(actorWith(actor, 'household.read'));
  if (prefixes.length === 0) throw new DomainError('FORBIDDEN', 'your role may not read household records');
  return prefixes;
}

/** The reader's scope inside the region (default: their first scope root); 403 when none of it is. */
export function readerScopeIn(actor: SessionUser, regionPath: string | undefined, place = 'region') {
  const scope = readerScope(actor);
  const path = regionPath ?? scope[0];
  const prefixes = narrowScope(scope, path);
  if (prefixes.length === 0) throw new DomainError('FORBIDDEN', `your role may not read household records in this ${place}`);
  return { scope, path, prefixes };
}

/** GET /visits/compliance: the region (default: the caller's first scope root) in the household readers' scope. */
export async function complianceReport(ctx: AppContext, actor: SessionUser, q: { regionId?: number; date?: string; groupBy?: GroupBy }) {
  const region = q.regionId === undefined ? null : await getRegionInScope(ctx.db, actor, q.regionId);
  const date = dateOrToday(ctx, q.date);
  const { scope, path } = readerScopeIn(actor, region?.path);
  const regionId = region?.id ?? parsePath(path).at(-1)!;
  return { regionId, ...(await computeCompliance(ctx.db, path, date, { groupBy: q.groupBy, scope })) };
}

export const MAX_HOURS_DAYS = 92;

/** GET /visits/hours (C7.1): each visitor's merged in-person visiting minutes per Asia/Shanghai day. */
export async function visitingHours(ctx: AppContext, actor: SessionUser, q: { regionId?: number; from?: string; to?: string }) {
  const region = q.regionId === undefined ? null : await getRegionInScope(ctx.db, actor, q.regionId);
  const to = dateOrToday(ctx, q.to, 'querystring.to');
  const from = q.from ?? `${to.slice(0, 8)}01`;
  if (!isValidDate(from)) throwIfAny([{ field: 'querystring.from', message: 'not a real calendar date' }]);
  if (from > to) throwIfAny([{ field: 'querystring.from', message: 'must not be after to' }]);
  if (diffDays(from, to) + 1 > MAX_HOURS_DAYS)
    throwIfAny([{ field: 'querystring.to', message: `at most ${MAX_HOURS_DAYS} days from from` }]);
  const { prefixes } = readerScopeIn(actor, region?.path);
  const grids = await listGridsUnder(ctx.db, prefixes);
  const tops = [...new Set(grids.map((g) => g.topRegionId).filter((t): t is number => t !== null))];
  const visits = await listVisitTimes(ctx.db, prefixes, tops, startOfShanghaiDay(from), startOfShanghaiDay(addDays(to, 1)));
  const days = visitMinutesByDay(visits, from, to);
  const names = await listDisplayNames(ctx.db, [...new Set(days.map((d) => d.userId))]);
  return {
    from,
    to,
    rows: days.map((d) => ({
      userId: d.userId,
      displayName: names.get(d.userId) ?? String(d.userId),
      date: d.date,
      visits: d.visits,
      minutes: d.minutes,
    })),
  };
}

/** GET /visits?householdId=: a household's visits, newest first (scope checked before validation). */
export async function visitHistory(ctx: AppContext, actor: SessionUser, q: { householdId: number; limit?: number; offset?: number }) {
  const h = await getHouseholdInScope(ctx.db, actor, q.householdId);
  assertCan(actor, 'household.read', { path: parsePath(h.gridPath) });
  const [items, total] = await Promise.all([listVisitsPage(ctx.db, h, q.limit ?? 50, q.offset ?? 0), countVisits(ctx.db, h)]);
  return { items: items.map(presentVisit), total };
}
