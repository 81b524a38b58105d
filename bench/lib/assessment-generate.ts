/**
 * SQL-side generation of a district for the assessment benchmark: its region tree, its team and a
 * year of the records the scores are computed from. Everything is relative to now (Asia/Shanghai).
 *
 * - Regions: a district of its own (code `bm-d`, the community preset attached there) with streets of
 *   5 communities, each community with 2 workstations of up to 10 grids: `grids` grids in all
 *   (1,000: 10 streets, 50 communities, 100 workstations). Paths and top_region_id materialised.
 * - Team (password of the demo accounts): a community lead per community, a workstation staff per
 *   workstation, a grid leader per grid and grid workers round-robin over the grids up to `members`
 *   members. About 1% of the grid workers are inactive (not members, their records stay); one
 *   community lead in ten also holds workstation-staff at its first workstation (its deepest binding
 *   then counts); a street officer per street (not a member); `bmadmin` (admin) at the district.
 * - Diaries: one entry a week per member (two in 6% of weeks), weeks missed at a per-member rate
 *   (4% for most, 15% or 40% for some), over the last 54 weeks; 2 entries selected excellent and 2
 *   shortlisted per community and month.
 * - Meetings: a monthly work meeting per community (all its members invited) and a weekly team
 *   meeting per workstation (its members) for a year, 3% cancelled; attendance present 82%, late
 *   7%, absent 5%, on leave 5%, unmarked 1%. Trainings: monthly per street, all its members.
 * - Cases (`cases`, received uniformly over 365 days) spread over the grids, owned by a member of the
 *   grid (5% by the workstation's staff); decided ones closed with on_time (about 83% on time),
 *   recent ones mostly open. Timeline: intake, accept, resolve, feedback (74% of the decided, 4% of
 *   them with an earlier unsatisfied one), close; satisfaction 75/17/8%.
 * - Rewards and penalties for ~15% of members (1-3 each, 80% approved, the rest proposed or refused).
 * - Verification: a quarterly draw per community, 6 tasks per grid (90% done, 20% of them with
 *   discrepancies); the tasks' household ids are placeholders (negative), so foreign-key triggers are
 *   off while loading (session_replication_role = replica), as for the households generator.
 * - Supervision: an issued report per community and past month (read only at community level).
 * Records are inserted in time order, as a deployment accumulates them (the heap follows the dates).
 */
import type pg from 'pg';

export const MEMBERS_TABLE = 'bench_asm_members';
const PEOPLE_TABLE = 'bench_asm_people';
const ANCESTORS_TABLE = 'bench_asm_anc';
const RECORD_TABLES = [
  'diaries',
  'diary_selections',
  'meetings',
  'meeting_invitees',
  'trainings',
  'training_attendance',
  'cases',
  'case_timeline',
  'rewards',
  'verification_draws',
  'verification_tasks',
  'supervision_reports',
] as const;

export interface AssessmentDataOptions {
  grids: number;
  members: number;
  cases: number;
}

export interface AssessmentData {
  districtId: number;
  districtPath: string;
  /** Admin bound at the district (signs in with the demo password). */
  admin: string;
  adminId: number;
  regions: { streets: number; communities: number; workstations: number; grids: number };
  /** Active team members (what the ranking lists at worker level). */
  members: number;
  inactive: number;
  rows: Record<(typeof RECORD_TABLES)[number], number>;
  phases: Record<string, number>;
  seconds: number;
}

const GRIDS_PER_COMMUNITY = 20;
const COMMUNITIES_PER_STREET = 5;

/** One level of the tree under its parents (by index), then its paths and top regions from the parents'. */
async function insertLevel(c: pg.Client, type: string, prefix: string, count: number, parentCode: string, name: string): Promise<void> {
  await c.query(
    `INSERT INTO regions (parent_id, type, code, name, path)
     SELECT p.id, $1, $2 || lpad(i::text, 5, '0'), ${name}, '/'
     FROM generate_series(0, $3::int - 1) i JOIN regions p ON p.code = ${parentCode}`,
    [type, prefix, count],
  );
  await c.query(
    `UPDATE regions r SET path = p.path || r.id || '/', top_region_id = CASE WHEN r.type = 'street' THEN r.id ELSE p.top_region_id END
     FROM regions p WHERE p.id = r.parent_id AND r.path = '/'`,
  );
}

