/**
 * The visit facts of households, in SQL (A7.2, D5, C2.2): per household its class override, the
 * reason mask of its current members (core REASON_MASK_TERMS against the elderly cutoff date) and,
 * for each count span of the visit plans, the number of distinct Asia/Shanghai days with a counting
 * visit. One statement per batch; the same CTEs serve one household (visit-status), a keyset page of
 * households (due list) and, grouped by identical facts, a whole region (compliance).
 */
import { IN_PERSON_VISIT_TYPES, REASON_MASK_TERMS } from '@gridwork/core/households';
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';

type Db = Kysely<DB> | Transaction<DB>;

/** Dates (both included) whose visits count, and whether only in-person visits do (D5). */
export interface CountSpan {
  start: string;
  end: string;
  inPersonOnly: boolean;
  /** Grouped mode: counts above this are reported as this (the largest `required` using the span). */
  cap: number;
}

/** Which households: under any of the path prefixes (optionally one grid), or one household. */
export type HouseholdSet = { prefixes: string[]; gridId?: number } | { household: { topRegionId: number; id: number } };

export interface FactsQuery {
  set: HouseholdSet;
  /** The date of the plans: visits up to its end count; members are elderly if born on or before the cutoff. */
  date: string;
  elderlyCutoff: string;
  spans: readonly CountSpan[];
  /** Instants bounding every span: start of the earliest span day, end of `date`. */
  from: Date;
  to: Date;
}

export interface HouseholdFactRow {
  topRegionId: number;
  id: number;
  gridId: number;
  classOverride: string | null;
  mask: number;
  /** c0, c1...: distinct visit days per span, in the order of `spans`. */
  [count: `c${number}`]: number;
}

export interface HouseholdDetailRow extends HouseholdFactRow {
  address: string;
  compoundId: number | null;
  compoundName: string | null;
  buildingId: number | null;
  buildingName: string | null;
  lastVisitAt: Date | null;
}

export interface GroupedFactRow {
  gridId: number;
  classOverride: string | null;
  mask: number;
  /** Households sharing these facts. */
  n: number;
  [count: `c${number}`]: number;
}

export const countColumn = (i: number) => `c${i}` as const;

const IN_PERSON = sql.join(IN_PERSON_VISIT_TYPES.map((t) => sql.lit(t)));

/** One member's reason bits (r = residents): the terms of core REASON_MASK_TERMS, OR-ed. */
function memberMask(cutoff: string): RawBuilder<number> {
  const elderly = sql`r.birth_date <= ${cutoff}::date`;
  const terms = REASON_MASK_TERMS.map((t) => {
    const tag = t.tag === null ? null : sql`${t.tag}::text = ANY (r.tags)`;
    const cond = t.tag === null ? elderly : t.elderlyOnly ? sql`${elderly} AND ${tag}` : tag;
    return sql`(CASE WHEN ${cond} THEN ${sql.lit(t.bit)} ELSE 0 END)`;
  });
  return sql<number>`(${sql.join(terms, sql` | `)})`;
}

function householdsWhere(set: HouseholdSet): RawBuilder<unknown> {
  if ('household' in set) return sql`h.top_region_id = ${set.household.topRegionId} AND h.id = ${set.household.id}`;
  const paths = set.prefixes.length
    ? sql.join(
        set.prefixes.map((p) => sql`h.grid_path LIKE ${`${p}%`}`),
        sql` OR `,
      )
    : sql`false`;
  return set.gridId === undefined ? sql`(${paths})` : sql`(${paths}) AND h.grid_id = ${set.gridId}`;
}

/**
 * The CTEs mm (masks) and vv (visit days per span) over the households of `hh`. Asia/Shanghai keeps
 * no daylight saving time: a visit's date is its UTC time plus 8 hours (core `shanghaiDate`).
 */
function factsCtes(q: FactsQuery): RawBuilder<unknown> {
  const mm = sql`mm AS (
    SELECT m.top_region_id, m.household_id, bit_or(${memberMask(q.elderlyCutoff)}) AS mask
    FROM hh
    JOIN household_members m ON m.top_region_id = hh.top_region_id AND m.household_id = hh.id AND m.left_on IS NULL
    JOIN residents r ON r.top_region_id = m.top_region_id AND r.id = m.resident_id
    GROUP BY m.top_region_id, m.household_id)`;
  if (q.spans.length === 0) return mm;
  const allInPerson = q.spans.every((s) => s.inPersonOnly);
  const counts = q.spans.map(
    (s, i) =>
      sql`count(*) FILTER (WHERE vd.day BETWEEN ${s.start}::date
        AND ${s.end}::date${s.inPersonOnly && !allInPerson ? sql` AND vd.ip` : sql``}) AS ${sql.ref(countColumn(i))}`,
  );
  return sql`${mm},
  vd AS (
    SELECT v.top_region_id, v.household_id, ((v.started_at AT TIME ZONE 'UTC') + interval '8 hours')::date AS day${
      allInPerson
        ? sql``
        : sql`,
      bool_or(v.type IN (${IN_PERSON})) AS ip`
    }
    FROM hh
    JOIN visits v ON v.top_region_id = hh.top_region_id AND v.household_id = hh.id
    WHERE v.started_at >= ${q.from} AND v.started_at < ${q.to}${allInPerson ? sql` AND v.type IN (${IN_PERSON})` : sql``}
    GROUP BY 1, 2, 3),
  vv AS (SELECT vd.top_region_id, vd.household_id, ${sql.join(counts)} FROM vd GROUP BY 1, 2)`;
}

