/**
 * The households benchmark's baseline: visit standings written directly in SQL from the contract
 * ("Households and visits") and the policies table, independently of the server's compliance module.
 *
 * For each grid: the policy in force at the end of the date (the nearest ancestor region's latest
 * version created by then, else its latest), and per visit class the obligation of that class or
 * else the policy's household-wide one (township: one visit in days 1-15 of the quarter's first
 * month); its period containing the date, the window inside it, the dates that count (up to the
 * date), the share elapsed. For each household: its class from its current members (60 or older on
 * the date; empty-nest/living-alone only on such a member; low-income/disabled; seriously-ill/
 * bedridden; the highest frequency wins; a manual override wins over all), done = distinct
 * Asia/Shanghai days with a counting visit in the counted dates, and the status:
 * met, overdue (span ended), at-risk (warnShare of the span passed), due.
 */

/** Which grids: under a region path ($1), or those of a user's grid-worker/grid-leader roles ($1 = user id). $2 = date. */
export type GridSelection = 'region' | 'worker';

const GRIDS: Record<GridSelection, string> = {
  region: `SELECT g.id, g.path, g.top_region_id FROM regions g WHERE g.type = 'grid' AND g.path LIKE $1 || '%'`,
  worker: `SELECT DISTINCT g.id, g.path, g.top_region_id
           FROM role_assignments ra JOIN regions r ON r.id = ra.region_id
           JOIN regions g ON g.type = 'grid' AND g.path LIKE r.path || '%'
           WHERE ra.user_id = $1 AND ra.role IN ('grid-worker', 'grid-leader')`,
};

const HOUSEHOLDS: Record<GridSelection, string> = {
  region: `SELECT h.top_region_id, h.id, h.grid_id, h.class_override FROM households h WHERE h.grid_path LIKE $1 || '%'`,
  worker: `SELECT h.top_region_id, h.id, h.grid_id, h.class_override
           FROM grid JOIN households h ON h.top_region_id = grid.top_region_id AND h.grid_id = grid.id`,
};
/** A whole region reads every membership and recent visit (households outside it drop out when grouped); a worker's few join theirs. */
const FROM_MEMBERS: Record<GridSelection, string> = {
  region: 'household_members m',
  worker: 'hh JOIN household_members m ON m.top_region_id = hh.top_region_id AND m.household_id = hh.id',
};
const FROM_VISITS: Record<GridSelection, string> = {
  region: 'visits v',
  worker: 'hh JOIN visits v ON v.top_region_id = hh.top_region_id AND v.household_id = hh.id',
};

