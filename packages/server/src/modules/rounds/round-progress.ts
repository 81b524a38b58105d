/**
 * Loads what a month's rounds need (policy, team, households, visits, reports) for a set of grids in a
 * few queries, and computes each grid's progress with core/rounds (C2.2, C7.1, D6).
 */
import { can, DomainError, type Actor } from '@gridwork/core';
import { addDays, endOfShanghaiDay, startOfShanghaiDay } from '@gridwork/core/calendar';
import type { PolicyValues } from '@gridwork/core/policy';
import {
  computeRoundProgress,
  monthRange,
  roundRulesOf,
  roundWindowOf,
  visitingWindowOf,
  type RoundProgress,
  type RoundRules,
} from '@gridwork/core/rounds';
import type { AppContext } from '../../context';
import { parsePath } from '../auth/sessions.repository';
import * as repo from './rounds.repository';

/** Visits start at most 12 hours before a day they reach into (the visits table's own limit). */
const MAX_VISIT_MS = 12 * 3_600_000;

export interface GridRound {
  grid: repo.GridRow;
  rules: RoundRules;
  progress: RoundProgress;
  members: Array<{ userId: number; displayName: string }>;
  households: Map<number, string>;
  visits: repo.RoundVisitRow[];
  report: { id: number; status: 'draft' | 'submitted' | 'acknowledged'; submittedAt: Date | null } | null;
}

type PolicyRow = Awaited<ReturnType<typeof repo.listPoliciesOn>>[number];

/** The nearest ancestor's newest version among `rows` (the policy in force for the grid). */
function policyOfGrid(path: number[], rows: PolicyRow[]): PolicyRow | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const hit = rows.find((r) => r.regionId === path[i]);
    if (hit) return hit;
  }
  return null;
}

/**
 * The round rules for each grid from the policy in force at the end of the month (or now, if
 * earlier; the latest policy for months before the first version, as visit status does). Grids whose policy has no
 * rounds are left out; when none has them → POLICY_INCOMPLETE (422).
 */
async function rulesByGrid(ctx: AppContext, grids: repo.GridRow[], month: string, now: Date): Promise<Map<number, RoundRules>> {
  const monthEnd = endOfShanghaiDay(monthRange(month, 'querystring.month').end);
  const at = monthEnd.getTime() < now.getTime() ? monthEnd : now;
  const ids = [...new Set(grids.flatMap((g) => parsePath(g.path)))];
  const [dated, current] = await Promise.all([repo.listPoliciesOn(ctx.db, ids, at), repo.listPoliciesOn(ctx.db, ids)]);
  const out = new Map<number, RoundRules>();
  let firstError: unknown = null;
  for (const g of grids) {
    const path = parsePath(g.path);
    const policy = policyOfGrid(path, dated) ?? policyOfGrid(path, current);
    if (!policy) {
      firstError ??= new DomainError('POLICY_INCOMPLETE', `no policy is in force for grid ${g.id}`);
      continue;
    }
    try {
      out.set(g.id, roundRulesOf(policy.values as PolicyValues, policy.version));
    } catch (error) {
      firstError ??= error;
    }
  }
  if (out.size === 0 && firstError) throw firstError;
  return out;
}

/** POLICY_INCOMPLETE (422) unless the policy in force at the region at `path` has the township rhythm. */
export async function assertRoundsApply(ctx: AppContext, path: string, month: string): Promise<void> {
  const id = parsePath(path).at(-1)!;
  await rulesByGrid(ctx, [{ id, name: '', code: '', path, topRegionId: id }], month, ctx.clock());
}

