/**
 * `GET /api/v1/diaries/status` (API contract, A5.2, D9): one entry per team member per week, as an
 * obligation evaluated as of the end of `date` like a household's visit status.
 */
import { can, DomainError } from '@gridwork/core';
import { endOfShanghaiDay, shanghaiDate, startOfShanghaiDay } from '@gridwork/core/calendar';
import { engineObligationOf, evaluate, periodOf, type EngineObligation } from '@gridwork/core/obligations';
import { obligationsOf, warnShareOf, type PolicyValues } from '@gridwork/core/policy';
import type { AppContext } from '../../context';
import type { SessionUser } from '../auth/sessions.repository';
import { checkDates } from '../team/dates';
import { findPolicyInForce } from '../policy/policy.repository';
import { loadMember, teamBindingOf } from '../team/members';
import { listEntryTimes } from './diaries.repository';

export interface DiaryStatus {
  userId: number;
  date: string;
  period: { start: string; end: string };
  required: number;
  done: number;
  remaining: number;
  status: 'met' | 'due' | 'at-risk' | 'overdue';
  rule: string;
  policyVersion: number | null;
}

/** The policy's diary obligation for team members (A5.2; township C4), or null when the policy sets none. */
function diaryObligation(values: Parameters<typeof obligationsOf>[0], version: number): EngineObligation | null {
  const entry = obligationsOf(values).find((o) => o.section === 'diary' && o.obligation.subject === 'team-member');
  return entry ? engineObligationOf(entry, version) : null;
}

export async function diaryStatus(
  ctx: AppContext,
  actor: SessionUser,
  userId: number | undefined,
  date: string | undefined,
): Promise<DiaryStatus> {
  checkDates([['querystring.date', date]]);
  const d = date ?? shanghaiDate(ctx.clock());
  const user = userId === undefined || userId === actor.id ? actor : await loadMember(ctx, userId);
  const team = teamBindingOf(user);
  if (user.id !== actor.id) {
    const paths = team ? [team.path] : user.roles.map((r) => r.path);
    if (!paths.some((path) => can(actor, 'diary.read', { path, record: { authorId: user.id } }))) {
      throw new DomainError('FORBIDDEN', "only the member's reviewers read their diary standing");
    }
  }
  return diaryStanding(ctx, user, d);
}

/** The member's standing as of the end of `d` (a real date); the caller has checked who may read it. */
export async function diaryStanding(ctx: AppContext, user: SessionUser, d: string): Promise<DiaryStatus> {
  const team = teamBindingOf(user);
  const policy = team ? await findPolicyInForce(ctx.db, [...team.path]) : null;
  const values = policy ? (policy.values as PolicyValues) : null;
  const obligation = policy && values ? diaryObligation(values, policy.version) : null;
  const week = periodOf('week', d);
  if (!obligation) {
    // not a team member (or the policy asks nothing): nothing is required
    return {
      userId: user.id,
      date: d,
      period: week,
      required: 0,
      done: 0,
      remaining: 0,
      status: 'met',
      rule: 'A5.2',
      policyVersion: policy?.version ?? null,
    };
  }
  const period = periodOf(obligation.period, d);
  const times = await listEntryTimes(
    ctx.db,
    user.id,
    startOfShanghaiDay(period.start),
    new Date(endOfShanghaiDay(period.end).getTime() + 1),
  );
  const records = times.map((at) => ({ subjectId: user.id, countsToward: true, at }));
  const e = evaluate(obligation, user.id, records, d, { warnShare: warnShareOf(values!), onePerDay: false });
  return {
    userId: user.id,
    date: d,
    period: e.period,
    required: e.required,
    done: e.done,
    remaining: e.remaining,
    status: e.status,
    rule: obligation.rule ?? 'A5.2',
    policyVersion: policy!.version,
  };
}