function standings(grids: GridSelection): string {
  return `
WITH params AS (
  SELECT $2::date AS day, ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' AS day_end, ($2::date - interval '60 years')::date
    AS born_by
), grid AS (${GRIDS[grids]}
), grid_policy AS (
  SELECT grid.id AS grid_id, pol.v
  FROM grid CROSS JOIN params
  CROSS JOIN LATERAL (
    SELECT p."values" AS v FROM policies p JOIN regions a ON a.id = p.region_id
    WHERE grid.path LIKE a.path || '%'
    ORDER BY (p.created_at <= params.day_end) DESC, length(a.path) DESC, p.version DESC
    LIMIT 1) pol
), requirement AS MATERIALIZED (
  SELECT gp.grid_id, c.cls, (o.ob->>'count')::int AS cnt, o.ob->>'period' AS period, o.ob->'window' AS win,
         (gp.v->'warnShare'->>'value')::float8 AS warn,
         COALESCE((gp.v->'visits'->'inPersonOnly'->>'value')::boolean, true) AS in_person_only
  FROM grid_policy gp
  CROSS JOIN unnest(ARRAY['1-general', '1-special', '2-general', '2-key', '3']) AS c(cls)
  CROSS JOIN LATERAL (
    SELECT COALESCE(gp.v->'visits'->'obligations'->c.cls,
                    (SELECT e.value FROM jsonb_each(gp.v->'visits'->'obligations') e WHERE e.value->>'subject' = 'household' LIMIT 1))
                      AS ob) o
), period AS (
  SELECT r.*, ps.p_start,
         CASE r.period WHEN 'week' THEN ps.p_start + 6
                       WHEN 'half-month' THEN CASE WHEN extract(day FROM ps.p_start) = 1 THEN ps.p_start + 14 ELSE (date_trunc('month',
                         ps.p_start) + interval '1 month')::date - 1 END
                       WHEN 'month' THEN (ps.p_start + interval '1 month')::date - 1
                       WHEN 'quarter' THEN (ps.p_start + interval '3 months')::date - 1
                       WHEN 'year' THEN (ps.p_start + interval '1 year')::date - 1 END AS p_end
  FROM requirement r CROSS JOIN params
  CROSS JOIN LATERAL (
    SELECT CASE r.period WHEN 'week' THEN params.day - (extract(isodow FROM params.day)::int - 1)
                         WHEN 'half-month' THEN CASE WHEN extract(day FROM params.day) <= 15 THEN date_trunc('month', params.day)::date
                           ELSE date_trunc('month', params.day)::date + 15 END
                         WHEN 'month' THEN date_trunc('month', params.day)::date
                         WHEN 'quarter' THEN date_trunc('quarter', params.day)::date
                         WHEN 'year' THEN date_trunc('year', params.day)::date END AS p_start) ps
), span AS (
  SELECT p.grid_id, p.cls, p.cnt, p.warn, p.in_person_only,
         COALESCE(w.w_start, p.p_start) AS s_start, COALESCE(w.w_end, p.p_end) AS s_end
  FROM period p
  LEFT JOIN LATERAL (
    SELECT m.first + least((p.win->>'fromDay')::int, m.days) - 1 AS w_start, m.first + least((p.win->>'toDay')::int, m.days) - 1 AS w_end
    FROM (SELECT f.first, ((f.first + interval '1 month')::date - f.first) AS days
          FROM (SELECT (p.p_start + make_interval(months => COALESCE((p.win->>'monthOfPeriod')::int, 1) - 1))::date AS first) f) m
    WHERE p.win IS NOT NULL) w ON true
), frame AS (
  SELECT s.*, least(params.day, s.s_end) AS count_until, params.day >= s.s_end AS ended,
         s.s_end - s.s_start + 1 AS total_days,
         least(s.s_end - s.s_start + 1, greatest(0, params.day - s.s_start + 1)) AS elapsed_days
  FROM span s CROSS JOIN params
), hh AS NOT MATERIALIZED (${HOUSEHOLDS[grids]}
), facts AS (
  -- One row per household: its grid and override, its current members' circumstances, and the
  -- Asia/Shanghai days of its visits (in person, or any) since the earliest counted date.
  SELECT x.top_region_id, x.id, max(x.grid_id) AS grid_id, max(x.class_override) AS class_override,
         bool_or(x.elderly) AS elderly, bool_or(x.elderly_special) AS elderly_special,
         bool_or(x.vulnerable) AS vulnerable, bool_or(x.key_vulnerable) AS key_vulnerable,
         array_agg(x.day) FILTER (WHERE x.in_person) AS in_person_days, array_agg(x.day) FILTER (WHERE x.day IS NOT NULL) AS any_days
  FROM (
    SELECT h.top_region_id, h.id, h.grid_id, h.class_override, NULL::boolean AS elderly, NULL::boolean AS elderly_special,
           NULL::boolean AS vulnerable, NULL::boolean AS key_vulnerable, NULL::date AS day, NULL::boolean AS in_person
    FROM hh h
    UNION ALL
    SELECT m.top_region_id, m.household_id, NULL, NULL, r.birth_date <= p.born_by,
           r.birth_date <= p.born_by AND r.tags && ARRAY['empty-nest', 'living-alone'],
           r.tags && ARRAY['low-income', 'disabled'], r.tags && ARRAY['seriously-ill', 'bedridden'], NULL, NULL
    FROM ${FROM_MEMBERS[grids]}
    JOIN residents r ON r.top_region_id = m.top_region_id AND r.id = m.resident_id
    CROSS JOIN params p
    WHERE m.left_on IS NULL -- only members that can change the class: 60 or older, or tagged vulnerable
      AND (r.birth_date <= p.born_by OR r.tags && ARRAY['low-income', 'disabled', 'seriously-ill', 'bedridden'])
    UNION ALL
    SELECT v.top_region_id, v.household_id, NULL, NULL, NULL, NULL, NULL, NULL, (v.started_at AT TIME ZONE 'Asia/Shanghai')::date,
           v.type IN ('routine', 'round', 'three-visits', 'follow-up')
    FROM ${FROM_VISITS[grids]}
    WHERE v.started_at >= (SELECT min(s_start) FROM frame)::timestamp AT TIME ZONE 'Asia/Shanghai'
      AND v.started_at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
  ) x
  GROUP BY x.top_region_id, x.id
  HAVING max(x.grid_id) IS NOT NULL
), standing AS (
  SELECT f.top_region_id, f.id, f.grid_id, c.cls, fr.cnt, n.done,
         CASE WHEN n.done >= fr.cnt THEN 'met'
              WHEN fr.ended THEN 'overdue'
              WHEN fr.elapsed_days + 1e-9 >= fr.warn * fr.total_days THEN 'at-risk'
              ELSE 'due' END AS status
  FROM facts f
  CROSS JOIN LATERAL (
    SELECT COALESCE(f.class_override,
             CASE WHEN f.key_vulnerable THEN '2-key' WHEN f.vulnerable THEN '2-general' WHEN f.elderly_special THEN '1-special'
                  WHEN f.elderly THEN '1-general' ELSE '3' END) AS cls) c
  JOIN frame fr ON fr.grid_id = f.grid_id AND fr.cls = c.cls
  CROSS JOIN LATERAL (
    SELECT count(DISTINCT day)::int AS done FROM unnest(CASE WHEN fr.in_person_only THEN f.in_person_days ELSE f.any_days END) AS day
    WHERE day BETWEEN fr.s_start AND fr.count_until) n
)`;
}

