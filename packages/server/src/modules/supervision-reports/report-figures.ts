/**
 * The figures of a monthly supervision report (C8), generated from the records of the community or
 * town: cases (received, overdue at the month's end, extended, late), visit compliance by class at
 * the month's end, the team's diary, meeting and training figures, verification, rewards and
 * penalties, and the meetings the policy set against those held.
 */
import { addDays, endOfShanghaiDay } from '@gridwork/core/calendar';
import { meetingSchedule } from '@gridwork/core/meetings';
import type { PolicyValues } from '@gridwork/core/policy';
import { sql } from 'kysely';
import type { AppContext } from '../../context';
import { parsePath } from '../auth/sessions.repository';
import { subjectFacts } from '../assessment/assessment.facts';
import { periodFromText } from '../assessment/assessment.period';
import { computeCompliance } from '../compliance/compliance.service';
import { findPolicyInForce } from '../policy/policy.repository';
import { listMembers } from '../team/members';

export interface ReportFigures {
  month: string;
  cases: { received: number; overdue: number; extended: number; late: number; decided: number };
  visitsByClass: Array<{ key: string; label: string; households: number; met: number; rate: number }>;
  team: Array<{ item: string; done: number; of: number }>;
  meetings: { scheduled: number; held: number; types: string[] };
  trainings: { sessions: number; attended: number; of: number };
  rewards: Array<{ userName: string; kind: string; ground: string; points: number; awardedOn: string }>;
}

export async function reportFigures(
  ctx: AppContext,
  region: { id: number; path: string; name: string },
  month: string,
): Promise<ReportFigures> {
  const db = ctx.db;
  const period = periodFromText(month, addDays(`${month}-28`, 10));
  const monthEnd = endOfShanghaiDay(period.end);
  // not met by the month's end (a case met later was still overdue then)
  const unmetAtMonthEnd = sql`(c.met_at IS NULL OR c.met_at > ${monthEnd})`;
  const inMonth = sql`c.received_at >= ${period.from} AND c.received_at < ${period.to}`;
  const extendedInMonth = sql`SELECT 1 FROM case_timeline t WHERE t.top_region_id = c.top_region_id AND t.case_id = c.id
    AND t.action = 'decide-extension' AND (t.details->>'approve')::boolean AND t.at >= ${period.from} AND t.at < ${period.to}`;
  const cases = await db
    .selectFrom('cases as c')
    .select([
      sql<number>`count(*) FILTER (WHERE ${inMonth})::int`.as('received'),
      sql<number>`count(*) FILTER (WHERE ${unmetAtMonthEnd} AND c.deadline < ${monthEnd} AND c.received_at < ${period.to})::int`.as(
        'overdue',
      ),
      sql<number>`count(*) FILTER (WHERE ${inMonth} AND c.on_time = false)::int`.as('late'),
      sql<number>`count(*) FILTER (WHERE ${inMonth} AND c.on_time IS NOT NULL)::int`.as('decided'),
      sql<number>`count(*) FILTER (WHERE EXISTS (${extendedInMonth}))::int`.as('extended'),
    ])
    .where('c.grid_path', 'like', `${region.path}%`)
    .executeTakeFirstOrThrow();
  const { rows: byClass } = await computeCompliance(db, region.path, period.end, { groupBy: 'class' });
  const members = await listMembers(db, region.path);
  const subject = { type: 'community' as const, id: region.id, name: region.name, path: region.path };
  const policy = await findPolicyInForce(db, parsePath(region.path));
  const values = (policy?.values ?? null) as PolicyValues | null;
  const diaryCount = Object.values(values?.diary?.obligations ?? {}).find((o) => o.subject === 'team-member')?.count ?? 0;
  const facts = (await subjectFacts(db, region.path, [subject], members, period, diaryCount)).get(region.id) ?? {};
  const schedule = values ? meetingSchedule(values, month, await ctx.calendar.get()) : [];
  const held = await db
    .selectFrom('meetings')
    .select(['type'])
    .where('region_path', 'like', `${region.path}%`)
    .where('status', '=', 'held')
    .where('starts_at', '>=', period.from)
    .where('starts_at', '<', period.to)
    .execute();
  // A6: sessions held for the region or an area above it (the grid office runs them for the street), the region's members' roll
  const memberIds = members.map((m) => m.userId);
  const trainings = await db
    .selectFrom('trainings as t')
    .leftJoin('training_attendance as a', (j) =>
      j.onRef('a.training_id', '=', 't.id').on('a.user_id', 'in', memberIds.length ? memberIds : [0]),
    )
    .select([
      sql<number>`count(DISTINCT t.id)::int`.as('sessions'),
      sql<number>`count(a.user_id) FILTER (WHERE a.attendance IN ('present','late'))::int`.as('attended'),
      sql<number>`count(a.user_id) FILTER (WHERE a.attendance <> 'on-leave')::int`.as('of'),
    ])
    .where((eb) =>
      eb.or([eb('t.region_path', 'like', `${region.path}%`), eb(sql.val(region.path), 'like', sql<string>`t.region_path || '%'`)]),
    )
    .where('t.starts_at', '>=', period.from)
    .where('t.starts_at', '<', period.to)
    .executeTakeFirstOrThrow();
  const rewards = await db
    .selectFrom('rewards as w')
    .innerJoin('users as u', 'u.id', 'w.user_id')
    .select(['u.display_name', 'w.kind', 'w.ground', 'w.points', 'w.awarded_on'])
    .where('w.region_path', 'like', `${region.path}%`)
    .where('w.status', '=', 'approved')
    .where('w.awarded_on', '>=', period.start)
    .where('w.awarded_on', '<=', period.end)
    .orderBy('w.awarded_on')
    .execute();
  const teamItems = ['diary-compliance', 'attendance', 'verification', 'case-timeliness', 'satisfaction'] as const;
  return {
    month,
    cases,
    visitsByClass: byClass.map((r) => ({
      key: r.key,
      label: r.label,
      households: r.households,
      met: r.met,
      rate: Math.round(r.rate * 10_000) / 10_000,
    })),
    team: teamItems.map((item) => ({ item, done: facts[item]?.done ?? 0, of: facts[item]?.of ?? 0 })),
    meetings: { scheduled: schedule.length, held: held.length, types: [...new Set(schedule.map((m) => m.type))] },
    trainings,
    rewards: rewards.map((r) => ({
      userName: r.display_name,
      kind: r.kind,
      ground: r.ground,
      points: Number(r.points),
      awardedOn: r.awarded_on,
    })),
  };
}
