/**
 * SQL-side generation of households, residents, memberships and 12 months of visits for the
 * households benchmark (issue 4 item 10). A plan table draws each household's grid, place, size and
 * circumstances once; four INSERT ... SELECT statements then write households, residents with their
 * open memberships, and visits in chronological order (as a real deployment accumulates them).
 *
 * - Grids: `focusCount` households in the focus grid (the due-list worker's), the rest spread evenly
 *   over every other grid of the demo street and town (township policy there).
 * - Members: 1-4 per household (2.5 on average). A quarter of the households have a member of 60 or
 *   more (born 1930 up to the 60-year cutoff, 1% exactly on it); everyone else is born between the
 *   day after the cutoff (1% exactly then) and 2020. Tags: empty-nest or living-alone on 18% of the
 *   elderly members, empty-nest on 6% of younger heads (no effect), low-income or disabled in 8% of
 *   households, seriously-ill or bedridden in 3%, migrant/salaried/business-owner as noise; 0.5% of
 *   households carry a manual class override. No ID numbers or phones (sealed columns null).
 * - Visits: community grids one visit every 7 (2-key), 15 (2-general, 1-special), 30 (1-general) or
 *   45 days (class 3) at a random phase; township grids one round visit in days 1-15 of each
 *   quarter's first month. 15% of households are behind (35% of their visits kept, the rest 88-100%);
 *   3% of visits have a second one the same day; 4% start just after midnight or just before it;
 *   calls (never counted) in 30% of households in the last 20 days and in 50% somewhere in the year.
 * Loading skips foreign-key triggers (session_replication_role = replica: the rows are consistent by
 * construction) and builds the secondary indexes afterwards, then VACUUM ANALYZE.
 */
import type pg from 'pg';

export const PLAN_TABLE = 'bench_household_plan';
const TABLES = ['households', 'residents', 'household_members', 'visits'] as const;

export interface GenerateOptions {
  households: number;
  focusGridId: number;
  focusCount: number;
  /** Visitor of the grids without a grid worker of their own, per top region type. */
  streetVisitor: number;
  townVisitor: number;
  /** 'YYYY-MM-DD' Asia/Shanghai: visits are generated up to now, ages are counted on this date. */
  today: string;
}

export interface GenerateResult {
  seconds: number;
  phases: Record<string, number>;
  rows: Record<(typeof TABLES)[number], number>;
}

const PLAN_SQL = `
CREATE UNLOGGED TABLE ${PLAN_TABLE} AS
WITH grids AS (
  SELECT CASE WHEN r.id = $2 THEN -1 ELSE row_number() OVER (PARTITION BY r.id = $2 ORDER BY r.code) - 1 END AS k,
         r.id, r.path, r.name, r.top_region_id, t.type = 'town' AS town,
         COALESCE((SELECT array_agg(c.id ORDER BY c.code) FROM regions c WHERE c.parent_id = r.id AND c.type IN ('compound', 'building')),
           '{}') AS places,
         COALESCE((SELECT min(ra.user_id) FROM role_assignments ra WHERE ra.region_id = r.id AND ra.role = 'grid-worker'),
                  CASE WHEN t.type = 'town' THEN $5::int ELSE $4::int END) AS visitor
  FROM regions r JOIN regions t ON t.id = r.top_region_id
  WHERE r.type = 'grid'
), others AS (
  SELECT count(*) AS n FROM grids WHERE k >= 0
), draws AS (
  SELECT i, random() AS u_old, random() AS u_tag, random() AS u_vul, random() AS u_key, random() AS u_over,
         random() AS u_dil, random() AS u_place, random() AS u_misc, 1 + floor(random() * 4)::int AS size
  FROM generate_series(1, $1::int) i
)
SELECT d.i AS id, g.id AS grid_id, g.path AS grid_path, g.name AS grid_name, g.top_region_id, g.town, g.visitor, d.size,
       CASE WHEN cardinality(g.places) > 0 AND d.u_place < 0.9 THEN g.places[1 + floor(d.u_place / 0.9 * cardinality(g.places))::int] END
         AS place_id,
       d.u_old < 0.25 AS elderly,
       CASE WHEN d.u_old < 0.25 AND d.u_tag < 0.10 THEN 'empty-nest' WHEN d.u_old < 0.25 AND d.u_tag < 0.18 THEN 'living-alone' END
         AS elder_tag,
       CASE WHEN d.u_old >= 0.25 AND d.u_tag < 0.06 THEN 'empty-nest' END AS idle_tag,
       CASE WHEN d.u_vul < 0.04 THEN 'low-income' WHEN d.u_vul < 0.08 THEN 'disabled' END AS vul_tag,
       CASE WHEN d.u_key < 0.015 THEN 'seriously-ill' WHEN d.u_key < 0.03 THEN 'bedridden' END AS key_tag,
       CASE WHEN d.u_over < 0.005 THEN (ARRAY['1-general', '1-special', '2-general', '2-key', '3'])[1 + floor(d.u_over * 1000)::int] END
         AS override,
       CASE WHEN d.u_dil < 0.15 THEN 0.35 ELSE 0.88 + d.u_dil * 0.12 END AS diligence,
       d.u_misc
FROM draws d CROSS JOIN others o JOIN grids g ON g.k = CASE WHEN d.i <= $3 THEN -1 ELSE d.i % o.n END`;

