/**
 * The facts behind the scores, from the records only (never from stored totals): per grid (visits,
 * cases, feedback, verification) and per team member (own cases, diaries, excellent entries,
 * attendance, rewards). `subjectFacts` sums them for workers, grids, workstations and communities.
 */
import type { AssessmentItem, AssessmentLevel, ItemFact } from '@gridwork/core/assessment';
import { weekday } from '@gridwork/core/calendar';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { computeComplianceAt } from '../compliance/compliance.service';
import type { Member } from '../team/members';
import { monthEnds, weeksEnding, type AssessmentPeriod } from './assessment.period';

type Facts = Partial<Record<AssessmentItem, ItemFact>>;
const SATISFIED = ['satisfied', 'basically-satisfied'];

export interface Subject {
  type: AssessmentLevel;
  id: number;
  name: string;
  /** The area the subject answers for: its region, or a member's team binding. */
  path: string;
}

/** The facts kept under `key`, created empty on first use. */
function slot<K>(m: Map<K, Facts>, key: K): Facts {
  let f = m.get(key);
  if (!f) m.set(key, (f = {}));
  return f;
}

function add(f: Facts, item: AssessmentItem, done: number, of: number): void {
  const cur = f[item] ?? { done: 0, of: 0 };
  f[item] = { done: cur.done + done, of: cur.of + of };
}

/** The subjects of a level under the region, in code order. */
export async function listSubjects(db: Kysely<DB>, regionPath: string, level: AssessmentLevel, members: Member[]): Promise<Subject[]> {
  if (level === 'worker') return members.map((m) => ({ type: 'worker', id: m.userId, name: m.name, path: m.path }));
  const rows = await db
    .selectFrom('regions')
    .select(['id', 'name', 'path'])
    .where('type', '=', level)
    .where('path', 'like', `${regionPath}%`)
    .orderBy('code')
    .execute();
  return rows.map((r) => ({ type: level, id: r.id, name: r.name, path: r.path }));
}

type Want = (item: AssessmentItem) => boolean;
type Tally = { done: number; of: number };

/** The streets and towns holding the region (decision 0001: records lead with them), to bound scans. */
export async function topRegionsOf(db: Kysely<DB>, regionPath: string): Promise<number[]> {
  const rows = await db
    .selectFrom('regions')
    .select(sql<number>`DISTINCT coalesce(top_region_id, id)`.as('id'))
    .where('path', 'like', `${regionPath}%`)
    .execute();
  return rows.map((r) => r.id);
}

export const anyOf = (ids: readonly number[]) => sql`ANY (${sql.val(ids)}::int[])`;

type ComplianceSeries = ReturnType<typeof computeComplianceAt>;
const inFlight = new WeakMap<object, Map<string, ComplianceSeries>>();

/**
 * Visit compliance by grid at each month-end of the period (up to its as-of day), one computation
 * shared by concurrent identical reads (a drill-down reads the part and its records side by side);
 * nothing is kept once it has settled.
 */
export function complianceByMonth(db: Kysely<DB>, path: string, p: AssessmentPeriod): ComplianceSeries {
  let running = inFlight.get(db);
  if (!running) inFlight.set(db, (running = new Map()));
  const dates = monthEnds(p);
  const key = `${path}|${dates.join()}`;
  const known = running.get(key);
  if (known) return known;
  const pending = computeComplianceAt(db, path, dates, { groupBy: 'grid' }).finally(() => running.delete(key));
  running.set(key, pending);
  return pending;
}

/** Per grid path: visit compliance at each month-end, verification done. */
async function gridFacts(db: Kysely<DB>, regionPath: string, p: AssessmentPeriod, want: Want): Promise<Map<string, Facts>> {
  const out = new Map<string, Facts>();
  const [compliance, tasks] = await Promise.all([
    want('visit-compliance') ? complianceByMonth(db, regionPath, p) : Promise.resolve([]),
    want('verification')
      ? db
          .selectFrom('verification_tasks')
          .select([
            'grid_path',
            sql<number>`count(*) FILTER (WHERE coalesce(discrepancies, 0) = 0)::int`.as('done'),
            sql<number>`count(*)::int`.as('of'),
          ])
          .where('grid_path', 'like', `${regionPath}%`)
          .where('status', '=', 'done')
          .where('completed_at', '>=', p.from)
          .where('completed_at', '<', p.to)
          .groupBy('grid_path')
          .execute()
      : Promise.resolve([]),
  ]);
  const paths = await gridPaths(db, [...new Set(compliance.flatMap((c) => c.rows.map((r) => Number(r.key))))]);
  for (const { rows } of compliance)
    for (const r of rows) add(slot(out, paths.get(Number(r.key))!), 'visit-compliance', r.met, r.households);
  for (const r of tasks) add(slot(out, r.grid_path), 'verification', r.done, r.of);
  return out;
}

