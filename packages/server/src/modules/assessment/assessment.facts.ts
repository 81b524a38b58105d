/**
 * The facts behind the scores, from the records only (never from stored totals): per grid (visits,
 * cases, feedback, verification) and per team member (own cases, diaries, excellent entries,
 * attendance, rewards). `subjectFacts` sums them for workers, grids, workstations and communities.
 */
import type { AssessmentItem, AssessmentLevel, ItemFact } from '@gridwork/core/assessment';
import { weekday } from '@gridwork/core/calendar';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { computeCompliance } from '../compliance/compliance.service';
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

/** Per grid path: visit compliance at each month-end, cases decided, feedback given, verification done. */
async function gridFacts(db: Kysely<DB>, regionPath: string, p: AssessmentPeriod): Promise<Map<string, Facts>> {
  const out = new Map<string, Facts>();
  const at = (path: string): Facts => {
    if (!out.has(path)) out.set(path, {});
    return out.get(path)!;
  };
  for (const date of monthEnds(p)) {
    const { rows } = await computeCompliance(db, regionPath, date, { groupBy: 'grid' });
    const paths = await gridPaths(
      db,
      rows.map((r) => Number(r.key)),
    );
    for (const r of rows) add(at(paths.get(Number(r.key))!), 'visit-compliance', r.met, r.households);
  }
  const cases = await db
    .selectFrom('cases')
    .select(['grid_path', sql<number>`count(*) FILTER (WHERE on_time)::int`.as('done'), sql<number>`count(on_time)::int`.as('of')])
    .where('grid_path', 'like', `${regionPath}%`)
    .where('received_at', '>=', p.from)
    .where('received_at', '<', p.to)
    .groupBy('grid_path')
    .execute();
  for (const r of cases) add(at(r.grid_path), 'case-timeliness', r.done, r.of);
  const feedback = await feedbackQuery(db, p)
    .where('c.grid_path', 'like', `${regionPath}%`)
    .select('c.grid_path as key')
    .groupBy('c.grid_path')
    .execute();
  for (const r of feedback) add(at(r.key), 'satisfaction', r.done, r.of);
  const tasks = await db
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
    .execute();
  for (const r of tasks) add(at(r.grid_path), 'verification', r.done, r.of);
  return out;
}

async function gridPaths(db: Kysely<DB>, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('regions').select(['id', 'path']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.path]));
}

/** Feedback steps (A3.2) given in the period, satisfied or basically satisfied of all. */
function feedbackQuery(db: Kysely<DB>, p: AssessmentPeriod) {
  return db
    .selectFrom('case_timeline as t')
    .innerJoin('cases as c', (j) => j.onRef('c.id', '=', 't.case_id').onRef('c.top_region_id', '=', 't.top_region_id'))
    .select([
      sql<number>`count(*) FILTER (WHERE t.details->>'satisfaction' IN (${sql.join(SATISFIED)}))::int`.as('done'),
      sql<number>`count(*)::int`.as('of'),
    ])
    .where('t.action', '=', 'feedback')
    .where('t.at', '>=', p.from)
    .where('t.at', '<', p.to);
}

/** Per member: own cases (first-inquiry owner), their feedback, diaries by week, excellent entries, attendance, rewards. */
async function memberFacts(db: Kysely<DB>, members: Member[], p: AssessmentPeriod, diaryCount: number): Promise<Map<number, Facts>> {
  const out = new Map<number, Facts>(members.map((m) => [m.userId, {}]));
  const ids = members.map((m) => m.userId);
  if (ids.length === 0) return out;
  const at = (id: number) => out.get(id)!;
  const cases = await db
    .selectFrom('cases')
    .select(['owner_id', sql<number>`count(*) FILTER (WHERE on_time)::int`.as('done'), sql<number>`count(on_time)::int`.as('of')])
    .where('owner_id', 'in', ids)
    .where('received_at', '>=', p.from)
    .where('received_at', '<', p.to)
    .groupBy('owner_id')
    .execute();
  for (const r of cases) add(at(r.owner_id), 'case-timeliness', r.done, r.of);
  const feedback = await feedbackQuery(db, p).where('c.owner_id', 'in', ids).select('c.owner_id as key').groupBy('c.owner_id').execute();
  for (const r of feedback) add(at(r.key), 'satisfaction', r.done, r.of);
  await diaryFacts(db, ids, p, diaryCount, add, at);
  const month = p.kind === 'year' ? `${p.text}-%` : p.text;
  const selected = await db
    .selectFrom('diary_selections')
    .select(['author_id', sql<number>`count(*)::int`.as('n')])
    .where('author_id', 'in', ids)
    .where('status', '=', 'selected')
    .where('month', 'like', month)
    .groupBy('author_id')
    .execute();
  for (const r of selected) add(at(r.author_id), 'excellent-diary', r.n, 0);
  const attended = await db
    .selectFrom('meeting_invitees as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select([
      'i.user_id',
      sql<number>`count(*) FILTER (WHERE i.attendance IN ('present','late'))::int`.as('done'),
      sql<number>`count(*) FILTER (WHERE i.attendance IS DISTINCT FROM 'on-leave')::int`.as('of'),
    ])
    .where('i.user_id', 'in', ids)
    .where('m.status', '=', 'held')
    .where('m.starts_at', '>=', p.from)
    .where('m.starts_at', '<', p.to)
    .groupBy('i.user_id')
    .execute();
  for (const r of attended) add(at(r.user_id), 'attendance', r.done, r.of);
  // A6: training sessions count like meetings (their roll call is the record)
  const trained = await db
    .selectFrom('training_attendance as a')
    .innerJoin('trainings as t', 't.id', 'a.training_id')
    .select([
      'a.user_id',
      sql<number>`count(*) FILTER (WHERE a.attendance IN ('present','late'))::int`.as('done'),
      sql<number>`count(*) FILTER (WHERE a.attendance <> 'on-leave')::int`.as('of'),
    ])
    .where('a.user_id', 'in', ids)
    .where('t.starts_at', '>=', p.from)
    .where('t.starts_at', '<', p.to)
    .groupBy('a.user_id')
    .execute();
  for (const r of trained) add(at(r.user_id), 'attendance', r.done, r.of);
  const rewards = await db
    .selectFrom('rewards')
    .select(['user_id', sql<number>`coalesce(sum(points), 0)::float8`.as('points')])
    .where('user_id', 'in', ids)
    .where('status', '=', 'approved')
    .where('awarded_on', '>=', p.start)
    .where('awarded_on', '<=', p.end)
    .groupBy('user_id')
    .execute();
  for (const r of rewards) add(at(r.user_id), 'rewards-penalties', r.points, 0);
  return out;
}

