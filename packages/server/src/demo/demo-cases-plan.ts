/**
 * Demo cases, phase 1 (see demo-cases.ts): what each case is — grid, category, class, source,
 * reporter, text and place, its target status and optional steps — and when it was received, so
 * that open cases show the wanted light now and met ones fit their whole script before now.
 */
import { backEntryRoles, computeDeadline, intakeRoles, lightOf, type CaseStatus, type Light } from '@gridwork/core/cases';
import type { Rng } from '@gridwork/core/demo';
import { INSIDE, placePoint } from '@gridwork/core/geo';
import { isExtendable, tierLadderOf, timeLimitOf, warnShareOf, type PolicyValues } from '@gridwork/core/policy';
import type { ReporterRow } from '../modules/cases/cases.repository';
import { personOf, type AreaCtx, type Env, type GridCtx, type Person } from './demo-cases-context';
import {
  ADVICE_CATEGORIES,
  AGE_DAYS,
  CATEGORY_WEIGHTS,
  DAY,
  GIVEN_NAMES,
  HOUR,
  INTAKE_BY_SOURCE,
  LATE_SHARE,
  LIGHT_WEIGHTS,
  MINUTE,
  POST_STEPS,
  SOURCE_WEIGHTS,
  SURNAMES,
  TOPICS,
  type AreaKind,
  type Source,
} from './demo-cases-tables';

export interface CasePlan {
  seq: number;
  area: AreaCtx;
  at: GridCtx;
  target: CaseStatus;
  category: string;
  caseClass: string;
  source: Source;
  owner: Person;
  receivedAt: Date;
  intakeAt: Date;
  /** The cycle that meets the limit meets it late. */
  late: boolean;
  onSpot: boolean;
  /** First answer unsatisfied, handled again, then satisfied (closed and archived only). */
  redo: boolean;
  escalations: number;
  transfer: boolean;
  extension: 'none' | 'pending' | 'approved';
  classChange: string | null;
  reopenVia: 'reopen' | 'unsatisfied';
  /** Steps after the limit is met, and how long they take in all. */
  post: Array<'verify' | 'close' | 'archive'>;
  postMs: number;
  /** Reopened cases: when the new cycle starts. */
  reopenAt: number | null;
  title: string;
  description: string;
  reporter: ReporterRow | null;
  location: { lat: number; lng: number } | null;
  id: number;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng.next() * items.length)];
}

export function weighted<K extends string>(rng: Rng, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  let x = rng.next() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) if ((x -= w) < 0) return k;
  return entries[entries.length - 1][0];
}

export const shanghaiHour = (t: number): number => new Date(t + 8 * HOUR).getUTCHours();
export const isNight = (hour: number): boolean => hour < 8 || hour >= 21;

/** Moves a night-time instant back to 20:xx the evening before (Asia/Shanghai): residents report in the daytime. */
export function daytime(t: number): number {
  const hour = shanghaiHour(t);
  return isNight(hour) ? t - (hour >= 21 ? hour - 20 : hour + 4) * HOUR : t;
}

/** Moves a night-time instant on to 08:xx the next morning (Asia/Shanghai). */
export function workHours(t: number): number {
  const hour = shanghaiHour(t);
  return isNight(hour) ? t + (hour >= 21 ? 32 - hour : 8 - hour) * HOUR : t;
}

function classOf(rng: Rng, area: AreaCtx, category: string): string {
  const advice = ADVICE_CATEGORIES.includes(category);
  const weights: Record<string, number> =
    area.kind === 'town'
      ? advice
        ? { general: 90, complex: 10 }
        : { general: 55, complex: 32, major: 13 }
      : advice
        ? { consultation: 70, general: 30 }
        : { consultation: 5, general: 55, complex: 28, 'especially-complex': 12 };
  return weighted(rng, weights);
}

