/**
 * The visit plans of many grids on one date (A7.2, C2.2, D5): each grid gets the policy in force
 * at the end of the date (the nearest ancestor's latest version created by then, or the current one
 * for dates before the first version, as GET /households/:id/visit-status always did), and the core
 * visit plan of that policy. The plans' count spans are merged into one list: the SQL count columns.
 */
import { addDays, startOfShanghaiDay } from '@gridwork/core/calendar';
import {
  elderlyBirthCutoff,
  VISIT_CLASSES,
  visitPlanOf,
  type PlannedRequirement,
  type VisitClass,
  type VisitPlan,
} from '@gridwork/core/households';
import type { PolicyValues } from '@gridwork/core/policy';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { parsePath } from '../auth/sessions.repository';
import { listPolicyKeys, listPolicyValues, type GridRow, type PolicyKey } from './compliance.repository';
import type { CountSpan, FactsQuery, HouseholdSet } from './household-facts.repository';

type Db = Kysely<DB> | Transaction<DB>;

export const CLASS_INDEX = Object.fromEntries(VISIT_CLASSES.map((c, i) => [c, i])) as Record<VisitClass, number>;

/** A grid's plan, with the span column of each class (by CLASS_INDEX; -1 when the class has no requirement). */
export interface GridPlan {
  plan: VisitPlan;
  requirements: ReadonlyArray<PlannedRequirement | null>;
  spanOfClass: readonly number[];
}

export interface PlanBook {
  date: string;
  spans: CountSpan[];
  elderlyCutoff: string;
  /** Start of the earliest counting day and end of `date`. */
  from: Date;
  to: Date;
  /** null when no policy is in force anywhere above the grid. */
  gridPlans: Map<number, GridPlan | null>;
}

/** The version in force for a region path: findPolicyInForce(path, at) ?? findPolicyInForce(path). */
export function versionInForce(byRegion: Map<number, PolicyKey[]>, path: readonly number[], at: Date): number | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const hit = byRegion.get(path[i])?.find((k) => k.createdAt.getTime() <= at.getTime());
    if (hit) return hit.version;
  }
  for (let i = path.length - 1; i >= 0; i--) {
    const hit = byRegion.get(path[i])?.[0];
    if (hit) return hit.version;
  }
  return null;
}

/**
 * Policy versions are immutable rows (a change is a new version), so their values and the plans made
 * from them are kept per database handle; only the list of versions is read on every call.
 */
const PLAN_CACHE_LIMIT = 256;
const cache = new WeakMap<object, { values: Map<number, PolicyValues>; plans: Map<string, VisitPlan> }>();

async function plansOf(db: Db, versions: number[], date: string): Promise<Map<number, VisitPlan>> {
  let known = cache.get(db);
  if (!known) cache.set(db, (known = { values: new Map(), plans: new Map() }));
  const missing = versions.filter((v) => !known.values.has(v));
  for (const [version, values] of await listPolicyValues(db, missing)) known.values.set(version, values as PolicyValues);
  if (known.plans.size > PLAN_CACHE_LIMIT) known.plans.clear();
  const out = new Map<number, VisitPlan>();
  for (const version of versions) {
    const key = `${version}|${date}`;
    let plan = known.plans.get(key);
    if (!plan) known.plans.set(key, (plan = visitPlanOf(known.values.get(version)!, date, version)));
    out.set(version, plan);
  }
  return out;
}

type GridPaths = readonly Pick<GridRow, 'id' | 'path'>[];

/**
 * The plan book of the grids (given, or still being read: the policy versions are read meanwhile, or
 * given when several dates share one read).
 */
export async function planBookFor(
  db: Db,
  gridsOrPending: GridPaths | Promise<GridPaths>,
  date: string,
  keysOrPending: PolicyKey[] | Promise<PolicyKey[]> = listPolicyKeys(db),
): Promise<PlanBook> {
  const at = startOfShanghaiDay(addDays(date, 1));
  const [grids, keys] = await Promise.all([gridsOrPending, keysOrPending]);
  const byRegion = new Map<number, PolicyKey[]>();
  for (const key of keys) {
    const list = byRegion.get(key.regionId) ?? [];
    list.push(key);
    byRegion.set(key.regionId, list);
  }
  const versionOfGrid = new Map(grids.map((g) => [g.id, versionInForce(byRegion, parsePath(g.path), at)]));
  const versions = [...new Set([...versionOfGrid.values()].filter((v): v is number => v !== null))];
  const plans = await plansOf(db, versions, date);
  const spans: CountSpan[] = [];
  const spanIndex = new Map<string, number>();
  const planOf = new Map<number, GridPlan>();
  for (const version of versions) {
    const plan = plans.get(version)!;
    const requirements = VISIT_CLASSES.map((c) => plan.byClass[c]);
    const spanOfClass = requirements.map((r) => {
      if (!r) return -1;
      const key = `${r.counts.start}|${r.counts.end}|${plan.inPersonOnly}`;
      let i = spanIndex.get(key);
      if (i === undefined) {
        i = spans.push({ start: r.counts.start, end: r.counts.end, inPersonOnly: plan.inPersonOnly, cap: 0 }) - 1;
        spanIndex.set(key, i);
      }
      spans[i].cap = Math.max(spans[i].cap, r.obligation.count);
      return i;
    });
    planOf.set(version, { plan, requirements, spanOfClass });
  }
  const earliest = spans.reduce((min, s) => (s.start < min ? s.start : min), date);
  return {
    date,
    spans,
    elderlyCutoff: elderlyBirthCutoff(date),
    from: startOfShanghaiDay(earliest),
    to: at,
    gridPlans: new Map([...versionOfGrid].map(([gridId, v]) => [gridId, v === null ? null : planOf.get(v)!])),
  };
}

export function factsQuery(book: PlanBook, set: HouseholdSet): FactsQuery {
  return { set, date: book.date, elderlyCutoff: book.elderlyCutoff, spans: book.spans, from: book.from, to: book.to };
}
