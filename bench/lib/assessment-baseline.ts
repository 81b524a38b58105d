/**
 * The assessment benchmark's baseline: the scores of a region's workers or grids for a month or a
 * year, written directly from the contract ("Team operations") and the rules the API documents,
 * independently of the server's assessment module: one SQL statement gathers every fact (per grid
 * path and per member), a little JS sums them per subject and scores them.
 *
 * Definitions (period [from, to) in Asia/Shanghai; members: active users bound under the region
 * with a role that keeps a diary, each at their deepest binding):
 * - case-timeliness: cases received in the period, on time of those decided (on_time not null),
 *   among the cases of the streets and towns holding the region (a ranking counts the region's
 *   records); per grid by the case's grid, per member by the case's owner;
 * - satisfaction: feedback steps in the period, satisfied or basically satisfied of all; same split;
 * - verification: done tasks completed in the period, without discrepancies of all; per grid;
 * - visit-compliance: per grid, met of households at each month-end up to the period's as-of day
 *   (the households benchmark's baseline statement, when the region has households; else 0 of 0);
 * - diary-compliance: weeks (Monday-Sunday) whose Sunday falls in the period up to as-of, with at
 *   least the policy's count of entries, of those weeks; every member;
 * - excellent-diary: the member's entries selected excellent for a month of the period;
 * - attendance: held meetings in the period (present or late of all but on leave, unmarked counts as
 *   due) plus trainings in the period (the same, of those not on leave);
 * - rewards-penalties: the points of approved rewards and penalties awarded in the period.
 * A worker scores the area items of the grids under their binding (visits, verification) and their
 * own cases and feedback; a grid the area items under its path and the member items of its members.
 * A rate with nothing due is 1 (else done/of to 4 decimals); points are weight × value to 2
 * decimals; the score their sum; equal scores share a rank.
 */
import type pg from 'pg';
import { BASELINE_BY_GRID_SQL, type GridTally } from './households-baseline';

export type Level = 'worker' | 'grid';

export interface RawPeriod {
  text: string;
  kind: 'month' | 'year';
  start: string;
  end: string;
  asOf: string;
  from: Date;
  to: Date;
  monthEnds: string[];
}

const day = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
/** The first day of the month `n` months after the month of `date`. */
const monthStart = (date: string, n: number) => iso(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1 + n, 1));

export function rawPeriod(text: string, today: string): RawPeriod {
  const kind = text.length === 4 ? 'year' : 'month';
  const start = kind === 'year' ? `${text}-01-01` : `${text}-01`;
  const next = monthStart(start, kind === 'year' ? 12 : 1);
  const end = iso(day(next) - 86_400_000);
  const asOf = today < end ? today : end;
  const monthEnds: string[] = [];
  for (let m = start; m <= asOf; m = monthStart(m, 1)) {
    const last = iso(day(monthStart(m, 1)) - 86_400_000);
    monthEnds.push(last < asOf ? last : asOf);
  }
  return {
    text,
    kind,
    start,
    end,
    asOf,
    from: new Date(`${start}T00:00:00+08:00`),
    to: new Date(`${next}T00:00:00+08:00`),
    monthEnds,
  };
}

/**
 * Every fact of the region ($1 path) for the period ($2 from, $3 to, $4 start, $5 as-of, $6 entries a
 * week, $7 first month, $8 last month): `member` and `grid` rows name the subjects; `area` rows are
 * per grid path, `own` rows per member; `weeks` is the number of diary weeks.
 */
