/**
 * Demo cases, phase 2 (see demo-cases.ts): a case played through the pure core. A `Flow` holds
 * the case state and its timeline; each step applies one workflow action as the demo account that
 * would really act, at increasing times kept before now (and in the daytime where that fits).
 */
import {
  applyCaseAction,
  computeDeadline,
  intakeEntryOf,
  isHandlerOrResponder,
  mayTakeAction,
  newCase,
  type ActionName,
  type CaseAction,
  type CaseState,
  type Satisfaction,
  type TimelineEntry,
} from '@gridwork/core/cases';
import type { Rng } from '@gridwork/core/demo';
import { isExtendable, nextTierOf, tierLadderOf, type PolicyValues } from '@gridwork/core/policy';
import { personOf, type Env, type Person } from './demo-cases-context';
import { daytime, isNight, pick, shanghaiHour, workHours, type CasePlan } from './demo-cases-plan';
import {
  CLERKS,
  COORDINATORS,
  DEPARTMENT_CATEGORIES,
  DEPARTMENT_UNITS,
  HANDLERS_BY_TIER,
  MINUTE,
  OFFICE_UNITS,
  REASONS,
  RESPONSES,
  VERIFIERS,
} from './demo-cases-tables';

export class Flow {
  c: CaseState;
  readonly entries: TimelineEntry[] = [];
  /** The time of the latest step. */
  cursor: number;
  /** Steps before the final one stay before this (the reopening of a reopened case, else now). */
  readonly limit: number;

  constructor(
    readonly plan: CasePlan,
    readonly env: Env,
  ) {
    const { area, owner } = plan;
    const defaultTier = env.defaultTiers.get(plan.category);
    const ladder = tierLadderOf(area.policy.values).map((t) => t.code);
    this.c = newCase({
      id: plan.id,
      receivedAt: plan.receivedAt,
      caseClass: plan.caseClass,
      tier: defaultTier && ladder.includes(defaultTier) ? defaultTier : undefined,
      ownerId: owner.id,
      policy: area.policy.values,
      policyVersion: area.policy.version,
      calendar: env.calendar,
      now: plan.intakeAt,
    });
    this.entries.push(intakeEntryOf(this.c, owner.id, plan.intakeAt));
    this.cursor = plan.intakeAt.getTime();
    this.limit = plan.reopenAt === null ? env.cap : plan.reopenAt - 30 * MINUTE;
  }

  get rng(): Rng {
    return this.env.rng;
  }

  get policy(): PolicyValues {
    return this.plan.area.policy.values;
  }

  /** The first of `usernames` (then any coordinator, then admin) whose roles allow `action` on the case now. */
  who(action: ActionName, usernames: readonly string[]): Person {
    const ok = (p: Person) =>
      mayTakeAction(this.c, { id: p.id, roles: p.roles }, action) && (action !== 'verify' || !isHandlerOrResponder(this.c, p.id));
    const p = personOf(this.plan.at, [...usernames, ...COORDINATORS], ok);
    if (!p) throw new Error(`demo cases: nobody may ${action} case ${this.c.id}`);
    return p;
  }

  usernameOf(id: number | null): string[] {
    const p = id === null ? undefined : this.plan.at.people.find((x) => x.id === id);
    return p ? [p.username] : [];
  }

  act(action: CaseAction, who: Person, at: number): void {
    if (at <= this.cursor) at = this.cursor + MINUTE;
    at = this.inDaytime(at);
    if (at > this.env.cap) throw new Error(`demo cases: step ${action.action} of case ${this.c.id} would lie in the future`);
    const { next, entry } = applyCaseAction(this.c, action, {
      actor: { id: who.id, roles: who.roles },
      now: new Date(at),
      policy: this.policy,
      calendar: this.env.calendar,
      expectedVersion: this.c.version,
    });
    this.c = next;
    this.entries.push(entry);
    this.cursor = at;
  }

  /**
   * Moves a night-time step to the evening before or the next morning, when that keeps the order
   * of the steps, stays before the limit, and keeps the step on its side of the running deadline.
   */
  private inDaytime(at: number): number {
    if (!isNight(shanghaiHour(at))) return at;
    const deadline = this.c.deadline.getTime();
    const latest = Math.max(at, this.limit);
    for (const t of [daytime(at), workHours(at)]) {
      if (t > this.cursor && t <= latest && t <= this.env.cap && t <= deadline === at <= deadline) return t;
    }
    return at;
  }
}

export type Step = (f: Flow, at: number) => void;

/** Spreads the steps over (cursor, until]: increasing times, stratified so none bunch up. */
export function run(f: Flow, steps: Step[], until: number): void {
  const from = f.cursor;
  const to = Math.min(f.limit, Math.max(until, from + steps.length * 10 * MINUTE));
  steps.forEach((step, i) => {
    const t = from + ((to - from) * (i + f.rng.between(0.2, 0.95))) / steps.length;
    step(f, Math.round(t / 1000) * 1000);
  });
}

/** Who handles: a department for some categories, else someone of the current tier. */
function handlerFor(f: Flow): Person {
  const { plan, c } = f;
  const wantsDepartment = DEPARTMENT_CATEGORIES.includes(plan.category) && f.rng.next() < (plan.area.kind === 'town' ? 0.45 : 0.25);
  const names = wantsDepartment ? ['dept1'] : (HANDLERS_BY_TIER[c.tier] ?? ['street1', 'town1']);
  return personOf(plan.at, [...names, 'street1', 'town1', 'admin'])!;
}

