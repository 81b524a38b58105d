/**
 * 成员档案 (issue "Team operations" item 4): one member's roles and areas, the year's rewards and
 * penalties (A10), diary weeks (A5.2) and attendance at meetings and training (A4, A6). Nothing is
 * counted here: the rewards are GET /rewards's list for the caller, the diary weeks the assessment's
 * fact, the attendance its drill-down records, this week's standing that of GET /diaries/status.
 * Read by the member and by whoever reads the people of the member's area (`user.read`).
 */
import { can, DomainError } from '@gridwork/core';
import { shanghaiDate } from '@gridwork/core/calendar';
import type { PolicyValues } from '@gridwork/core/policy';
import type { AppContext } from '../../context';
import { pathText } from '../../db/scope';
import { diaryCountOf } from '../assessment/assessment.service';
import { subjectFacts, type Subject } from '../assessment/assessment.facts';
import { periodFromText, type AssessmentPeriod } from '../assessment/assessment.period';
import { drillRecords } from '../assessment/assessment.records';
import { loadActor, type SessionUser } from '../auth/sessions.repository';
import { diaryStanding } from '../diaries/diary-status';
import { findPolicyInForce } from '../policy/policy.repository';
import { listRewards } from '../rewards/rewards.service';
import { findUserById } from '../users/users.repository';
import { getUserInScope } from '../users/users.service';
import { checkDates } from './dates';
import { teamBindingOf, type Member } from './members';

export interface AttendanceTally {
  present: number;
  late: number;
  absent: number;
  onLeave: number;
}

const OUTCOME_KEYS: Record<string, keyof AttendanceTally> = { present: 'present', late: 'late', absent: 'absent', 'on-leave': 'onLeave' };
const emptyTally = (): AttendanceTally => ({ present: 0, late: 0, absent: 0, onLeave: 0 });

/** The year's diary weeks (as the scores count them) and roll calls (as their drill-down lists them). */
async function workOf(ctx: AppContext, member: SessionUser, teamPath: readonly number[], period: AssessmentPeriod) {
  const path = pathText(teamPath);
  const subject: Subject = { type: 'worker', id: member.id, name: member.displayName, path };
  const members: Member[] = [{ userId: member.id, name: member.displayName, path }];
  const policy = await findPolicyInForce(ctx.db, [...teamPath]);
  const diaryCount = diaryCountOf((policy?.values ?? null) as PolicyValues | null);
  const [facts, roll] = await Promise.all([
    subjectFacts(ctx.db, path, [subject], members, period, diaryCount, { items: ['diary-compliance'] }),
    drillRecords(ctx.db, subject, members, 'attendance', period, diaryCount, path),
  ]);
  const diary = facts.get(member.id)?.['diary-compliance'];
  const meetings = emptyTally();
  const trainings = emptyTally();
  for (const r of roll) {
    const key = OUTCOME_KEYS[r.outcome];
    if (!key) continue;
    (r.ref?.type === 'training' ? trainings : meetings)[key] += 1;
  }
  return { weeks: diary?.of ?? 0, weeksMet: diary?.done ?? 0, meetings, trainings };
}

export async function memberProfile(ctx: AppContext, actor: SessionUser, id: number, year: number | undefined) {
  checkDates([['querystring.year', year]]);
  const self = id === actor.id;
  // outside the caller's area the person does not exist for them (404), as in /users
  const user = self ? await findUserById(ctx.db, id) : await getUserInScope(ctx, actor, id);
  if (!user) throw new DomainError('NOT_FOUND', `user ${id} not found`);
  const member = await loadActor(ctx.db, user.id, user.username, user.displayName);
  const reads = self || can(actor, 'user.manage', null) || member.roles.some((r) => can(actor, 'user.read', { path: r.path }));
  if (!reads) throw new DomainError('FORBIDDEN', "only the member and readers of their area's people read a member's profile");

  const today = shanghaiDate(ctx.clock());
  const y = year ?? Number(today.slice(0, 4));
  const period = periodFromText(String(y), today);
  const team = teamBindingOf(member);
  const [rewards, thisWeek, work] = await Promise.all([
    listRewards(ctx, actor, { userId: id, year: y }),
    diaryStanding(ctx, member, today),
    team ? workOf(ctx, member, team.path, period) : null,
  ]);
  return {
    id: user.id,
    name: user.displayName,
    active: user.active,
    teamMember: team !== null,
    roles: member.roles
      .filter((r) => self || can(actor, 'region.read', { path: r.path }))
      .map((r) => ({ role: r.role, regionId: r.regionId, regionName: r.regionName })),
    year: y,
    asOf: period.asOf,
    rewards: {
      items: rewards,
      // A10: only approved records count, as in the assessment
      points: rewards.filter((r) => r.status === 'approved').reduce((sum, r) => sum + r.points, 0),
    },
    diaries: { weeks: work?.weeks ?? 0, weeksMet: work?.weeksMet ?? 0, thisWeek },
    attendance: { meetings: work?.meetings ?? emptyTally(), trainings: work?.trainings ?? emptyTally() },
  };
}