/** Each grid's round for `month` as of now (grids without rounds in their policy are left out). */
export async function loadRounds(ctx: AppContext, grids: repo.GridRow[], month: string): Promise<GridRound[]> {
  const now = ctx.clock();
  const rules = await rulesByGrid(ctx, grids, month, now);
  const withRounds = grids.filter((g) => rules.has(g.id));
  const ids = withRounds.map((g) => g.id);
  const range = monthRange(month);
  const windowEnd = (g: repo.GridRow) => {
    const r = rules.get(g.id)!;
    const end = roundWindowOf(r, month)?.end ?? visitingWindowOf(r, month).end;
    return endOfShanghaiDay(end);
  };
  const until = withRounds.reduce(
    (max, g) => (windowEnd(g).getTime() > max.getTime() ? windowEnd(g) : max),
    startOfShanghaiDay(range.start),
  );
  const [calendar, team, households, visits, reports] = await Promise.all([
    ctx.calendar.get(),
    repo.listTeamMembers(ctx.db, ids),
    repo.listHouseholds(ctx.db, ids, until),
    repo.listVisits(
      ctx.db,
      ids,
      new Date(startOfShanghaiDay(range.start).getTime() - MAX_VISIT_MS),
      startOfShanghaiDay(addDays(range.end, 1)),
    ),
    repo.listReportsOf(ctx.db, ids, month),
  ]);
  return withRounds.map((grid) => {
    const end = windowEnd(grid).getTime();
    const members = team.filter((m) => m.gridId === grid.id);
    const own = households.filter((h) => h.gridId === grid.id && h.topRegionId === grid.topRegionId);
    const ownVisits = visits.filter((v) => v.gridId === grid.id);
    const report = reports.find((r) => r.gridId === grid.id) ?? null;
    const progress = computeRoundProgress({
      month,
      now,
      rules: rules.get(grid.id)!,
      calendar,
      members: members.map((m) => m.userId),
      households: own.filter((h) => h.createdAt.getTime() <= end).map((h) => h.id),
      visits: ownVisits,
      report,
    });
    return {
      grid,
      rules: rules.get(grid.id)!,
      progress,
      members,
      households: new Map(own.map((h) => [h.id, h.address])),
      visits: ownVisits,
      report,
    };
  });
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

/** The JSON of one grid's progress (GET /rounds/progress). */
export function presentProgress(r: GridRound, actor: Actor, isoOf: (d: Date) => string) {
  const p = r.progress;
  const path = parsePath(r.grid.path);
  const names = new Map(r.members.map((m) => [m.userId, m.displayName]));
  return {
    gridId: r.grid.id,
    gridName: r.grid.name,
    month: p.month,
    asOf: p.asOf,
    policyVersion: p.policyVersion ?? null,
    status: p.status,
    window: p.window,
    workingDays: p.workingDays,
    workingDaysSoFar: p.workingDaysSoFar,
    minHours: p.minHours,
    deadline: isoOf(p.deadline),
    members: p.members.map((m) => ({
      userId: Number(m.memberId),
      displayName: names.get(Number(m.memberId)) ?? String(m.memberId),
      workingDays: m.workingDays,
      workingDaysSoFar: m.workingDaysSoFar,
      daysMet: m.daysMet,
      daysMissed: m.daysMissed,
      visits: m.visits,
      hours: round2(m.hours),
      days: m.days.map((d) => ({ date: d.date, hours: round2(d.hours), met: d.met, status: d.status })),
    })),
    round: p.round && {
      window: p.round.window,
      total: p.round.total,
      reached: p.round.reached,
      status: p.round.status,
      notReached: p.round.notReached.map((id) => ({ householdId: Number(id), address: r.households.get(Number(id)) ?? '' })),
    },
    report: p.report && {
      due: isoOf(p.report.due),
      id: r.report?.id ?? null,
      status: r.report?.status ?? null,
      submittedAt: p.report.submittedAt ? isoOf(p.report.submittedAt) : null,
      onTime: p.report.onTime,
    },
    /** What the caller may do with this grid's round (the web app shows buttons from these). */
    abilities: {
      createReport: p.round !== null && r.report === null && can(actor, 'round.prepare', { path }),
      prepare: can(actor, 'round.prepare', { path }),
      acknowledge: can(actor, 'round.acknowledge', { path }),
    },
  };
}