/** The handling unit of `p` for this case, by the first of their roles that reaches the grid. */
function unitOf(f: Flow, p: Person): string {
  const { area, at, category } = f.plan;
  const role = p.roles[0];
  if (role === 'department-handler') return DEPARTMENT_UNITS[category] ?? '区住房和城乡建设委员会';
  if (role === 'street-officer' || role === 'town-officer')
    return area.top.name + (OFFICE_UNITS[area.kind][category] ?? (area.kind === 'street' ? '城市管理办公室' : '人民政府'));
  if (role === 'community-lead') return at.community.name + (at.community.name.endsWith('村') ? '村民委员会' : '居民委员会');
  if (role === 'workstation-staff') return at.workstation?.name ?? at.community.name;
  if (role === 'grid-leader' || role === 'grid-worker') return at.grid.name;
  return area.top.name;
}

/** The workflow steps a script is made of; each picks the demo account that would really act. */
export const step = {
  escalate: (): Step => (f, at) => {
    if (nextTierOf(f.policy, f.c.tier) === null) return;
    f.act(
      { action: 'escalate', reason: pick(f.rng, REASONS.escalate) },
      f.who('escalate', f.rng.next() < 0.5 ? f.usernameOf(f.c.ownerId) : COORDINATORS),
      at,
    );
  },
  accept:
    (caseClass: string | null): Step =>
    (f, at) =>
      f.act(caseClass ? { action: 'accept', caseClass } : { action: 'accept' }, f.who('accept', COORDINATORS), at),
  assign: (): Step => (f, at) => {
    const h = handlerFor(f);
    f.act({ action: 'assign', handlingUnit: unitOf(f, h), handlerId: h.id }, f.who('assign', COORDINATORS), at);
  },
  transfer: (): Step => (f, at) => {
    const others = f.plan.at.people.filter(
      (p) =>
        p.id !== f.c.handlerId &&
        p.roles.some((r) => ['workstation-staff', 'community-lead', 'street-officer', 'town-officer', 'department-handler'].includes(r)),
    );
    if (!others.length) return;
    const to = pick(f.rng, others);
    f.act(
      { action: 'transfer', toUserId: to.id, toUnit: unitOf(f, to), explanation: pick(f.rng, REASONS.transfer) },
      f.who('transfer', f.usernameOf(f.c.handlerId)),
      at,
    );
  },
  start: (): Step => (f, at) => f.act({ action: 'start' }, f.who('start', f.usernameOf(f.c.handlerId)), at),
  requestExtension: (): Step => (f, at) => {
    if (f.c.extension || !isExtendable(f.policy, f.c.caseClass) || at >= f.c.deadline.getTime()) return;
    const proposedDeadline = computeDeadline(f.c.deadline, { value: f.rng.int(5, 10), unit: 'working-days' }, f.env.calendar).deadline;
    f.act(
      { action: 'request-extension', reason: pick(f.rng, REASONS.extension), proposedDeadline },
      f.who('request-extension', f.usernameOf(f.c.handlerId)),
      at,
    );
  },
  decideExtension: (): Step => (f, at) => {
    const request = f.c.extension;
    if (!request || request.proposedDeadline.getTime() <= at) return;
    const deciders = COORDINATORS.filter((u) => !f.usernameOf(request.requestedBy).includes(u));
    f.act({ action: 'decide-extension', approve: true, reason: pick(f.rng, REASONS.decide) }, f.who('decide-extension', deciders), at);
  },
  respond: (): Step => (f, at) =>
    f.act({ action: 'respond', details: pick(f.rng, RESPONSES[f.plan.category]) }, f.who('respond', f.usernameOf(f.c.handlerId)), at),
  feedback:
    (satisfaction: Satisfaction): Step =>
    (f, at) => {
      const note = satisfaction === 'unsatisfied' ? '居民认为问题未根本解决，要求重新处理。' : '电话回访，居民对处理结果表示认可。';
      f.act({ action: 'feedback', satisfaction, note }, f.who('feedback', f.usernameOf(f.c.ownerId)), at);
    },
  resolveOnSpot: (): Step => (f, at) =>
    f.act(
      { action: 'resolve-on-spot', details: `现场${pick(f.rng, RESPONSES[f.plan.category])}` },
      f.who('resolve-on-spot', f.usernameOf(f.c.ownerId)),
      at,
    ),
  verify: (): Step => (f, at) =>
    f.act(
      { action: 'verify', note: '现场核查，处理到位。' },
      f.who('verify', f.rng.next() < 0.5 ? VERIFIERS : [...VERIFIERS.slice(1), VERIFIERS[0]]),
      at,
    ),
  close: (): Step => (f, at) => {
    const handler = f.plan.at.people.find((p) => p.id === (f.c.handlerId ?? f.c.respondedBy)) ?? f.plan.owner;
    const completedAt = new Date(Math.min(f.c.metAt?.getTime() ?? at, at));
    const satisfaction = f.c.feedback?.satisfaction === 'basically-satisfied' ? '基本满意' : '满意';
    const details = `${pick(f.rng, RESPONSES[f.plan.category])}经回访，居民${satisfaction}。`;
    f.act(
      { action: 'close', handlingUnit: f.c.handlingUnit ?? unitOf(f, handler), handler: handler.name, completedAt, details },
      f.who('close', CLERKS),
      at,
    );
  },
  archive: (): Step => (f, at) => f.act({ action: 'archive' }, f.who('archive', CLERKS), at),
  reopen: (): Step => (f, at) =>
    f.act({ action: 'reopen', reason: pick(f.rng, REASONS.reopen) }, f.who('reopen', ['supervisor1', ...COORDINATORS]), at),
  reject: (): Step => (f, at) => f.act({ action: 'reject', reason: pick(f.rng, REASONS.reject) }, f.who('reject', COORDINATORS), at),
  merge:
    (intoCaseId: number): Step =>
    (f, at) =>
      f.act({ action: 'merge', intoCaseId }, f.who('merge', COORDINATORS), at),
};
