/**
 * Checks the schema cannot express: known rule IDs, window order, unique codes and references
 * between sections. They read the raw document defensively, each on the parts it needs, so that
 * one call reports every problem of a bad edit together with the schema's own.
 */
import { Value } from '@sinclair/typebox/value';
import { isRuleId } from './rule-ids';
import { DayLimit, RULE_ID_PATTERN, Window } from './schema-parts';
import { OBLIGATION_SECTIONS } from './schema';

/** Stable codes of policy problems: the web shows its own text per code, with `params`. */
export type PolicyProblemCode =
  | 'INVALID'
  | 'TYPE'
  | 'REQUIRED'
  | 'UNKNOWN_PROPERTY'
  | 'ONE_OF'
  | 'CODE_FORMAT'
  | 'RULE_ID_FORMAT'
  | 'MINIMUM'
  | 'MAXIMUM'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'TOO_FEW'
  | 'TOO_MANY'
  | 'UNKNOWN_RULE'
  | 'WINDOW_PERIOD'
  | 'WINDOW_ORDER'
  | 'MONTH_OF_PERIOD_NOT_APPLICABLE'
  | 'MONTH_OF_PERIOD_MISSING'
  | 'MONTH_OF_PERIOD_RANGE'
  | 'DUPLICATE_TIER'
  | 'UNKNOWN_TIER'
  | 'REFERRAL_TOO_LATE'
  | 'UNKNOWN_MEETING'
  | 'DAY_AND_WEEKDAY'
  | 'UNKNOWN_VISIT_CLASS'
  | 'CLASS_RATE_TWICE'
  | 'DUPLICATE_CUSTOMER_CLASS'
  | 'ITEM_WEIGHTED_TWICE';

export interface PolicyProblem {
  path: string;
  code: PolicyProblemCode;
  /** In English, for logs and scripts. */
  message: string;
  params?: Record<string, string | number>;
}

const problem = (path: string, code: PolicyProblemCode, message: string, params?: PolicyProblem['params']): PolicyProblem =>
  params ? { path, code, message, params } : { path, code, message };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const get = (v: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((node, k) => (isObj(node) ? node[k] : undefined), v);
const entries = (v: unknown): [string, Obj][] => (isObj(v) ? Object.entries(v).filter((e): e is [string, Obj] => isObj(e[1])) : []);
const strings = (v: unknown): [number, string][] =>
  Array.isArray(v) ? v.flatMap((s, i): [number, string][] => (typeof s === 'string' ? [[i, s]] : [])) : [];

export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

const wellFormedRule = new RegExp(RULE_ID_PATTERN);
const unknownRule = (path: string, id: string) => problem(path, 'UNKNOWN_RULE', `Unknown rule ID "${id}" (not in RULES.md)`, { id });

/** Every well-formed `rule` and `see` entry anywhere names a rule of RULES.md (malformed ones: the schema). */
function checkRuleIds(node: unknown, path: string, out: PolicyProblem[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => checkRuleIds(child, `${path}/${i}`, out));
    return;
  }
  if (!isObj(node)) return;
  for (const [key, child] of Object.entries(node)) {
    const at = `${path}/${escapePointer(key)}`;
    const known = (id: unknown) => typeof id !== 'string' || !wellFormedRule.test(id) || isRuleId(id);
    if (key === 'rule') {
      if (!known(child)) out.push(unknownRule(at, child as string));
    } else if (key === 'see' && Array.isArray(child)) {
      child.forEach((id, i) => known(id) || out.push(unknownRule(`${at}/${i}`, id)));
    } else {
      checkRuleIds(child, at, out);
    }
  }
}

const MONTHS_IN: Partial<Record<string, number>> = { quarter: 3, year: 12 };
const WINDOW_PERIODS = new Set(['working-day', 'day', 'month', 'quarter', 'year']);

/** D9 windows: from ≤ to, only on periods that have days of a month, month of period for quarter/year. */
function checkWindow(ob: Obj, at: string, out: PolicyProblem[]): void {
  const { window: w, period } = ob;
  if (!Value.Check(Window, w) || typeof period !== 'string') return;
  if (!WINDOW_PERIODS.has(period)) out.push(problem(at, 'WINDOW_PERIOD', `A window cannot apply to the period "${period}"`, { period }));
  if (w.fromDay > w.toDay)
    out.push(problem(`${at}/fromDay`, 'WINDOW_ORDER', `fromDay ${w.fromDay} is after toDay ${w.toDay}`, { from: w.fromDay, to: w.toDay }));
  const months = MONTHS_IN[period];
  if (months === undefined) {
    if (w.monthOfPeriod !== undefined)
      out.push(problem(`${at}/monthOfPeriod`, 'MONTH_OF_PERIOD_NOT_APPLICABLE', 'monthOfPeriod applies only to quarter or year periods'));
  } else if (w.monthOfPeriod === undefined) {
    out.push(problem(at, 'MONTH_OF_PERIOD_MISSING', `A ${period} window needs monthOfPeriod`, { period }));
  } else if (w.monthOfPeriod > months) {
    out.push(problem(`${at}/monthOfPeriod`, 'MONTH_OF_PERIOD_RANGE', `A ${period} has only ${months} months`, { period, months }));
  }
}

