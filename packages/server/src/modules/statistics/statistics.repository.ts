import type { Actor } from '@gridwork/core';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';
import { isUnfinished } from '../../db/case-status';

export const GROUP_BYS = ['category', 'tier', 'region', 'month', 'case-class'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** The cohort: cases of a region subtree received in [start, end), inside the actor's scope. */
export interface Cohort {
  actor: Actor;
  regionPath: string;
  start: Date;
  end: Date;
  now: Date;
}

/** The figures SQL sums per group; ratios and averages are derived from them (exact totals). */
export interface GroupSums {
  key: string | null;
  received: number;
  closed: number;
  decided: number;
  onTime: number;
  handled: number;
  handledSeconds: number;
  overdueOpen: number;
}

export interface SatisfactionSums {
  key: string | null;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
}

/**
 * The group key of a case row `c`. Months are Asia/Shanghai months of receipt (UTC+8, no DST);
 * a region is the direct child of the chosen region the case's grid lies under (null for a case on
 * the chosen region itself, which counts in the total only).
 */
function keyOf(groupBy: GroupBy, regionPath: string): RawBuilder<string | null> {
  switch (groupBy) {
    case 'category':
      return sql<string>`c.category`;
    case 'tier':
      return sql<string>`c.tier`;
    case 'case-class':
      return sql<string>`c.case_class`;
    case 'month':
      return sql<string>`to_char((c.received_at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM')`;
    case 'region':
      return sql<string | null>`nullif(split_part(substr(c.grid_path, ${regionPath.length + 1}), '/', 1), '')`;
  }
}

function cohortCases(db: Kysely<DB>, q: Cohort) {
  return db
    .selectFrom('cases as c')
    .where('c.grid_path', 'like', `${q.regionPath}%`)
    .where('c.received_at', '>=', q.start)
    .where('c.received_at', '<', q.end)
    .where((eb) => whereInScope(eb, q.actor, 'c.grid_path'));
}

/**
 * Case figures per group, one GROUP BY. Handling time runs from receipt to the registered completion
 * (A3.3 `closure.completedAt`), else to the time the limit was met (feedback or on-the-spot
 * resolution); rejected and merged cases were not handled and do not count in it.
 */
export async function sumCases(db: Kysely<DB>, q: Cohort, groupBy: GroupBy): Promise<GroupSums[]> {
  const key = keyOf(groupBy, q.regionPath);
  const done = sql`CASE WHEN c.status NOT IN ('rejected','merged') THEN coalesce((c.state->'closure'->>'completedAt')::timestamptz,
    c.met_at) END`;
  const rows = await cohortCases(db, q)
    .select([
      key.as('key'),
      sql<number>`count(*)::int`.as('received'),
      sql<number>`count(*) FILTER (WHERE c.status IN ('closed','archived'))::int`.as('closed'),
      sql<number>`count(*) FILTER (WHERE c.on_time IS NOT NULL)::int`.as('decided'),
      sql<number>`count(*) FILTER (WHERE c.on_time)::int`.as('onTime'),
      sql<number>`count(${done})::int`.as('handled'),
      sql<string | null>`sum(extract(epoch FROM (${done} - c.received_at)))`.as('handledSeconds'),
      sql<number>`count(*) FILTER (WHERE ${isUnfinished('c.status')} AND c.met_at IS NULL AND c.deadline < ${q.now})::int`.as(
        'overdueOpen',
      ),
    ])
    .groupBy(sql`1`)
    .execute();
  return rows.map((r) => ({ ...r, handledSeconds: Number(r.handledSeconds ?? 0) }));
}

/** Every feedback a resident gave on the cohort's cases (an unsatisfied answer reopens a case, so the timeline is the record). */
export async function sumSatisfaction(db: Kysely<DB>, q: Cohort, groupBy: GroupBy): Promise<SatisfactionSums[]> {
  const key = keyOf(groupBy, q.regionPath);
  const said = (s: string) => sql<number>`count(*) FILTER (WHERE t.details->>'satisfaction' = ${s})::int`;
  return cohortCases(db, q)
    .innerJoin('case_timeline as t', (j) => j.onRef('t.top_region_id', '=', 'c.top_region_id').onRef('t.case_id', '=', 'c.id'))
    .where('t.action', '=', 'feedback')
    .select([
      key.as('key'),
      said('satisfied').as('satisfied'),
      said('basically-satisfied').as('basicallySatisfied'),
      said('unsatisfied').as('unsatisfied'),
    ])
    .groupBy(sql`1`)
    .execute();
}

export async function categoryLabels(db: Kysely<DB>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('case_categories').select(['code', 'label_zh']).execute();
  return new Map(rows.map((r) => [r.code, r.label_zh]));
}