async function gridPaths(db: Kysely<DB>, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('regions')
    .select(['id', 'path'])
    .where(sql<boolean>`id = ${anyOf(ids)}`)
    .execute();
  return new Map(rows.map((r) => [r.id, r.path]));
}

/**
 * Cases received and feedback given in the period (A3.2), each read once grouped by (grid, owner):
 * per grid path for the area, per owner for members' own cases. Both among the cases of the streets
 * and towns holding `within` (the ranked region): a ranking counts that region's records, and every
 * scan is bounded by the key records lead with (decision 0001).
 */
async function caseFacts(
  db: Kysely<DB>,
  regionPath: string,
  within: string,
  p: AssessmentPeriod,
  owners: readonly number[],
  area: boolean,
  want: Want,
): Promise<{ byGrid: Map<string, Facts>; byOwner: Map<number, Facts> }> {
  const byGrid = new Map<string, Facts>();
  const byOwner = new Map<number, Facts>();
  const items = (['case-timeliness', 'satisfaction'] as const).filter(want);
  if (items.length === 0 || (!area && owners.length === 0)) return { byGrid, byOwner };
  const tops = await topRegionsOf(db, within);
  const inArea = area ? sql`c.grid_path LIKE ${`${regionPath}%`}` : sql`false`;
  // a few owners (a drill-down) go through the owner index; thousands (a district's ranking) as a
  // semi-join, since `= ANY` of thousands is tested row by row over the scanned cases
  const owned =
    owners.length === 0
      ? sql`false`
      : owners.length <= 100
        ? sql`c.owner_id = ${anyOf(owners)}`
        : sql`c.owner_id IN (SELECT unnest(${sql.val(owners)}::int[]))`;
  const which = sql<boolean>`c.top_region_id = ${anyOf(tops)} AND (${inArea} OR ${owned})`;
  const [cases, feedback] = await Promise.all([
    want('case-timeliness')
      ? db
          .selectFrom('cases as c')
          .select([
            'c.grid_path',
            'c.owner_id',
            sql<number>`count(*) FILTER (WHERE c.on_time)::int`.as('done'),
            sql<number>`count(c.on_time)::int`.as('of'),
          ])
          .where('c.received_at', '>=', p.from)
          .where('c.received_at', '<', p.to)
          .where(which)
          .groupBy(['c.grid_path', 'c.owner_id'])
          .execute()
      : Promise.resolve([]),
    want('satisfaction')
      ? db
          .selectFrom('case_timeline as t')
          .innerJoin('cases as c', (j) => j.onRef('c.id', '=', 't.case_id').onRef('c.top_region_id', '=', 't.top_region_id'))
          .select([
            'c.grid_path',
            'c.owner_id',
            sql<number>`count(*) FILTER (WHERE t.details->>'satisfaction' IN (${sql.join(SATISFIED)}))::int`.as('done'),
            sql<number>`count(*)::int`.as('of'),
          ])
          .where('t.action', '=', 'feedback')
          .where('t.at', '>=', p.from)
          .where('t.at', '<', p.to)
          .where(which)
          .groupBy(['c.grid_path', 'c.owner_id'])
          .execute()
      : Promise.resolve([]),
  ]);
  const mine = new Set(owners);
  const tally = (rows: Array<{ grid_path: string; owner_id: number | null } & Tally>, item: AssessmentItem) => {
    for (const r of rows) {
      if (area && r.grid_path.startsWith(regionPath)) add(slot(byGrid, r.grid_path), item, r.done, r.of);
      if (r.owner_id !== null && mine.has(r.owner_id)) add(slot(byOwner, r.owner_id), item, r.done, r.of);
    }
  };
  tally(cases, 'case-timeliness');
  tally(feedback, 'satisfaction');
  return { byGrid, byOwner };
}