export const FACTS_SQL = `
WITH members AS MATERIALIZED (
  SELECT DISTINCT ON (a.user_id) a.user_id, u.display_name AS name, r.path
  FROM role_assignments a JOIN regions r ON r.id = a.region_id JOIN users u ON u.id = a.user_id
  WHERE u.active AND a.role IN ('community-lead', 'workstation-staff', 'grid-leader', 'grid-worker') AND r.path LIKE $1 || '%'
  ORDER BY a.user_id, length(r.path) DESC
), weeks AS MATERIALIZED (
  SELECT d::date - 6 AS monday FROM generate_series($4::date, $5::date, interval '1 day') d WHERE extract(isodow FROM d) = 7
), case_groups AS MATERIALIZED (
  -- every case of the region's streets and towns received in the period, by top region and date
  SELECT c.grid_path, c.owner_id, count(*) FILTER (WHERE c.on_time) AS done, count(c.on_time) AS "of"
  FROM cases c
  WHERE c.top_region_id = ANY (ARRAY(SELECT coalesce(r.top_region_id, r.id) FROM regions r WHERE r.path LIKE $1 || '%'))
    AND c.received_at >= $2 AND c.received_at < $3
  GROUP BY c.grid_path, c.owner_id
), feedback_groups AS MATERIALIZED (
  SELECT c.grid_path, c.owner_id, count(*) FILTER (WHERE t.details->>'satisfaction' IN ('satisfied', 'basically-satisfied')) AS done,
         count(*) AS "of"
  FROM case_timeline t JOIN cases c ON c.top_region_id = t.top_region_id AND c.id = t.case_id
  WHERE t.action = 'feedback' AND t.at >= $2 AND t.at < $3
    AND t.top_region_id = ANY (ARRAY(SELECT coalesce(r.top_region_id, r.id) FROM regions r WHERE r.path LIKE $1 || '%'))
  GROUP BY c.grid_path, c.owner_id
), own AS (
  SELECT g.owner_id AS user_id, 'case-timeliness' AS item, sum(g.done) AS done, sum(g."of") AS "of"
  FROM case_groups g JOIN members m ON m.user_id = g.owner_id GROUP BY g.owner_id
  UNION ALL
  SELECT g.owner_id, 'satisfaction', sum(g.done), sum(g."of")
  FROM feedback_groups g JOIN members m ON m.user_id = g.owner_id GROUP BY g.owner_id
  UNION ALL
  -- the diary window is exactly the weeks ending in the period: from the first one's Monday to the last one's Sunday
  SELECT w.author_id, 'diary-compliance', count(*) FILTER (WHERE w.n >= $6), 0
  FROM (
    SELECT d.author_id, date_trunc('week', d.occurred_at AT TIME ZONE 'Asia/Shanghai') AS monday, count(*) AS n
    FROM members m JOIN diaries d ON d.author_id = m.user_id
    WHERE d.occurred_at >= (SELECT min(monday) FROM weeks)::timestamp AT TIME ZONE 'Asia/Shanghai'
      AND d.occurred_at < ((SELECT max(monday) FROM weeks) + 7)::timestamp AT TIME ZONE 'Asia/Shanghai'
    GROUP BY 1, 2
  ) w
  GROUP BY w.author_id
  UNION ALL
  SELECT s.author_id, 'excellent-diary', count(*), 0 FROM members m JOIN diary_selections s ON s.author_id = m.user_id
  WHERE s.status = 'selected' AND s.month >= $7 AND s.month <= $8 GROUP BY s.author_id
  UNION ALL
  SELECT i.user_id, 'attendance', count(*) FILTER (WHERE i.attendance IN ('present', 'late')),
         count(*) FILTER (WHERE i.attendance IS NULL OR i.attendance <> 'on-leave')
  FROM meetings mt JOIN meeting_invitees i ON i.meeting_id = mt.id JOIN members m ON m.user_id = i.user_id
  WHERE mt.status = 'held' AND mt.starts_at >= $2 AND mt.starts_at < $3
  GROUP BY i.user_id
  UNION ALL
  SELECT a.user_id, 'attendance', count(*) FILTER (WHERE a.attendance IN ('present', 'late')),
         count(*) FILTER (WHERE a.attendance <> 'on-leave')
  FROM trainings t JOIN training_attendance a ON a.training_id = t.id JOIN members m ON m.user_id = a.user_id
  WHERE t.starts_at >= $2 AND t.starts_at < $3
  GROUP BY a.user_id
  UNION ALL
  SELECT w.user_id, 'rewards-penalties', sum(w.points), 0 FROM members m JOIN rewards w ON w.user_id = m.user_id
  WHERE w.status = 'approved' AND w.awarded_on >= $4::date AND w.awarded_on <= $9::date GROUP BY w.user_id
)
SELECT 'member' AS kind, m.user_id::text AS key, m.path AS item, 0::float8 AS done, 0::float8 AS "of", m.name AS label FROM members m
UNION ALL
SELECT 'grid', g.id::text, g.path, 0, 0, g.name FROM regions g WHERE g.type = 'grid' AND g.path LIKE $1 || '%'
UNION ALL
SELECT 'weeks', '', '', count(*), 0, NULL FROM weeks
UNION ALL
SELECT 'area', grid_path, 'case-timeliness', sum(done), sum("of"), NULL FROM case_groups WHERE grid_path LIKE $1 || '%' GROUP BY grid_path
UNION ALL
SELECT 'area', grid_path, 'satisfaction', sum(done), sum("of"), NULL FROM feedback_groups WHERE grid_path LIKE $1 || '%' GROUP BY grid_path
UNION ALL
SELECT 'area', grid_path, 'verification', count(*) FILTER (WHERE discrepancies IS NULL OR discrepancies = 0), count(*), NULL
FROM verification_tasks
WHERE grid_path LIKE $1 || '%' AND status = 'done' AND completed_at >= $2 AND completed_at < $3
GROUP BY grid_path
UNION ALL
SELECT 'own', o.user_id::text, o.item, o.done::float8, o."of", NULL FROM own o`;