const HOUSEHOLDS_SQL = `
INSERT INTO households (top_region_id, id, grid_id, grid_path, address, compound_id, building_id, housing, class_override,
  class_override_reason, created_at, updated_at)
SELECT p.top_region_id, p.id, p.grid_id, p.grid_path,
       CASE WHEN pl.type = 'compound' AND p.town THEN pl.name || (1 + p.id % 400) || '号'
            WHEN pl.type = 'compound'
              THEN pl.name || (1 + p.id % 12) || '号楼' || (1 + p.id / 12 % 4) || '单元' || (1 + p.id / 48 % 18) || '0' || (1 + p.id / 864 % 4)
            WHEN pl.type = 'building' THEN pl.name || (1 + p.id % 4) || '单元' || (1 + p.id / 4 % 18) || '0' || (1 + p.id / 72 % 4)
            ELSE p.grid_name || '沿街' || (1 + p.id % 500) || '号' END,
       CASE WHEN pl.type = 'compound' THEN pl.id END, CASE WHEN pl.type = 'building' THEN pl.id END,
       CASE WHEN p.u_misc > 0.8 THEN 'rented' ELSE 'owned' END,
       p.override, CASE WHEN p.override IS NOT NULL THEN '入户核实后人工调整' END,
       now() - interval '2 years', now() - interval '2 years'
FROM ${PLAN_TABLE} p LEFT JOIN regions pl ON pl.id = p.place_id
ORDER BY p.id`;

/** $1 = today. Residents get ids household * 4 + member; their open memberships follow in the same statement. */
const RESIDENTS_SQL = `
WITH cutoff AS (SELECT ($1::date - interval '60 years')::date AS day),
people AS (
  SELECT p.top_region_id, p.id * 4 + m AS id, p.id AS household_id, m,
         CASE WHEN m = 0 AND p.elderly AND p.u_misc < 0.01 THEN c.day
              WHEN m = 0 AND p.elderly THEN c.day - floor(random() * (c.day - date '1930-01-01'))::int
              WHEN m = 1 AND p.elderly AND random() < 0.4 THEN c.day - floor(random() * (c.day - date '1935-01-01'))::int
              WHEN m = 0 AND p.u_misc < 0.01 THEN c.day + 1
              ELSE c.day + 1 + floor(random() * (date '2020-12-31' - c.day))::int END AS birth_date,
         array_remove(ARRAY[
           CASE WHEN m = 0 THEN p.elder_tag END,
           CASE WHEN m = 0 THEN p.idle_tag END,
           CASE WHEN m = (p.size - 1) / 2 THEN p.vul_tag END,
           CASE WHEN m = p.size - 1 THEN p.key_tag END,
           CASE WHEN random() < 0.15 THEN (ARRAY['migrant', 'salaried', 'business-owner'])[1 + floor(random() * 3)::int] END
         ], NULL) AS tags
  FROM ${PLAN_TABLE} p CROSS JOIN cutoff c CROSS JOIN LATERAL generate_series(0, p.size - 1) m
), inserted AS (
  INSERT INTO residents (top_region_id, id, household_id, name, sex, birth_date, tags, created_at, updated_at)
  SELECT top_region_id, id, household_id,
         (ARRAY['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'])[1 + id % 10]
           || (ARRAY['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋'])[1 + id / 10 % 10],
         CASE WHEN random() < 0.5 THEN 'M' ELSE 'F' END, birth_date, tags, now() - interval '2 years', now() - interval '2 years'
  FROM people ORDER BY id
  RETURNING top_region_id, id, household_id
)
INSERT INTO household_members (top_region_id, household_id, resident_id, relation, joined_on)
SELECT top_region_id, household_id, id, CASE WHEN id % 4 = 0 THEN 'self' ELSE 'family' END, date '2020-01-01' + (id % 1500)::int
FROM inserted`;