/** Unique tier codes; returns the codes for reference checks, or null when there is no ladder. */
function checkTiers(raw: unknown, out: PolicyProblem[]): Set<string> | null {
  const ladder = get(raw, 'tiers', 'ladder');
  if (!Array.isArray(ladder)) return null;
  const codes = new Set<string>();
  for (const [i, code] of strings(ladder.map((t) => get(t, 'code')))) {
    if (codes.has(code)) out.push(problem(`/tiers/ladder/${i}/code`, 'DUPLICATE_TIER', `Duplicate tier code "${code}"`, { code }));
    codes.add(code);
  }
  const starts = get(raw, 'tiers', 'startByCategory');
  for (const [category, tier] of isObj(starts) ? Object.entries(starts) : []) {
    if (typeof tier === 'string' && !codes.has(tier)) {
      const at = `/tiers/startByCategory/${escapePointer(category)}`;
      out.push(problem(at, 'UNKNOWN_TIER', `Tier "${tier}" is not in the tier ladder`, { tier }));
    }
  }
  return codes;
}

/** C5.2 D3 referrals name a tier of the ladder and fall within the class limit. */
function checkReferrals(raw: unknown, tierCodes: Set<string> | null, out: PolicyProblem[]): void {
  for (const [code, cls] of entries(get(raw, 'caseClasses'))) {
    const ref = cls.referral;
    if (!isObj(ref)) continue;
    const at = `/caseClasses/${escapePointer(code)}/referral`;
    if (tierCodes && typeof ref.to === 'string' && !tierCodes.has(ref.to)) {
      out.push(problem(`${at}/to`, 'UNKNOWN_TIER', `Referral tier "${ref.to}" is not in the tier ladder`, { tier: ref.to }));
    }
    const { within } = ref;
    const limit = cls.limit;
    if (Value.Check(DayLimit, within) && Value.Check(DayLimit, limit) && within.unit === limit.unit && within.value > limit.value) {
      const message = `Referral within ${within.value} exceeds the class limit ${limit.value}`;
      out.push(problem(`${at}/within/value`, 'REFERRAL_TOO_LATE', message, { within: within.value, limit: limit.value }));
    }
  }
}

/** D7 combined meetings are meetings of the policy. */
function checkCombinedMeetings(raw: unknown, out: PolicyProblem[]): void {
  const meetings = get(raw, 'meetings', 'obligations');
  if (!isObj(meetings)) return;
  for (const [i, code] of strings(get(raw, 'meetings', 'combined', 'meetings'))) {
    if (!Object.hasOwn(meetings, code)) {
      out.push(problem(`/meetings/combined/meetings/${i}`, 'UNKNOWN_MEETING', `Unknown meeting "${code}"`, { meeting: code }));
    }
  }
  for (const [code, set] of entries(get(raw, 'meetings', 'schedule'))) {
    const at = `/meetings/schedule/${escapePointer(code)}`;
    if (!Object.hasOwn(meetings, code)) out.push(problem(at, 'UNKNOWN_MEETING', `Unknown meeting "${code}"`, { meeting: code }));
    if (set.day !== undefined && set.weekday !== undefined)
      out.push(problem(at, 'DAY_AND_WEEKDAY', 'Set a day of the month or a weekday, not both'));
  }
}

/** A8.2 each sampling rate covers visit classes of the policy, each class under one rate only. */
function checkSamplingRates(raw: unknown, out: PolicyProblem[]): void {
  const visitClasses = get(raw, 'visits', 'obligations');
  const seen = new Map<string, string>();
  for (const [rateCode, rate] of entries(get(raw, 'verification', 'sampling', 'rates'))) {
    for (const [i, cls] of strings(rate.visitClasses)) {
      const at = `/verification/sampling/rates/${escapePointer(rateCode)}/visitClasses/${i}`;
      const other = seen.get(cls);
      if (isObj(visitClasses) && !Object.hasOwn(visitClasses, cls)) {
        out.push(problem(at, 'UNKNOWN_VISIT_CLASS', `Unknown visit class "${cls}"`, { visitClass: cls }));
      } else if (other !== undefined) {
        out.push(problem(at, 'CLASS_RATE_TWICE', `Visit class "${cls}" already has the rate "${other}"`, { visitClass: cls, rate: other }));
      }
      seen.set(cls, rateCode);
    }
  }
}

/** B3.4 customer class codes are unique. */
function checkCustomerClasses(raw: unknown, out: PolicyProblem[]): void {
  const classes = get(raw, 'marketing', 'customerClasses', 'classes');
  const codes = new Set<string>();
  for (const [i, code] of strings(Array.isArray(classes) ? classes.map((c) => get(c, 'code')) : [])) {
    if (codes.has(code)) {
      out.push(
        problem(`/marketing/customerClasses/classes/${i}/code`, 'DUPLICATE_CUSTOMER_CLASS', `Duplicate customer class "${code}"`, { code }),
      );
    }
    codes.add(code);
  }
}

/** Each assessment item is weighted once. */
function checkAssessmentItems(raw: unknown, out: PolicyProblem[]): void {
  const seen = new Set<string>();
  for (const [i, item] of strings(
    (Array.isArray(get(raw, 'assessment', 'items')) ? (get(raw, 'assessment', 'items') as unknown[]) : []).map((x) => get(x, 'item')),
  )) {
    if (seen.has(item))
      out.push(problem(`/assessment/items/${i}/item`, 'ITEM_WEIGHTED_TWICE', `Item "${item}" is weighted twice`, { item }));
    seen.add(item);
  }
}

/** Problems beyond the schema; `raw` may be any value. */
export function semanticProblems(raw: unknown): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  checkRuleIds(raw, '', out);
  for (const section of OBLIGATION_SECTIONS) {
    for (const [code, ob] of entries(get(raw, section, 'obligations'))) {
      checkWindow(ob, `/${section}/obligations/${escapePointer(code)}/window`, out);
    }
  }
  checkReferrals(raw, checkTiers(raw, out), out);
  checkCombinedMeetings(raw, out);
  checkSamplingRates(raw, out);
  checkCustomerClasses(raw, out);
  checkAssessmentItems(raw, out);
  return out;
}