type FactRow = {
  kind: 'member' | 'grid' | 'weeks' | 'area' | 'own';
  key: string;
  item: string;
  done: number;
  of: number;
  label: string | null;
};

export interface WeightedItem {
  item: string;
  rule: string;
  weight: number;
}

export interface RawPart {
  item: string;
  weight: number;
  value: number;
  points: number;
  done: number;
  of: number;
}

export interface RawScored {
  id: number;
  name: string;
  score: number;
  rank: number;
  parts: RawPart[];
}

type Facts = Map<string, { done: number; of: number }>;

const RATES = new Set([
  'visit-compliance',
  'case-timeliness',
  'satisfaction',
  'diary-compliance',
  'attendance',
  'verification',
  'supervision',
]);
const AREA_ITEMS = ['visit-compliance', 'case-timeliness', 'satisfaction', 'verification'];
const MEMBER_ITEMS = ['diary-compliance', 'excellent-diary', 'attendance', 'rewards-penalties'];

function put(f: Facts, item: string, done: number, of: number): void {
  const cur = f.get(item);
  if (cur) {
    cur.done += done;
    cur.of += of;
  } else f.set(item, { done, of });
}

/** `/1/2/3/` → `/1/`, `/1/2/`, `/1/2/3/`. */
function prefixes(path: string): string[] {
  const out: string[] = [];
  for (let i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) out.push(path.slice(0, i + 1));
  return out;
}

/** The policy's items that count for the period and level. */
export function itemsFor(
  items: ReadonlyArray<WeightedItem & { periods?: readonly string[]; levels?: readonly string[] }>,
  kind: string,
  level: Level,
) {
  return items
    .filter((i) => (!i.periods || i.periods.includes(kind)) && (!i.levels || i.levels.includes(level)))
    .map((i) => ({ item: i.item, rule: i.rule, weight: i.weight }));
}