/** $1 = today ('YYYY-MM-DD', Asia/Shanghai). */
const VISITS_SQL = `
WITH h AS (
  SELECT p.*, CASE WHEN p.town THEN 91 ELSE
           CASE COALESCE(p.override, CASE WHEN p.key_tag IS NOT NULL THEN '2-key' WHEN p.vul_tag IS NOT NULL THEN '2-general'
                                          WHEN p.elder_tag IS NOT NULL THEN '1-special' WHEN p.elderly THEN '1-general' ELSE '3' END)
             WHEN '2-key' THEN 7 WHEN '2-general' THEN 15 WHEN '1-special' THEN 15 WHEN '1-general' THEN 30 ELSE 45 END
         END AS step
  FROM ${PLAN_TABLE} p
), slots AS (
  SELECT h.top_region_id, h.id, h.visitor, h.town,
         CASE WHEN h.town THEN (date_trunc('quarter', $1::date) - make_interval(months => 3 * k))::date + floor(random() * 15)::int
              ELSE $1::date - (k * h.step + floor(random() * h.step)::int) END AS day
  FROM h CROSS JOIN LATERAL generate_series(0, CASE WHEN h.town THEN 3 ELSE 365 / h.step END) k
  WHERE random() < h.diligence
), in_person AS (
  SELECT s.top_region_id, s.id, s.visitor, s.town, s.day, dup, random() AS u
  FROM slots s CROSS JOIN LATERAL generate_series(0, CASE WHEN random() < 0.03 THEN 1 ELSE 0 END) dup
  WHERE s.day > $1::date - 365
), timed AS (
  SELECT top_region_id, id, visitor,
         ((day::timestamp + CASE WHEN u < 0.02 THEN interval '5 minutes' + u * 50 * interval '50 minutes'
                                 WHEN u < 0.04 THEN interval '23 hours 5 minutes' + (u - 0.02) * 50 * interval '50 minutes'
                                 ELSE interval '8 hours 30 minutes' + u * interval '9 hours' END) AT TIME ZONE 'Asia/Shanghai')
           + dup * interval '2 hours' AS started_at,
         CASE WHEN town THEN 'round' WHEN dup = 1 THEN 'follow-up'
              ELSE (ARRAY['routine', 'routine', 'routine', 'routine', 'routine', 'routine', 'routine', 'routine',
                          'three-visits', 'follow-up'])
                [1 + floor(u * 10)::int] END AS type
  FROM in_person
  UNION ALL
  SELECT p.top_region_id, p.id, p.visitor,
         (($1::date - floor(random() * CASE WHEN c = 0 THEN 20
           ELSE 365 END)::int)::timestamp + interval '9 hours' + random() * interval '10 hours') AT TIME ZONE 'Asia/Shanghai',
         'call'
  FROM ${PLAN_TABLE} p CROSS JOIN generate_series(0, 1) c
  WHERE random() < CASE WHEN c = 0 THEN 0.3 ELSE 0.5 END
)
INSERT INTO visits (top_region_id, household_id, visitor_ids, started_at, ended_at, type, created_by, created_at)
SELECT top_region_id, id, ARRAY[visitor], started_at, started_at + interval '20 minutes' + random() * interval '50 minutes', type, visitor,
  started_at + interval '1 hour'
FROM timed
WHERE started_at < now()
ORDER BY started_at`;

async function timed(phases: Record<string, number>, name: string, f: () => Promise<unknown>): Promise<void> {
  const t = performance.now();
  await f();
  phases[name] = Math.round((performance.now() - t) / 100) / 10;
}

/** Generates the data with `client` (a superuser connection to the bench database). */
export async function generateHouseholds(client: pg.Client, o: GenerateOptions): Promise<GenerateResult> {
  const phases: Record<string, number> = {};
  const started = performance.now();
  const indexes = await client.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [[...TABLES]],
  );
  await client.query(`SET work_mem = '256MB'`);
  await client.query(`SET maintenance_work_mem = '512MB'`);
  await client.query('SET session_replication_role = replica');
  try {
    for (const ix of indexes.rows) await client.query(`DROP INDEX ${ix.name}`);
    await timed(phases, 'plan', () => client.query(PLAN_SQL, [o.households, o.focusGridId, o.focusCount, o.streetVisitor, o.townVisitor]));
    await timed(phases, 'households', () => client.query(HOUSEHOLDS_SQL));
    await timed(phases, 'residents', () => client.query(RESIDENTS_SQL, [o.today]));
    await timed(phases, 'visits', () => client.query(VISITS_SQL, [o.today]));
    await timed(phases, 'indexes', async () => {
      for (const ix of indexes.rows) await client.query(ix.def);
    });
    for (const t of TABLES) await client.query(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT max(id) FROM ${t}))`);
    await client.query(`DROP TABLE ${PLAN_TABLE}`);
  } finally {
    await client.query('RESET session_replication_role');
    await client.query('RESET work_mem');
    await client.query('RESET maintenance_work_mem');
  }
  await timed(phases, 'vacuum', () => client.query(`VACUUM ANALYZE ${TABLES.join(', ')}`));
  const counts = await client.query<Record<(typeof TABLES)[number], number>>(
    `SELECT ${TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`,
  );
  return { seconds: Math.round((performance.now() - started) / 100) / 10, phases, rows: counts.rows[0] };
}
