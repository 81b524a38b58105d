import { DomainError, scopeRoots } from '@gridwork/core';
import { addDays, diffDays, isValidDate, startOfShanghaiDay } from '@gridwork/core/calendar';
import { PRESETS, type PolicyValues } from '@gridwork/core/policy';
import type { AppContext } from '../../context';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { throwIfAny, type FieldProblem } from '../households/resident-input';
import { findPolicyInForce } from '../policy/policy.repository';
import { getRegionInScope, listRegionsByIds } from '../regions/regions.repository';
import * as repo from './statistics.repository';
import type { GroupBy, GroupSums, SatisfactionSums } from './statistics.repository';

/** The longest range one request may cover, in days (both ends included). */
export const MAX_RANGE_DAYS = 366;

export interface StatisticsQuery {
  regionId?: number;
  from: string;
  to: string;
  groupBy: GroupBy;
}

/**
 * Case statistics (issue 3, item 10) over the cohort of cases received in [from, to] (Asia/Shanghai
 * dates) under a region: every figure describes those cases as they stand now.
 */
export async function caseStatistics(ctx: AppContext, actor: SessionUser, q: StatisticsQuery) {
  const region = await getRegionInScope(ctx.db, actor, q.regionId ?? defaultRegionId(actor));
  checkRange(q.from, q.to);
  const cohort = {
    actor,
    regionPath: region.path,
    start: startOfShanghaiDay(q.from),
    end: startOfShanghaiDay(addDays(q.to, 1)),
    now: ctx.clock(),
  };
  const [cases, answers] = await Promise.all([repo.sumCases(ctx.db, cohort, q.groupBy), repo.sumSatisfaction(ctx.db, cohort, q.groupBy)]);
  const keys =
    q.groupBy === 'month'
      ? monthsBetween(q.from, q.to)
      : cases
          .filter((c) => c.key !== null)
          .sort((a, b) => b.received - a.received || String(a.key).localeCompare(String(b.key)))
          .map((c) => c.key!);
  const label = await labeller(ctx, q.groupBy, region.path, keys);
  const byKey = new Map(cases.map((c) => [c.key, c]));
  const answersByKey = new Map(answers.map((a) => [a.key, a]));
  return {
    from: q.from,
    to: q.to,
    regionId: region.id,
    groupBy: q.groupBy,
    total: rowOf('total', region.name, cases, answers),
    rows: keys.map((k) =>
      rowOf(
        k,
        label(k),
        [byKey.get(k)].filter((x) => x !== undefined),
        [answersByKey.get(k)].filter((x) => x !== undefined),
      ),
    ),
  };
}

/** Without a regionId: the top of the actor's scope (its first root). */
function defaultRegionId(actor: SessionUser): number {
  const root = scopeRoots(actor)[0];
  if (!root)
    throw new DomainError('VALIDATION_FAILED', 'regionId is required', [
      { field: 'querystring.regionId', message: 'required: the account has no region' },
    ]);
  return root[root.length - 1];
}

function checkRange(from: string, to: string): void {
  const problems: FieldProblem[] = [];
  if (!isValidDate(from)) problems.push({ field: 'querystring.from', message: 'not a real calendar date' });
  if (!isValidDate(to)) problems.push({ field: 'querystring.to', message: 'not a real calendar date' });
  throwIfAny(problems);
  const days = diffDays(from, to) + 1;
  if (days < 1) throwIfAny([{ field: 'querystring.to', message: 'must not be before from' }]);
  if (days > MAX_RANGE_DAYS) throwIfAny([{ field: 'querystring.to', message: `the range covers ${days} days; at most ${MAX_RANGE_DAYS}` }]);
}

/** 'YYYY-MM' of every month the range touches, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

type Sums = Pick<GroupSums, 'received' | 'closed' | 'decided' | 'onTime' | 'handled' | 'handledSeconds' | 'overdueOpen'>;

function rowOf(key: string, label: string, cases: GroupSums[], answers: SatisfactionSums[]) {
  const sum = <T>(list: T[], f: (x: T) => number) => list.reduce((s, x) => s + f(x), 0);
  const s: Sums = {
    received: sum(cases, (c) => c.received),
    closed: sum(cases, (c) => c.closed),
    decided: sum(cases, (c) => c.decided),
    onTime: sum(cases, (c) => c.onTime),
    handled: sum(cases, (c) => c.handled),
    handledSeconds: sum(cases, (c) => c.handledSeconds),
    overdueOpen: sum(cases, (c) => c.overdueOpen),
  };
  const satisfied = sum(answers, (a) => a.satisfied);
  const basicallySatisfied = sum(answers, (a) => a.basicallySatisfied);
  const unsatisfied = sum(answers, (a) => a.unsatisfied);
  const answered = satisfied + basicallySatisfied + unsatisfied;
  return {
    key,
    label,
    received: s.received,
    closed: s.closed,
    decided: s.decided,
    onTime: s.onTime,
    onTimeRate: s.decided > 0 ? round(s.onTime / s.decided, 4) : null,
    avgHandlingDays: s.handled > 0 ? round(s.handledSeconds / s.handled / 86_400, 1) : null,
    satisfaction: {
      satisfied,
      basicallySatisfied,
      unsatisfied,
      rate: answered > 0 ? round((satisfied + basicallySatisfied) / answered, 4) : null,
    },
    overdueOpen: s.overdueOpen,
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Display names (Chinese, as stored) of the group keys; the web app may localise codes itself. */
export async function labeller(ctx: AppContext, groupBy: GroupBy, regionPath: string, keys: string[]): Promise<(key: string) => string> {
  switch (groupBy) {
    case 'category': {
      const labels = await repo.categoryLabels(ctx.db);
      return (k) => labels.get(k) ?? k;
    }
    case 'region': {
      const names = new Map((await listRegionsByIds(ctx.db, keys.map(Number))).map((r) => [String(r.id), r.name]));
      return (k) => names.get(k) ?? k;
    }
    case 'month':
      return (k) => k;
    case 'tier':
    case 'case-class': {
      const inForce = await findPolicyInForce(ctx.db, parsePath(regionPath));
      const policies = [inForce?.values as PolicyValues | undefined, PRESETS.community, PRESETS.township].filter((p) => p !== undefined);
      return (k) => policyLabel(policies, groupBy, k) ?? k;
    }
  }
}

function policyLabel(policies: PolicyValues[], groupBy: 'tier' | 'case-class', code: string): string | undefined {
  for (const p of policies) {
    const label =
      groupBy === 'tier'
        ? p.tiers.ladder.find((t) => t.code === code)?.label
        : Object.hasOwn(p.caseClasses, code)
          ? p.caseClasses[code].label
          : undefined;
    if (label) return label.zh;
  }
  return undefined;
}