/** The baseline's ranking of the region's workers or grids. `households`: read visit compliance from the households baseline. */
export async function rawScores(
  client: pg.Client,
  path: string,
  p: RawPeriod,
  level: Level,
  o: { items: WeightedItem[]; diaryCount: number; households: boolean },
): Promise<RawScored[]> {
  const { rows } = await client.query<FactRow>(FACTS_SQL, [
    path,
    p.from,
    p.to,
    p.start,
    p.asOf,
    o.diaryCount,
    p.start.slice(0, 7),
    p.end.slice(0, 7),
    p.end,
  ]);
  const members: Array<{ id: number; name: string; path: string }> = [];
  const grids: Array<{ id: number; name: string; path: string }> = [];
  const area = new Map<string, Facts>();
  const own = new Map<number, Facts>();
  let weeks = 0;
  const at = <K>(m: Map<K, Facts>, k: K): Facts => {
    let f = m.get(k);
    if (!f) m.set(k, (f = new Map()));
    return f;
  };
  for (const r of rows) {
    if (r.kind === 'member') members.push({ id: Number(r.key), name: r.label!, path: r.item });
    else if (r.kind === 'grid') grids.push({ id: Number(r.key), name: r.label!, path: r.item });
    else if (r.kind === 'weeks') weeks = r.done;
    else if (r.kind === 'area') put(at(area, r.key), r.item, r.done, r.of);
    else put(at(own, Number(r.key)), r.item, r.done, r.of);
  }
  if (o.households) {
    const gridPath = new Map(grids.map((g) => [g.id, g.path]));
    for (const date of p.monthEnds) {
      const tallies = (await client.query<GridTally>(BASELINE_BY_GRID_SQL, [path, date])).rows;
      for (const t of tallies) put(at(area, gridPath.get(t.gridId)!), 'visit-compliance', t.met, t.households);
    }
  }
  if (weeks > 0 && o.diaryCount > 0) {
    for (const m of members) {
      const f = at(own, m.id);
      const met = f.get('diary-compliance')?.done ?? 0;
      f.set('diary-compliance', { done: met, of: weeks });
    }
  }
  // area facts summed up every prefix of their grid path; member facts up every prefix of the member's binding
  const areaUnder = new Map<string, Facts>();
  for (const [gridPath, f] of area)
    for (const prefix of prefixes(gridPath)) for (const [item, x] of f) put(at(areaUnder, prefix), item, x.done, x.of);
  const membersUnder = new Map<string, Facts>();
  if (level === 'grid')
    for (const m of members)
      for (const prefix of prefixes(m.path))
        for (const item of MEMBER_ITEMS) {
          const x = own.get(m.id)?.get(item);
          if (x) put(at(membersUnder, prefix), item, x.done, x.of);
        }
  const subjects = (level === 'worker' ? members : grids).map((s) => {
    const f: Facts = new Map();
    const areaFacts = areaUnder.get(s.path);
    const areaItems = level === 'worker' ? ['visit-compliance', 'verification'] : AREA_ITEMS;
    for (const item of areaItems) {
      const x = areaFacts?.get(item);
      if (x) put(f, item, x.done, x.of);
    }
    const people = level === 'worker' ? own.get(s.id) : membersUnder.get(s.path);
    const personal = level === 'worker' ? [...MEMBER_ITEMS, 'case-timeliness', 'satisfaction'] : MEMBER_ITEMS;
    for (const item of personal) {
      const x = people?.get(item);
      if (x) put(f, item, x.done, x.of);
    }
    return { s, f };
  });
  return rank(
    subjects.map(({ s, f }) => {
      const parts = o.items.map((i) => {
        const x = f.get(i.item) ?? { done: 0, of: 0 };
        const value = !RATES.has(i.item) ? x.done : x.of === 0 ? 1 : Math.round((x.done / x.of) * 10_000) / 10_000;
        return { item: i.item, weight: i.weight, value, points: Math.round(i.weight * value * 100) / 100, done: x.done, of: x.of };
      });
      const cents = parts.reduce((sum, x) => sum + Math.round(x.points * 100), 0);
      return { id: s.id, name: s.name, score: cents / 100, rank: 0, parts };
    }),
  );
}

function rank(list: RawScored[]): RawScored[] {
  const sorted = [...list].sort((a, b) => b.score - a.score);
  sorted.forEach((x, i) => {
    x.rank = i > 0 && sorted[i - 1].score === x.score ? sorted[i - 1].rank : i + 1;
  });
  return sorted;
}

export interface ApiScored {
  subject: { type: string; id: number; name: string };
  score: number;
  rank: number;
  parts: Array<{ item: string; weight: number; value: number; points: number; done: number; of: number }>;
}

/** Differences between the API's ranking and the baseline's: one line per field that differs. */
export function compareScores(api: ApiScored[], raw: RawScored[]): { subjects: number; differing: number; lines: string[] } {
  const lines: string[] = [];
  const byId = new Map(raw.map((r) => [r.id, r]));
  const differing = new Set<number>();
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  for (const a of api) {
    const r = byId.get(a.subject.id);
    if (!r) {
      lines.push(`${a.subject.id}: only in the API`);
      differing.add(a.subject.id);
      continue;
    }
    byId.delete(a.subject.id);
    const diff = (what: string, x: unknown, y: unknown) => {
      lines.push(`${a.subject.id} ${a.subject.name} ${what}: api ${x} raw ${y}`);
      differing.add(a.subject.id);
    };
    if (a.score !== r.score) diff('score', a.score, r.score);
    if (a.rank !== r.rank) diff('rank', a.rank, r.rank);
    if (a.parts.length !== r.parts.length) diff('parts', a.parts.map((x) => x.item).join(','), r.parts.map((x) => x.item).join(','));
    for (const rp of r.parts) {
      const ap = a.parts.find((x) => x.item === rp.item);
      if (!ap) continue;
      if (!near(ap.done, rp.done) || !near(ap.of, rp.of)) diff(`${rp.item} done/of`, `${ap.done}/${ap.of}`, `${rp.done}/${rp.of}`);
      else if (ap.points !== rp.points || ap.value !== rp.value)
        diff(`${rp.item} value/points`, `${ap.value}/${ap.points}`, `${rp.value}/${rp.points}`);
    }
  }
  for (const r of byId.values()) {
    lines.push(`${r.id} ${r.name}: only in the baseline`);
    differing.add(r.id);
  }
  return { subjects: api.length, differing: differing.size, lines };
}