/** A5.2: the weeks ending in the period (up to today) with at least the required entries, of those weeks. */
async function diaryFacts(
  db: Kysely<DB>,
  ids: number[],
  p: AssessmentPeriod,
  required: number,
  addTo: typeof add,
  at: (id: number) => Facts,
): Promise<void> {
  const weeks = weeksEnding(p, weekday);
  if (weeks.length === 0 || required === 0) return;
  const from = new Date(`${weeks[0]}T00:00:00+08:00`);
  const to = new Date(new Date(`${weeks.at(-1)}T00:00:00+08:00`).getTime() + 7 * 86_400_000);
  const rows = await db
    .selectFrom('diaries')
    .select([
      'author_id',
      sql<string>`to_char(date_trunc('week', occurred_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD')`.as('week'),
      sql<number>`count(*)::int`.as('n'),
    ])
    .where('author_id', 'in', ids)
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to)
    .groupBy(['author_id', 'week'])
    .execute();
  const met = new Map<number, number>();
  for (const r of rows) if (r.n >= required) met.set(r.author_id, (met.get(r.author_id) ?? 0) + 1);
  for (const id of ids) addTo(at(id), 'diary-compliance', met.get(id) ?? 0, weeks.length);
}

const MEMBER_ITEMS: AssessmentItem[] = ['diary-compliance', 'excellent-diary', 'attendance', 'rewards-penalties'];
const AREA_ITEMS: AssessmentItem[] = ['visit-compliance', 'case-timeliness', 'satisfaction', 'verification'];

/** Every subject's facts: area items summed over the grids under its path, member items over its members. */
export async function subjectFacts(
  db: Kysely<DB>,
  regionPath: string,
  subjects: Subject[],
  members: Member[],
  p: AssessmentPeriod,
  diaryCount: number,
): Promise<Map<number, Facts>> {
  const [grids, people, reports] = await Promise.all([
    gridFacts(db, regionPath, p),
    memberFacts(db, members, p, diaryCount),
    supervisionRatings(db, regionPath, p),
  ]);
  // sums per path prefix, built once (each grid or member adds to every prefix of its path): O(records × depth)
  const areaByPrefix = sumsByPrefix(
    [...grids].map(([path, g]) => [path, g] as const),
    AREA_ITEMS,
  );
  const memberByPrefix = sumsByPrefix(
    members.map((m) => [m.path, people.get(m.userId) ?? {}] as const),
    MEMBER_ITEMS,
  );
  const out = new Map<number, Facts>();
  for (const s of subjects) {
    const f: Facts = {};
    const area = areaByPrefix.get(s.path) ?? {};
    for (const item of AREA_ITEMS) {
      // a worker answers for their own cases and feedback, not the area's
      if (area[item] && !(s.type === 'worker' && (item === 'case-timeliness' || item === 'satisfaction')))
        add(f, item, area[item]!.done, area[item]!.of);
    }
    const own = s.type === 'worker' ? (people.get(s.id) ?? {}) : (memberByPrefix.get(s.path) ?? {});
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
      const into = out.get(prefix) ?? (out.set(prefix, {}).get(prefix) as Facts);
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