/** Per member: diaries by week, excellent entries, attendance, rewards (each query one array parameter). */
async function memberFacts(
  db: Kysely<DB>,
  ids: readonly number[],
  p: AssessmentPeriod,
  diaryCount: number,
  want: Want,
): Promise<Map<number, Facts>> {
  const out = new Map<number, Facts>(ids.map((id) => [id, {}]));
  if (ids.length === 0) return out;
  const at = (id: number) => out.get(id)!;
  const none = Promise.resolve([] as never[]);
  const month = p.kind === 'year' ? `${p.text}-%` : p.text;
  const [diaries, selected, attended, trained, rewards] = await Promise.all([
    want('diary-compliance') ? diaryWeeks(db, ids, p, diaryCount) : null,
    want('excellent-diary')
      ? db
          .selectFrom('diary_selections')
          .select(['author_id', sql<number>`count(*)::int`.as('n')])
          .where(sql<boolean>`author_id = ${anyOf(ids)}`)
          .where('status', '=', 'selected')
          .where('month', 'like', month)
          .groupBy('author_id')
          .execute()
      : none,
    want('attendance')
      ? db
          .selectFrom('meeting_invitees as i')
          .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
          .select([
            'i.user_id',
            sql<number>`count(*) FILTER (WHERE i.attendance IN ('present','late'))::int`.as('done'),
            sql<number>`count(*) FILTER (WHERE i.attendance IS DISTINCT FROM 'on-leave')::int`.as('of'),
          ])
          .where(sql<boolean>`i.user_id = ${anyOf(ids)}`)
          .where('m.status', '=', 'held')
          .where('m.starts_at', '>=', p.from)
          .where('m.starts_at', '<', p.to)
          .groupBy('i.user_id')
          .execute()
      : none,
    // A6: training sessions count like meetings (their roll call is the record)
    want('attendance')
      ? db
          .selectFrom('training_attendance as a')
          .innerJoin('trainings as t', 't.id', 'a.training_id')
          .select([
            'a.user_id',
            sql<number>`count(*) FILTER (WHERE a.attendance IN ('present','late'))::int`.as('done'),
            sql<number>`count(*) FILTER (WHERE a.attendance <> 'on-leave')::int`.as('of'),
          ])
          .where(sql<boolean>`a.user_id = ${anyOf(ids)}`)
          .where('t.starts_at', '>=', p.from)
          .where('t.starts_at', '<', p.to)
          .groupBy('a.user_id')
          .execute()
      : none,
    want('rewards-penalties')
      ? db
          .selectFrom('rewards')
          .select(['user_id', sql<number>`coalesce(sum(points), 0)::float8`.as('points')])
          .where(sql<boolean>`user_id = ${anyOf(ids)}`)
          .where('status', '=', 'approved')
          .where('awarded_on', '>=', p.start)
          .where('awarded_on', '<=', p.end)
          .groupBy('user_id')
          .execute()
      : none,
  ]);
  if (diaries) for (const id of ids) add(at(id), 'diary-compliance', diaries.met.get(id) ?? 0, diaries.weeks);
  for (const r of selected) add(at(r.author_id), 'excellent-diary', r.n, 0);
  for (const r of attended) add(at(r.user_id), 'attendance', r.done, r.of);
  for (const r of trained) add(at(r.user_id), 'attendance', r.done, r.of);
  for (const r of rewards) add(at(r.user_id), 'rewards-penalties', r.points, 0);
  return out;
}

/** A5.2: the weeks ending in the period (up to today) and, per member, those with at least the required entries (counted in SQL). */
async function diaryWeeks(
  db: Kysely<DB>,
  ids: readonly number[],
  p: AssessmentPeriod,
  required: number,
): Promise<{ weeks: number; met: Map<number, number> } | null> {
  const weeks = weeksEnding(p, weekday);
  if (weeks.length === 0 || required === 0) return null;
  const from = new Date(`${weeks[0]}T00:00:00+08:00`);
  const to = new Date(new Date(`${weeks.at(-1)}T00:00:00+08:00`).getTime() + 7 * 86_400_000);
  const { rows } = await sql<{ author_id: number; met: number }>`
    SELECT w.author_id, count(*) FILTER (WHERE w.n >= ${required})::int AS met
    FROM (
      SELECT author_id, date_trunc('week', occurred_at AT TIME ZONE 'Asia/Shanghai') AS monday, count(*) AS n
      FROM diaries
      WHERE author_id = ${anyOf(ids)} AND occurred_at >= ${from} AND occurred_at < ${to}
      GROUP BY 1, 2
    ) w
    GROUP BY w.author_id`.execute(db);
  return { weeks: weeks.length, met: new Map(rows.map((r) => [r.author_id, r.met])) };
}

const MEMBER_ITEMS: AssessmentItem[] = ['diary-compliance', 'excellent-diary', 'attendance', 'rewards-penalties'];
const AREA_ITEMS: AssessmentItem[] = ['visit-compliance', 'case-timeliness', 'satisfaction', 'verification'];

