/**
 * Quarterly verification sample (A8.2, D8; API contract `POST /verification/draws`): each stratum
 * (grid × visit class, classes as of the quarter's first day, resolved by the caller) draws
 * ceil(rate × size) households. Class 1 (1-general, 1-special) uses the rate of group `1`, and so on.
 *
 * Reproducible: the same seed and the same strata give the same households, whatever the order of
 * the strata or of the ids in them (ids are sorted first). Each stratum draws from its own stream,
 * derived from the seed, the grid and the class, so one stratum's draw does not depend on the others.
 */
import { DomainError, ErrorCodes } from '../errors';
import type { PolicyValues } from '../policy';
import { pick, seededRandom } from './seeded-random';
import { VISIT_CLASSES, isVisitClass, type VisitClass } from './visit-class';

export interface SampleStratum {
  gridId: number;
  visitClass: VisitClass;
  householdIds: readonly number[];
}

/** Sampling rates by class group (`'1' | '2' | '3'`) or by exact visit class; an exact class wins. */
export type SamplingRates = Readonly<Record<string, number>>;

export interface VerificationTask {
  gridId: number;
  visitClass: VisitClass;
  householdId: number;
}

export interface StratumDraw {
  gridId: number;
  visitClass: VisitClass;
  rate: number;
  size: number;
  drawn: number;
}

export interface VerificationDraw {
  seed: string | number;
  /** Sorted by grid, class (in `VISIT_CLASSES` order) and household id. */
  tasks: VerificationTask[];
  /** Per visit class: households in the strata and households drawn. */
  counts: Record<VisitClass, { size: number; drawn: number }>;
  strata: StratumDraw[];
}

function invalid(path: string, message: string): DomainError {
  return new DomainError(ErrorCodes.VALIDATION_FAILED, message, [{ path, message }]);
}

/** The group of a visit class: `1-general` → `1`, `3` → `3`. */
export function classGroupOf(visitClass: VisitClass): string {
  return visitClass.split('-')[0];
}

/** ceil(rate × size), guarded against floating point overshoot (0.3 × 10 is 3, not 4). */
export function sampleSize(rate: number, size: number): number {
  return Math.min(size, Math.ceil(Math.round(rate * size * 1e6) / 1e6));
}

/** The rate of each visit class from the policy's `verification.sampling.rates` (A8.2: 50%, 30%, 10%). */
export function samplingRatesOf(policy: PolicyValues): Record<string, number> {
  const rates: Record<string, number> = {};
  for (const rate of Object.values(policy.verification?.sampling.rates ?? {})) {
    for (const visitClass of rate.visitClasses) rates[visitClass] = rate.value;
  }
  return rates;
}

function rateOf(rates: SamplingRates, visitClass: VisitClass): number {
  const rate = Object.hasOwn(rates, visitClass) ? rates[visitClass] : rates[classGroupOf(visitClass)];
  if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) {
    throw invalid(`rates.${classGroupOf(visitClass)}`, `no sampling rate in 0..1 for class ${visitClass}`);
  }
  return rate;
}

function checkStrata(strata: readonly SampleStratum[]): SampleStratum[] {
  const seenStrata = new Set<string>();
  const seenIds = new Set<number>();
  strata.forEach((s, i) => {
    if (!Number.isSafeInteger(s.gridId)) throw invalid(`strata[${i}].gridId`, 'gridId must be an integer');
    if (!isVisitClass(s.visitClass)) throw invalid(`strata[${i}].visitClass`, `visitClass must be one of ${VISIT_CLASSES.join(', ')}`);
    const key = `${s.gridId}|${s.visitClass}`;
    if (seenStrata.has(key)) throw invalid(`strata[${i}]`, `stratum grid ${s.gridId} × class ${s.visitClass} is given twice`);
    seenStrata.add(key);
    for (const id of s.householdIds) {
      if (!Number.isSafeInteger(id)) throw invalid(`strata[${i}].householdIds`, 'household ids must be integers');
      if (seenIds.has(id)) throw invalid(`strata[${i}].householdIds`, `household ${id} is in more than one stratum or twice`);
      seenIds.add(id);
    }
  });
  const classOrder = (c: VisitClass) => VISIT_CLASSES.indexOf(c);
  return [...strata].sort((a, b) => a.gridId - b.gridId || classOrder(a.visitClass) - classOrder(b.visitClass));
}

/** Draws the quarter's verification sample: ceil(rate × size) households per (grid × class) stratum. */
export function drawVerificationSample(strata: readonly SampleStratum[], rates: SamplingRates, seed: string | number): VerificationDraw {
  if (!(typeof seed === 'string' ? seed.length > 0 : Number.isFinite(seed)))
    throw invalid('seed', 'seed must be a non-empty string or a number');
  const counts = Object.fromEntries(VISIT_CLASSES.map((c) => [c, { size: 0, drawn: 0 }])) as VerificationDraw['counts'];
  const tasks: VerificationTask[] = [];
  const draws: StratumDraw[] = [];
  for (const stratum of checkStrata(strata)) {
    const { gridId, visitClass } = stratum;
    const rate = rateOf(rates, visitClass);
    const ids = [...stratum.householdIds].sort((a, b) => a - b);
    const k = sampleSize(rate, ids.length);
    const chosen = pick(ids, k, seededRandom(`${String(seed)}|${gridId}|${visitClass}`)).sort((a, b) => a - b);
    for (const householdId of chosen) tasks.push({ gridId, visitClass, householdId });
    draws.push({ gridId, visitClass, rate, size: ids.length, drawn: k });
    counts[visitClass].size += ids.length;
    counts[visitClass].drawn += k;
  }
  return { seed, tasks, counts, strata: draws };
}