export interface GridTally {
  gridId: number;
  households: number;
  required: number;
  done: number;
  met: number;
  due: number;
  atRisk: number;
  overdue: number;
}

/** Per grid of the region ($1 = path, $2 = date): households, required, done (each up to required), statuses. */
export const BASELINE_BY_GRID_SQL = `${standings('region')}, tally AS MATERIALIZED (
  SELECT s.grid_id, count(*)::int AS households, sum(s.cnt)::int AS required, sum(least(s.done, s.cnt))::int AS done,
         count(*) FILTER (WHERE s.status = 'met')::int AS met, count(*) FILTER (WHERE s.status = 'due')::int AS due,
         count(*) FILTER (WHERE s.status = 'at-risk')::int AS at_risk, count(*) FILTER (WHERE s.status = 'overdue')::int AS overdue
  FROM standing s GROUP BY s.grid_id
)
SELECT grid.id AS "gridId", COALESCE(t.households, 0) AS households, COALESCE(t.required, 0) AS required, COALESCE(t.done, 0) AS done,
       COALESCE(t.met, 0) AS met, COALESCE(t.due, 0) AS due, COALESCE(t.at_risk, 0) AS "atRisk", COALESCE(t.overdue, 0) AS overdue
FROM grid LEFT JOIN tally t ON t.grid_id = grid.id
ORDER BY grid.id`;

export interface RawDueRow {
  householdId: number;
  address: string;
  compoundName: string | null;
  buildingName: string | null;
  visitClass: string;
  required: number;
  done: number;
  status: string;
  lastVisitAt: Date | null;
}

/** A user's households ($1 = user id, $2 = date) with their standing, most urgent first; met ones only when $3. */
export const RAW_DUE_SQL = `${standings('worker')}
SELECT s.id::int AS "householdId", h.address, c.name AS "compoundName", b.name AS "buildingName", s.cls AS "visitClass",
       s.cnt AS required, s.done, s.status, lv.at AS "lastVisitAt"
FROM standing s
JOIN households h ON h.top_region_id = s.top_region_id AND h.id = s.id
LEFT JOIN regions c ON c.id = h.compound_id
LEFT JOIN regions b ON b.id = h.building_id
LEFT JOIN LATERAL (SELECT max(v.started_at) AS at FROM visits v WHERE v.top_region_id = s.top_region_id AND v.household_id = s.id) lv
  ON true
WHERE $3::boolean OR s.status <> 'met'
ORDER BY s.status = 'overdue' DESC, s.status = 'at-risk' DESC, c.name NULLS LAST, b.name NULLS LAST, h.address, s.id`;