const vvJoin = (q: FactsQuery) =>
  q.spans.length ? sql`LEFT JOIN vv ON vv.top_region_id = hh.top_region_id AND vv.household_id = hh.id` : sql``;
/** The count columns of the final select; capped (grouped mode) at the largest `required` of each span. */
const countsOf = (q: FactsQuery, capped: boolean) =>
  q.spans.map((s, i) => {
    const value = sql`coalesce(vv.${sql.ref(countColumn(i))}, 0)`;
    return capped
      ? sql`least(${value}, ${sql.lit(s.cap)})::int AS ${sql.ref(countColumn(i))}`
      : sql`${value}::int AS ${sql.ref(countColumn(i))}`;
  });

const columnsAfter = (columns: RawBuilder<unknown>[]) => (columns.length ? sql`, ${sql.join(columns)}` : sql``);

export interface FactsPage {
  /** Keyset: households after this key (top_region_id, id). */
  after?: { topRegionId: number; id: number };
  limit: number;
  /** Address, compound and building names, last in-person visit up to the end of the date (the due list). */
  detail: boolean;
}

/** One keyset page of households in (top_region_id, id) order, with their facts (uncapped counts). */
export async function listHouseholdFacts(db: Db, q: FactsQuery, page: FactsPage): Promise<HouseholdDetailRow[]> {
  const after = page.after ? sql` AND (h.top_region_id, h.id) > (${page.after.topRegionId}, ${page.after.id})` : sql``;
  const detailCols = page.detail ? sql`, h.address, h.compound_id, h.building_id` : sql``;
  const detail = page.detail
    ? sql`, hh.address, hh.compound_id AS "compoundId", (SELECT c.name FROM regions c WHERE c.id = hh.compound_id) AS "compoundName",
        hh.building_id AS "buildingId", (SELECT b.name FROM regions b WHERE b.id = hh.building_id) AS "buildingName",
        (SELECT max(v.started_at) FROM visits v WHERE v.top_region_id = hh.top_region_id AND v.household_id = hh.id
           AND v.started_at < ${q.to} AND v.type IN (${IN_PERSON})) AS "lastVisitAt"`
    : sql``;
  const statement = sql<HouseholdDetailRow>`
    WITH hh AS MATERIALIZED (
      SELECT h.top_region_id, h.id, h.grid_id, h.class_override${detailCols}
      FROM households h WHERE ${householdsWhere(q.set)}${after}
      ORDER BY h.top_region_id, h.id LIMIT ${page.limit}),
    ${factsCtes(q)}
    SELECT hh.top_region_id AS "topRegionId", hh.id, hh.grid_id AS "gridId", hh.class_override AS "classOverride",
      coalesce(mm.mask, 0) AS mask${columnsAfter(countsOf(q, false))}${detail}
    FROM hh
    LEFT JOIN mm ON mm.top_region_id = hh.top_region_id AND mm.household_id = hh.id
    ${vvJoin(q)}
    ORDER BY hh.top_region_id, hh.id`;
  return (await statement.execute(db)).rows;
}

/** Every household of the set, grouped by (grid, override, mask, capped counts): the compliance histogram. */
export async function listGroupedFacts(db: Db, q: FactsQuery): Promise<GroupedFactRow[]> {
  const counts = countsOf(q, true);
  const groupBy = sql.join(Array.from({ length: 3 + counts.length }, (_, i) => sql.lit(i + 1)));
  const statement = sql<GroupedFactRow>`
    WITH hh AS NOT MATERIALIZED (SELECT h.top_region_id, h.id, h.grid_id, h.class_override FROM households h
      WHERE ${householdsWhere(q.set)}),
    ${factsCtes(q)}
    SELECT hh.grid_id AS "gridId", hh.class_override AS "classOverride", coalesce(mm.mask, 0) AS mask${columnsAfter(counts)}, count(*)::int
      AS n
    FROM hh
    LEFT JOIN mm ON mm.top_region_id = hh.top_region_id AND mm.household_id = hh.id
    ${vvJoin(q)}
    GROUP BY ${groupBy}`;
  return (await statement.execute(db)).rows;
}