/**
 * Every subject's facts: area items summed over the grids under its path, member items over its members.
 * `items` limits the work to the items asked for (a drill-down reads one); `within` is the ranked
 * region when `regionPath` is narrower (a drill-down reads one subject's area of a larger ranking).
 */
export async function subjectFacts(
  db: Kysely<DB>,
  regionPath: string,
  subjects: Subject[],
  members: Member[],
  p: AssessmentPeriod,
  diaryCount: number,
  opts: { items?: readonly AssessmentItem[]; within?: string } = {},
): Promise<Map<number, Facts>> {
  const { items, within = regionPath } = opts;
  const want: Want = (item) => !items || items.includes(item);
  const workers = subjects.filter((s) => s.type === 'worker').map((s) => s.id);
  const areas = subjects.some((s) => s.type !== 'worker');
  // member items of an area subject sum its members; a worker's are their own
  const ids = areas ? members.map((m) => m.userId) : workers;
  const [grids, cased, people, reports] = await Promise.all([
    gridFacts(db, regionPath, p, want),
    caseFacts(db, regionPath, within, p, workers, areas, want),
    memberFacts(db, ids, p, diaryCount, want),
    areas && want('supervision') ? supervisionRatings(db, regionPath, p) : Promise.resolve(new Map<number, ItemFact>()),
  ]);
  for (const [path, f] of cased.byGrid) {
    const into = slot(grids, path);
    for (const item of ['case-timeliness', 'satisfaction'] as const) if (f[item]) add(into, item, f[item]!.done, f[item]!.of);
  }
  // sums per path prefix, built once (each grid or member adds to every prefix of its path): O(records × depth)
  const areaByPrefix = sumsByPrefix(
    [...grids].map(([path, g]) => [path, g] as const),
    AREA_ITEMS,
  );
  const memberByPrefix = areas
    ? sumsByPrefix(
        members.map((m) => [m.path, people.get(m.userId) ?? {}] as const),
        MEMBER_ITEMS,
      )
    : new Map<string, Facts>();
  const out = new Map<number, Facts>();
  for (const s of subjects) {
    const f: Facts = {};
    const area = areaByPrefix.get(s.path) ?? {};
    for (const item of AREA_ITEMS) {
      // a worker answers for their own cases and feedback, not the area's
      if (area[item] && !(s.type === 'worker' && (item === 'case-timeliness' || item === 'satisfaction')))
        add(f, item, area[item]!.done, area[item]!.of);
    }
    const own = s.type === 'worker' ? { ...people.get(s.id), ...cased.byOwner.get(s.id) } : (memberByPrefix.get(s.path) ?? {});
    const items = s.type === 'worker' ? [...MEMBER_ITEMS, 'case-timeliness' as const, 'satisfaction' as const] : MEMBER_ITEMS;
    for (const item of items) if (own[item]) add(f, item, own[item]!.done, own[item]!.of);
    // C8: every ended month owes an issued report; a month without one counts 0 of 100
    if (s.type === 'community') add(f, 'supervision', reports.get(s.id)?.done ?? 0, 100 * p.endedMonths.length);
    out.set(s.id, f);
  }
  return out;
}

/** For each path ('/1/2/3/') its facts added to every prefix ('/1/', '/1/2/', '/1/2/3/'). */
function sumsByPrefix(entries: ReadonlyArray<readonly [string, Facts]>, items: readonly AssessmentItem[]): Map<string, Facts> {
  const out = new Map<string, Facts>();
  for (const [path, facts] of entries) {
    for (let i = path.indexOf('/', 1); i !== -1; i = path.indexOf('/', i + 1)) {
      const prefix = path.slice(0, i + 1);
      const into = slot(out, prefix);
      for (const item of items) if (facts[item]) add(into, item, facts[item]!.done, facts[item]!.of);
    }
  }
  return out;
}

/** C8: the sum of the ratings of the issued reports of the period's ended months, per region. */
async function supervisionRatings(db: Kysely<DB>, regionPath: string, p: AssessmentPeriod): Promise<Map<number, ItemFact>> {
  if (p.endedMonths.length === 0) return new Map();
  const rows = await db
    .selectFrom('supervision_reports')
    .select(['region_id', sql<number>`coalesce(sum(rating), 0)::int`.as('done')])
    .where('region_path', 'like', `${regionPath}%`)
    .where('status', '=', 'issued')
    .where('month', 'in', p.endedMonths)
    .groupBy('region_id')
    .execute();
  return new Map(rows.map((r) => [r.region_id, { done: r.done, of: 0 }]));
}