async function timed(phases: Record<string, number>, name: string, f: () => Promise<unknown>): Promise<void> {
  const t = performance.now();
  await f();
  phases[name] = Math.round((performance.now() - t) / 100) / 10;
}

/** Builds the district and its records with `client` (a superuser connection to the bench database). */
export async function generateAssessmentData(client: pg.Client, o: AssessmentDataOptions, policy: unknown): Promise<AssessmentData> {
  const started = performance.now();
  const phases: Record<string, number> = {};
  const communities = Math.ceil(o.grids / GRIDS_PER_COMMUNITY);
  const streets = Math.ceil(communities / COMMUNITIES_PER_STREET);
  const workstations = communities * 2;
  const hash = (await client.query<{ h: string }>(`SELECT password_hash AS h FROM users WHERE username = 'admin'`)).rows[0].h;
  let districtId = 0;
  let districtPath = '';
  await timed(phases, 'regions', async () => {
    const d = await client.query<{ id: number }>(
      `INSERT INTO regions (type, code, name, path) VALUES ('district', 'bm-d', '基准区', '/') RETURNING id`,
    );
    districtId = d.rows[0].id;
    districtPath = `/${districtId}/`;
    await client.query('UPDATE regions SET path = $1 WHERE id = $2', [districtPath, districtId]);
    await insertLevel(client, 'street', 'bm-s', streets, `'bm-d'`, `'基准街道' || (i + 1)`);
    await insertLevel(
      client,
      'community',
      'bm-c',
      communities,
      `'bm-s' || lpad((i / ${COMMUNITIES_PER_STREET})::text, 5, '0')`,
      `'基准社区' || (i + 1)`,
    );
    await insertLevel(client, 'workstation', 'bm-w', workstations, `'bm-c' || lpad((i / 2)::text, 5, '0')`, `'工作站' || (i + 1)`);
    const per = GRIDS_PER_COMMUNITY;
    const ws = `'bm-w' || lpad(((i / ${per}) * 2 + CASE WHEN i % ${per} >= ${per / 2} THEN 1 ELSE 0 END)::text, 5, '0')`;
    await insertLevel(client, 'grid', 'bm-g', o.grids, ws, `'网格' || (i + 1)`);
    await client.query(`INSERT INTO policies (region_id, preset, "values", created_by) VALUES ($1, 'community', $2, NULL)`, [
      districtId,
      JSON.stringify(policy),
    ]);
  });
  const fixed = communities + workstations + o.grids;
  const workers = Math.max(0, o.members - fixed);
  let adminId = 0;
  await timed(phases, 'team', async () => {
    await client.query(
      `CREATE UNLOGGED TABLE ${PEOPLE_TABLE} AS
       WITH tree AS (
         SELECT r.id, r.type, r.code, row_number() OVER (PARTITION BY r.type ORDER BY r.code) - 1 AS k
         FROM regions r WHERE r.path LIKE $1 || '%' AND r.type IN ('community', 'workstation', 'grid')
       ), grids AS (SELECT * FROM tree WHERE type = 'grid')
       SELECT row_number() OVER (ORDER BY x.ord, x.code, x.j) AS n, x.role, x.region_id
       FROM (
         SELECT 1 AS ord, t.code, 0 AS j, 'community-lead' AS role, t.id AS region_id FROM tree t WHERE t.type = 'community'
         UNION ALL SELECT 2, t.code, 0, 'workstation-staff', t.id FROM tree t WHERE t.type = 'workstation'
         UNION ALL SELECT 3, g.code, 0, 'grid-leader', g.id FROM grids g
         UNION ALL SELECT 4, g.code, j, 'grid-worker', g.id
           FROM generate_series(0, $2::int - 1) j JOIN grids g ON g.k = j % (SELECT count(*) FROM grids)
       ) x`,
      [districtPath, workers],
    );
    const label = `CASE p.role WHEN 'community-lead' THEN '社区网格负责人' WHEN 'workstation-staff' THEN '工作站'
                   WHEN 'grid-leader' THEN '网格长' ELSE '网格员' END`;
    await client.query(
      `INSERT INTO users (username, display_name, password_hash, password_is_demo, active)
       SELECT 'bm' || lpad(p.n::text, 5, '0'), ${label} || ' ' || p.n, $1, true, NOT (p.role = 'grid-worker' AND p.n % 97 = 0)
       FROM ${PEOPLE_TABLE} p ORDER BY p.n`,
      [hash],
    );
    await client.query(
      `INSERT INTO role_assignments (user_id, role, region_id)
       SELECT u.id, p.role, p.region_id FROM ${PEOPLE_TABLE} p JOIN users u ON u.username = 'bm' || lpad(p.n::text, 5, '0')`,
    );
    // one community lead in ten also works at its first workstation: the deeper binding counts
    await client.query(
      `INSERT INTO role_assignments (user_id, role, region_id)
       SELECT a.user_id, 'workstation-staff', w.id
       FROM role_assignments a JOIN regions c ON c.id = a.region_id
       JOIN LATERAL (SELECT w.id FROM regions w WHERE w.parent_id = c.id AND w.type = 'workstation' ORDER BY w.code LIMIT 1) w ON true
       WHERE a.role = 'community-lead' AND c.path LIKE $1 || '%' AND a.user_id % 10 = 3`,
      [districtPath],
    );
    const admin = await client.query<{ id: number }>(
      `INSERT INTO users (username, display_name, password_hash, password_is_demo) VALUES ('bmadmin', '基准区管理员', $1, true) RETURNING id`,
      [hash],
    );
    adminId = admin.rows[0].id;
    await client.query(`INSERT INTO role_assignments (user_id, role, region_id) VALUES ($1, 'admin', $2)`, [adminId, districtId]);
    await client.query(
      `INSERT INTO users (username, display_name, password_hash, password_is_demo)
       SELECT 'bmstreet' || r.id, '街道干部 ' || r.id, $2, true FROM regions r WHERE r.type = 'street' AND r.path LIKE $1 || '%'`,
      [districtPath, hash],
    );
    await client.query(
      `INSERT INTO role_assignments (user_id, role, region_id)
       SELECT u.id, 'street-officer', r.id FROM regions r JOIN users u ON u.username = 'bmstreet' || r.id
       WHERE r.type = 'street' AND r.path LIKE $1 || '%'`,
      [districtPath],
    );
    // the generator's view of the team: each person at the binding they were made for
    await client.query(
      `CREATE UNLOGGED TABLE ${MEMBERS_TABLE} AS
       SELECT u.id AS user_id, p.role, r.id AS region_id, r.path, r.top_region_id, a.anc,
              CASE WHEN r.type = 'grid' THEN r.id END AS grid_id, a.anc[4] AS ws_id, a.anc[3] AS community_id, a.anc[2] AS street_id,
              CASE WHEN random() < 0.7 THEN 0.04 WHEN random() < 0.67 THEN 0.15 ELSE 0.4 END AS miss
       FROM ${PEOPLE_TABLE} p JOIN users u ON u.username = 'bm' || lpad(p.n::text, 5, '0') JOIN regions r ON r.id = p.region_id
       CROSS JOIN LATERAL (SELECT string_to_array(trim(BOTH '/' FROM r.path), '/')::int[] AS anc) a`,
    );
    await client.query(
      `CREATE UNLOGGED TABLE ${ANCESTORS_TABLE} AS
       SELECT m.user_id, x.region_id FROM ${MEMBERS_TABLE} m CROSS JOIN unnest(m.anc) x(region_id)`,
    );
    await client.query(`ANALYZE ${MEMBERS_TABLE}, ${ANCESTORS_TABLE}, users, role_assignments, regions`);
  });
  await client.query(`SET work_mem = '256MB'`);
  await client.query('SET session_replication_role = replica');
  try {
    await timed(phases, 'diaries', () => generateDiaries(client, adminId));
    await timed(phases, 'meetings', () => generateMeetings(client, districtPath, adminId));
    await timed(phases, 'cases', () => generateCases(client, districtPath, o.cases, adminId));
    await timed(phases, 'timeline', () => client.query(TIMELINE_SQL, [districtPath]));
    await timed(phases, 'others', () => generateOthers(client, districtPath, adminId));
  } finally {
    await client.query('RESET session_replication_role');
    await client.query('RESET work_mem');
  }
  await client.query(`DROP TABLE ${PEOPLE_TABLE}, ${ANCESTORS_TABLE}`);
  await timed(phases, 'vacuum', () => client.query(`VACUUM ANALYZE ${RECORD_TABLES.join(', ')}, users, role_assignments, regions`));
  const rows = (
    await client.query<Record<(typeof RECORD_TABLES)[number], number>>(
      `SELECT ${RECORD_TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`,
    )
  ).rows[0];
  const team = (
    await client.query<{ active: number; inactive: number }>(
      `SELECT count(*) FILTER (WHERE u.active)::int AS active, count(*) FILTER (WHERE NOT u.active)::int AS inactive
       FROM ${MEMBERS_TABLE} m JOIN users u ON u.id = m.user_id`,
    )
  ).rows[0];
  return {
    districtId,
    districtPath,
    admin: 'bmadmin',
    adminId,
    regions: { streets, communities, workstations, grids: o.grids },
    members: team.active,
    inactive: team.inactive,
    rows,
    phases,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

const SHANGHAI_NOW = `(now() AT TIME ZONE 'Asia/Shanghai')`;

async function generateDiaries(c: pg.Client, adminId: number): Promise<void> {
  await c.query(
    `INSERT INTO diaries (top_region_id, region_id, region_path, author_id, occurred_at, place, people, content, created_by,
                          created_at, updated_at)
     SELECT x.top_region_id, x.region_id, x.path, x.user_id, x.at, '辖区第' || (x.w % 9 + 1) || '组', '居民',
            '入户走访，了解居民诉求并登记。', x.user_id, x.at, x.at
     FROM (
       SELECT m.*, w, ((date_trunc('week', ${SHANGHAI_NOW}) - w * interval '7 days' + random() * interval '7 days')
                       AT TIME ZONE 'Asia/Shanghai') AS at
       FROM ${MEMBERS_TABLE} m CROSS JOIN generate_series(0, 53) w
       CROSS JOIN LATERAL generate_series(1, CASE WHEN random() + 0 * w < m.miss THEN 0 WHEN random() < 0.06 THEN 2 ELSE 1 END) e
     ) x
     WHERE x.at < now()
     ORDER BY x.at`,
  );
  // A5.5: per community and month, two entries selected excellent and two shortlisted
  await c.query(
    `INSERT INTO diary_selections (diary_id, month, status, author_id, by_id, at)
     SELECT s.id, s.month, CASE WHEN s.rk <= 2 THEN 'selected' ELSE 'shortlisted' END, s.author_id, $1, now()
     FROM (
       SELECT d.id, d.author_id, to_char(d.occurred_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
              row_number() OVER (PARTITION BY m.community_id, to_char(d.occurred_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')
                                 ORDER BY random()) AS rk
       FROM diaries d JOIN ${MEMBERS_TABLE} m ON m.user_id = d.author_id
     ) s
     WHERE s.rk <= 4`,
    [adminId],
  );
}

async function generateMeetings(c: pg.Client, path: string, adminId: number): Promise<void> {
  await c.query(
    `INSERT INTO meetings (top_region_id, region_id, region_path, type, title, starts_at, place, status, convened_by, created_at,
                           updated_at)
     SELECT x.top_region_id, x.id, x.path, x.type, x.title, x.at, '会议室',
            CASE WHEN x.at >= now() THEN 'scheduled' WHEN random() < 0.03 THEN 'cancelled' ELSE 'held' END,
            $2, x.at - interval '7 days', x.at
     FROM (
       SELECT r.top_region_id, r.id, r.path, 'monthly-work' AS type, '月度工作例会' AS title,
              (date_trunc('month', ${SHANGHAI_NOW}) - mo * interval '1 month' + interval '4 days 9 hours')
                AT TIME ZONE 'Asia/Shanghai' AS at
       FROM regions r CROSS JOIN generate_series(0, 12) mo
       WHERE r.type = 'community' AND r.path LIKE $1 || '%'
       UNION ALL
       SELECT r.top_region_id, r.id, r.path, 'weekly-team', '网格团队周例会',
              (date_trunc('week', ${SHANGHAI_NOW}) - wk * interval '7 days' + interval '1 day 8 hours 30 minutes')
                AT TIME ZONE 'Asia/Shanghai'
       FROM regions r CROSS JOIN generate_series(0, 52) wk
       WHERE r.type = 'workstation' AND r.path LIKE $1 || '%'
     ) x
     ORDER BY x.at`,
    [path, adminId],
  );
  await c.query(
    `INSERT INTO meeting_invitees (meeting_id, user_id, attendance, marked_by, marked_at)
     SELECT x.id, x.user_id, x.attendance, CASE WHEN x.attendance IS NOT NULL THEN $2::int END,
            CASE WHEN x.attendance IS NOT NULL THEN x.starts_at END
     FROM (
       SELECT y.id, y.starts_at, y.user_id,
              CASE WHEN y.status <> 'held' THEN NULL WHEN y.u < 0.82 THEN 'present' WHEN y.u < 0.89 THEN 'late'
                   WHEN y.u < 0.94 THEN 'absent' WHEN y.u < 0.99 THEN 'on-leave' END AS attendance
       FROM (
         SELECT mt.id, mt.starts_at, mt.status, a.user_id, random() AS u
         FROM meetings mt JOIN ${ANCESTORS_TABLE} a ON a.region_id = mt.region_id
         WHERE mt.region_path LIKE $1 || '%'
       ) y
     ) x
     ORDER BY x.starts_at, x.id, x.user_id`,
    [path, adminId],
  );
  await c.query(
    `INSERT INTO trainings (top_region_id, region_id, region_path, topic, starts_at, minutes, run_by, created_at)
     SELECT x.top_region_id, x.id, x.path, '业务培训第' || (x.mo + 1) || '期', x.at, 90, $2, x.at
     FROM (
       SELECT r.top_region_id, r.id, r.path, mo,
              (date_trunc('month', ${SHANGHAI_NOW}) - mo * interval '1 month' + interval '11 days 14 hours 30 minutes')
                AT TIME ZONE 'Asia/Shanghai' AS at
       FROM regions r CROSS JOIN generate_series(0, 12) mo
       WHERE r.type = 'street' AND r.path LIKE $1 || '%'
     ) x
     WHERE x.at < now()`,
    [path, adminId],
  );
  await c.query(
    `INSERT INTO training_attendance (training_id, user_id, attendance, marked_by, marked_at)
     SELECT x.id, x.user_id,
            CASE WHEN x.u < 0.80 THEN 'present' WHEN x.u < 0.87 THEN 'late' WHEN x.u < 0.95 THEN 'absent' ELSE 'on-leave' END,
            $2, x.starts_at
     FROM (
       SELECT t.id, t.starts_at, a.user_id, random() AS u
       FROM trainings t JOIN ${ANCESTORS_TABLE} a ON a.region_id = t.region_id
       WHERE t.region_path LIKE $1 || '%'
     ) x
     ORDER BY x.starts_at, x.id, x.user_id`,
    [path, adminId],
  );
}

async function generateCases(c: pg.Client, path: string, n: number, adminId: number): Promise<void> {
  await c.query(
    `WITH g AS (
       SELECT row_number() OVER (ORDER BY r.code) - 1 AS k, r.id, r.path, r.top_region_id,
              (SELECT array_agg(m.user_id ORDER BY m.user_id) FROM ${MEMBERS_TABLE} m WHERE m.grid_id = r.id) AS owners,
              (SELECT min(m.user_id) FROM ${MEMBERS_TABLE} m WHERE m.ws_id = r.parent_id AND m.role = 'workstation-staff') AS staff
       FROM regions r WHERE r.type = 'grid' AND r.path LIKE $1 || '%'
     ), cfg AS (
       SELECT (SELECT count(*) FROM g) AS ngrids, (SELECT array_agg(code ORDER BY code) FROM case_categories) AS cats,
              p.version AS pv, p.region_id AS pr
       FROM policies p JOIN regions d ON d.id = p.region_id WHERE d.path = $1
     ), draws AS (
       SELECT i, now() - random() * interval '365 days' AS received, random() AS u, random() AS v, random() AS o,
              1 + floor(random() * 20)::int AS days
       FROM generate_series(1, $2::int) i
     ), shaped AS (
       SELECT d.*, NOT ((d.received > now() - interval '20 days' AND d.u < 0.6) OR d.u < 0.03)
                   AND d.received + d.days * d.v * 1.2 * interval '1 day' < now() AS decided
       FROM draws d
     )
     INSERT INTO cases (top_region_id, grid_id, grid_path, title, description, category, source, case_class, tier, status, version,
                        received_at, clock_start, deadline, deadline_provisional, policy_version, policy_region_id, owner_id,
                        created_by, handling_unit, met_at, on_time, state, created_at, updated_at)
     SELECT g.top_region_id, g.id, g.path, '生成案件 ' || s.i, '基准测试生成的案件', cfg.cats[1 + (s.i % array_length(cfg.cats, 1))],
            'field', 'general', 'grid-worker',
            CASE WHEN NOT s.decided THEN (ARRAY['received', 'accepted', 'in-progress'])[1 + (s.i % 3)]
                 WHEN s.u < 0.5 THEN 'closed' ELSE 'archived' END,
            1, s.received, s.received, s.received + s.days * interval '1 day', false, cfg.pv, cfg.pr,
            CASE WHEN s.o < 0.05 AND g.staff IS NOT NULL THEN g.staff
                 ELSE COALESCE(g.owners[1 + floor(s.o * cardinality(g.owners))::int], $3) END,
            $3,
            CASE WHEN s.decided THEN '社区居委会' END,
            CASE WHEN s.decided THEN s.received + s.days * s.v * 1.2 * interval '1 day' END,
            CASE WHEN s.decided THEN s.v * 1.2 <= 1 END,
            '{}'::jsonb, s.received, s.received
     FROM shaped s CROSS JOIN cfg JOIN g ON g.k = s.i % cfg.ngrids
     ORDER BY s.received`,
    [path, n, adminId],
  );
}

/** Each case's steps; `h1`/`h2` are stable per-case draws (hash of the id). */
const TIMELINE_SQL = `
INSERT INTO case_timeline (top_region_id, case_id, seq, at, actor_id, action, from_status, to_status, details)
SELECT c.top_region_id, c.id, e.seq, e.at, c.owner_id, e.action, e.from_status, e.to_status, e.details
FROM (SELECT c.*, abs(hashint8(c.id)) % 1000 AS h1, abs(hashint8(c.id + 7777777)) % 1000 AS h2
      FROM cases c WHERE c.grid_path LIKE $1 || '%') c
CROSS JOIN LATERAL (
  SELECT 1 AS seq, c.received_at AS at, 'intake' AS action, NULL AS from_status, 'received' AS to_status, '{}'::jsonb AS details
  UNION ALL SELECT 2, c.received_at + interval '1 hour', 'accept', 'received', 'accepted', '{}' WHERE c.status <> 'received'
  UNION ALL SELECT 3, c.met_at, 'resolve', 'in-progress', 'resolved', '{}' WHERE c.met_at IS NOT NULL
  UNION ALL SELECT 4, c.met_at + interval '12 hours', 'feedback', 'resolved', 'in-progress', '{"satisfaction": "unsatisfied"}'
    WHERE c.met_at IS NOT NULL AND c.h1 < 40
  UNION ALL SELECT CASE WHEN c.h1 < 40 THEN 5 ELSE 4 END, c.met_at + interval '1 day', 'feedback', 'resolved', 'resolved',
      jsonb_build_object('satisfaction', CASE WHEN c.h2 < 750 THEN 'satisfied' WHEN c.h2 < 920 THEN 'basically-satisfied'
                                              ELSE 'unsatisfied' END)
    WHERE c.met_at IS NOT NULL AND c.h1 < 740
  UNION ALL SELECT 6, c.met_at + interval '3 days', 'close', 'resolved', 'closed', '{}' WHERE c.met_at IS NOT NULL
) e
WHERE e.at < now()
ORDER BY e.at`;

async function generateOthers(c: pg.Client, path: string, adminId: number): Promise<void> {
  await c.query(
    `INSERT INTO rewards (top_region_id, user_id, region_id, region_path, kind, ground, points, awarded_on, status, proposed_by,
                          approved_by, approved_at, created_at)
     SELECT x.top_region_id, x.user_id, x.region_id, x.path, k.kind, k.ground, k.points, x.day, x.status, $1,
            CASE WHEN x.status <> 'proposed' THEN $1::int END,
            CASE WHEN x.status <> 'proposed' THEN (x.day + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' END,
            x.day::timestamp AT TIME ZONE 'Asia/Shanghai'
     FROM (
       SELECT m.*, (${SHANGHAI_NOW})::date - floor(random() * 365)::int AS day, floor(random() * 5)::int AS kk,
              CASE WHEN random() < 0.8 THEN 'approved' WHEN random() < 0.5 THEN 'proposed' ELSE 'refused' END AS status
       FROM ${MEMBERS_TABLE} m
       CROSS JOIN LATERAL generate_series(1, CASE WHEN random() + 0 * m.user_id < 0.15 THEN 1 + floor(random() * 3)::int ELSE 0 END) j
     ) x
     JOIN (VALUES (0, 'commendation', 'dedication', 2.0), (1, 'material-reward', 'special-task', 3.0),
                  (2, 'warning', 'neglect-of-duty', -2.0), (3, 'demerit', 'falsification', -5.0),
                  (4, 'commendation', 'integrity', 1.5)) k(kk, kind, ground, points) ON k.kk = x.kk
     ORDER BY x.day`,
    [adminId],
  );
  const quarters = `generate_series(date_trunc('quarter', ${SHANGHAI_NOW} - interval '12 months'), date_trunc('quarter', ${SHANGHAI_NOW}),
                                    interval '3 months')`;
  await c.query(
    `INSERT INTO verification_draws (top_region_id, region_id, region_path, kind, period, base_date, seed, rates, counts, strata,
                                     created_by, created_at)
     SELECT r.top_region_id, r.id, r.path, 'quarterly', to_char(q, 'YYYY') || '-Q' || extract(quarter FROM q), q::date, 'bench',
            '{}', '{}', '[]', $2, q AT TIME ZONE 'Asia/Shanghai'
     FROM regions r CROSS JOIN ${quarters} q
     WHERE r.type = 'community' AND r.path LIKE $1 || '%'`,
    [path, adminId],
  );
  await c.query(
    `INSERT INTO verification_tasks (top_region_id, draw_id, household_id, grid_id, grid_path, visit_class, status, discrepancies,
                                     follow_ups, checked_at, completed_by, completed_at, created_at)
     SELECT x.top_region_id, x.draw_id, -row_number() OVER (), x.grid_id, x.grid_path, '3', x.status,
            CASE WHEN x.status = 'done' THEN CASE WHEN x.u2 < 0.8 THEN 0 ELSE 1 + floor(x.u2 * 10)::int % 3 END END,
            CASE WHEN x.status = 'done' THEN 0 END,
            CASE WHEN x.status = 'done' THEN x.done_at END, CASE WHEN x.status = 'done' THEN $2::int END,
            CASE WHEN x.status = 'done' THEN x.done_at END, x.created_at
     FROM (
       SELECT y.*, CASE WHEN y.done_at < now() AND y.u < 0.9 THEN 'done' WHEN y.u < 0.95 THEN 'pending' ELSE 'cancelled' END AS status
       FROM (
         SELECT d.top_region_id, d.id AS draw_id, g.id AS grid_id, g.path AS grid_path, d.created_at, random() AS u, random() AS u2,
                (d.base_date + random() * 85 * interval '1 day' + interval '10 hours') AT TIME ZONE 'Asia/Shanghai' AS done_at
         FROM verification_draws d JOIN regions g ON g.type = 'grid' AND g.path LIKE d.region_path || '%'
         CROSS JOIN generate_series(1, 6) j
         WHERE d.region_path LIKE $1 || '%'
       ) y
     ) x`,
    [path, adminId],
  );
  await c.query(
    `INSERT INTO supervision_reports (top_region_id, region_id, region_path, month, status, figures, generated_at, comments, rating,
                                      created_by, created_at, issued_by, issued_at)
     SELECT r.top_region_id, r.id, r.path, to_char(m, 'YYYY-MM'), 'issued', '{}', now(), '按时开展各项工作。',
            70 + floor(random() * 29)::int, $2, now(), $2, now()
     FROM regions r
     CROSS JOIN generate_series(date_trunc('month', ${SHANGHAI_NOW}) - interval '12 months',
                                date_trunc('month', ${SHANGHAI_NOW}) - interval '1 month', interval '1 month') m
     WHERE r.type = 'community' AND r.path LIKE $1 || '%'`,
    [path, adminId],
  );
}