function reporterOf(rng: Rng, source: Source, kind: AreaKind): ReporterRow | null {
  const named = (): ReporterRow => ({
    name: pick(rng, SURNAMES) + pick(rng, GIVEN_NAMES),
    phone: `138${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
    anonymous: false,
    confidential: false,
  });
  const anonymous: ReporterRow = { name: null, phone: null, anonymous: true, confidential: false };
  const x = rng.next();
  switch (source) {
    case 'meeting':
    case 'superior':
      return null;
    case 'field':
      return x < 0.35 ? null : named();
    case 'hotline':
      // A9.4: supervision-hotline reports with a confidential reporter (street hotline only).
      if (kind === 'street' && x < 0.12) return { ...named(), confidential: true };
      return x < 0.27 ? anonymous : named();
    case 'online':
      return x < 0.2 ? anonymous : named();
    default:
      return named();
  }
}

function textOf(
  rng: Rng,
  area: AreaCtx,
  at: GridCtx,
  category: string,
  reporter: ReporterRow | null,
): { title: string; description: string } {
  const topic = pick(
    rng,
    TOPICS[category].filter((t) => !t.area || t.area === area.kind),
  );
  const spot = at.spots.length ? pick(rng, at.spots) : { name: at.grid.name, kind: 'compound' as const, point: null };
  const bld = area.kind === 'town' ? '' : spot.kind === 'building' ? `${rng.int(1, 4)}单元` : `${rng.int(1, 16)}号楼${rng.int(1, 4)}单元`;
  const resident = area.kind === 'town' ? '村民' : '居民';
  // A confidential or anonymous reporter's name never goes into the text (A9.4).
  const who = reporter?.name && !reporter.confidential ? `${resident}${reporter.name}` : reporter?.anonymous ? `匿名${resident}` : resident;
  const fill = (s: string) => s.replaceAll('{place}', spot.name).replaceAll('{bld}', bld).replaceAll('{who}', who);
  return { title: fill(topic.title), description: fill(topic.description) };
}

function locationOf(rng: Rng, at: GridCtx, source: Source): { lat: number; lng: number } | null {
  if (!['field', 'online', 'open311'].includes(source)) return null;
  const spots = at.spots.filter((s) => s.point);
  if (!spots.length) return null;
  const [lng0, lat0] = pick(rng, spots).point!;
  const lng = Number((lng0 + rng.between(-0.00015, 0.00015)).toFixed(6));
  const lat = Number((lat0 + rng.between(-0.00015, 0.00015)).toFixed(6));
  const inside = !at.shape || placePoint(at.shape, lng, lat) === INSIDE;
  return inside ? { lat, lng } : { lat: lat0, lng: lng0 };
}

/** Roughly how many calendar days the class's time limit spans. */
function spanDays(policy: PolicyValues, caseClass: string): number {
  const limit = timeLimitOf(policy, caseClass);
  return limit.unit === 'working-days' ? limit.value * 1.4 + 1 : limit.value + 1;
}

function deadlineOf(env: Env, area: AreaCtx, caseClass: string, receivedAt: number): number {
  return computeDeadline(new Date(receivedAt), timeLimitOf(area.policy.values, caseClass), env.calendar).deadline.getTime();
}

/** Open and unmet: a receipt time that gives the wanted light now. */
function receivedForLight(env: Env, area: AreaCtx, caseClass: string, light: Light, maxRedDays: number): number {
  const s = spanDays(area.policy.values, caseClass);
  const [lo, hi] =
    light === 'green'
      ? [0.02, 0.7 * s]
      : light === 'yellow'
        ? [0.7 * s, 1.1 * s]
        : [1.05 * s, Math.max(1.1 * s + 1, Math.min(s + maxRedDays, 100))];
  const warnShare = warnShareOf(area.policy.values);
  let r = env.cap;
  for (let attempt = 0; attempt < 60; attempt++) {
    r = daytime(env.now.getTime() - env.rng.between(lo, hi) * DAY);
    const deadline = new Date(deadlineOf(env, area, caseClass, r));
    if (lightOf({ clockStart: new Date(r), deadline, metAt: null }, env.now, warnShare) === light) return r;
  }
  return r;
}

/** A plan before its times are chosen. */
type PlanDraft = Omit<CasePlan, 'receivedAt' | 'intakeAt'>;

/** Met: a receipt old enough for the whole script (late meeting, second round, steps after) to fit before now. */
function receivedForMet(env: Env, area: AreaCtx, plan: PlanDraft): number {
  const [lo, hi] = AGE_DAYS[plan.target]!;
  let r = env.cap;
  for (let attempt = 0; attempt < 40; attempt++) {
    r = daytime(env.now.getTime() - env.rng.between(lo, hi) * DAY);
    const span = deadlineOf(env, area, plan.caseClass, r) - r;
    const met = plan.late ? r + span + 6 * DAY + (plan.extension === 'approved' ? 15 * DAY : 0) : r + 0.7 * span;
    const end = met + (plan.redo ? 1.5 * span + 6 * DAY : 0) + plan.postMs + 2 * HOUR;
    if (end <= env.cap) return r;
  }
  plan.late = false;
  plan.redo = false;
  return daytime(env.now.getTime() - hi * DAY);
}

/**
 * Reopened: the reopening time gives the wanted light of the new cycle now (its deadline counts
 * from the reopening); the first cycle lies before it.
 */
function timesForReopened(env: Env, area: AreaCtx, plan: PlanDraft): { receivedAt: number; reopenAt: number } {
  const reopenAt = receivedForLight(env, area, plan.caseClass, weighted(env.rng, { green: 40, yellow: 25, red: 35 }), 25);
  const span = spanDays(area.policy.values, plan.caseClass) * DAY;
  const before = span * env.rng.between(plan.late ? 1.3 : 0.5, plan.late ? 2 : 1.2) + plan.postMs + 3 * HOUR;
  return { receivedAt: daytime(reopenAt - before), reopenAt };
}

/** What the case is: grid, category, class, source, owner, reporter, text, and which optional steps it takes. */
function draftOf(env: Env, area: AreaCtx, seq: number, target: CaseStatus): PlanDraft {
  const { rng } = env;
  const at =
    area.grids[
      weightedIndex(
        rng,
        area.grids.map((g) => g.weight),
      )
    ];
  const category = weighted(rng, CATEGORY_WEIGHTS);
  const caseClass = classOf(rng, area, category);
  const source = weighted(rng, SOURCE_WEIGHTS[area.kind]);
  const owner = personOf(at, INTAKE_BY_SOURCE[source], (p) => p.roles.some((r) => intakeRoles.includes(r))) ?? personOf(at, ['admin'])!;
  const reporter = reporterOf(rng, source, area.kind);
  const met = AGE_DAYS[target] !== undefined;
  const extendable = isExtendable(area.policy.values, caseClass);
  const ladder = tierLadderOf(area.policy.values);
  const reopenVia = rng.next() < 0.55 ? 'reopen' : 'unsatisfied';
  const post =
    POST_STEPS[target] ?? (target === 'reopened' && reopenVia === 'reopen' ? (['verify', 'close'] as const).slice(0, rng.int(0, 2)) : []);
  return {
    seq,
    area,
    at,
    target,
    category,
    caseClass,
    source,
    owner,
    late: met && rng.next() < (['rejected', 'merged'].includes(target) ? LATE_SHARE / 2 : LATE_SHARE),
    onSpot: ['fed-back', 'verified', 'closed', 'archived'].includes(target) && rng.next() < (target === 'fed-back' ? 0.35 : 0.2),
    redo: ['closed', 'archived'].includes(target) && rng.next() < 0.08,
    escalations: rng.next() < 0.06 ? Math.min(2, ladder.length - 1) : rng.next() < 0.18 ? 1 : 0,
    transfer: rng.next() < 0.08,
    extension: !extendable ? 'none' : rng.next() < 0.6 ? (target === 'in-progress' && rng.next() < 0.5 ? 'pending' : 'approved') : 'none',
    classChange: met && target !== 'reopened' && rng.next() < 0.1 ? nextClass(area, caseClass) : null,
    reopenVia,
    post: [...post],
    postMs: post.reduce((sum, s) => sum + (s === 'archive' ? rng.between(1, 10) * DAY : rng.between(3 * HOUR, 3 * DAY)), 0),
    reopenAt: null,
    ...textOf(rng, area, at, category, reporter),
    reporter,
    location: locationOf(rng, at, source),
    id: 0,
  };
}

/**
 * When the case was received and entered: from the wanted light now (open, unmet), the reopening
 * (reopened, which sets `plan.reopenAt`) or the whole script fitting before now (met, which may
 * drop `plan.late` and `plan.redo`).
 */
function timesOf(env: Env, plan: PlanDraft): { receivedAt: Date; intakeAt: Date } {
  const { rng } = env;
  const { area, target, caseClass, source, owner } = plan;
  const lights = LIGHT_WEIGHTS[target];
  let receivedAt: number;
  if (lights) receivedAt = receivedForLight(env, area, caseClass, weighted(rng, lights), target === 'received' ? 6 : 40);
  else if (target === 'reopened') ({ receivedAt, reopenAt: plan.reopenAt } = timesForReopened(env, area, plan));
  else receivedAt = receivedForMet(env, area, plan);
  // Back-entry of a paper or phone record a little later, by those who may (contract: receivedAt).
  const backEntry = ['hotline', 'walk-in'].includes(source) && owner.roles.some((r) => backEntryRoles.includes(r)) && rng.next() < 0.25;
  const intakeAt = backEntry ? Math.min(workHours(receivedAt + rng.between(20 * MINUTE, 5 * HOUR)), env.cap - 30 * MINUTE) : receivedAt;
  return { receivedAt: new Date(receivedAt), intakeAt: new Date(Math.max(receivedAt, intakeAt)) };
}

/** One case of `area` with the final status `target`; `seq` orders cases received at the same instant. */
export function planCase(env: Env, area: AreaCtx, seq: number, target: CaseStatus): CasePlan {
  const plan = draftOf(env, area, seq, target);
  const times = timesOf(env, plan); // may change the draft: times first, then the copy
  return { ...plan, ...times };
}

function weightedIndex(rng: Rng, weights: number[]): number {
  let x = rng.next() * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < weights.length; i++) if ((x -= weights[i]) < 0) return i;
  return weights.length - 1;
}

/** Accepted as the next, more demanding class of the policy (D4), if there is one. */
function nextClass(area: AreaCtx, caseClass: string): string | null {
  const classes = Object.keys(area.policy.values.caseClasses);
  return classes[classes.indexOf(caseClass) + 1] ?? null;
}
