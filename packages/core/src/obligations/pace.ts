/**
 * Pace of a group of obligations (a grid's households, a worker's, a class's) at a date, for the
 * compliance map (issue: colour by pace, not by the share already met early in a period). The
 * standard is the 90 % a grid must reach (A7.2, C8: 达标率 ≥ 90 %):
 * - `behind` (落后): more than 10 % of the households' periods have ended unmet, so the group can no
 *   longer reach the standard in this period;
 * - `at-risk` (临期): not behind, but the overdue and the at-risk (≥ warnShare of the period gone,
 *   still unmet, D2) together exceed 10 %: the standard is reachable only if they are visited now;
 * - `on-track` (正常): everything else, however little is met yet, since the rest has time left;
 * - `empty`: no households.
 */
export type Pace = 'behind' | 'at-risk' | 'on-track' | 'empty';

export const PACES: readonly Pace[] = ['behind', 'at-risk', 'on-track', 'empty'];

/** The share a group must meet (达标率 ≥ 90 %); the same line the rate colours draw. */
export const STANDARD_RATE = 0.9;

export interface PaceCounts {
  households: number;
  overdue: number;
  atRisk: number;
}

export function paceOf({ households, overdue, atRisk }: PaceCounts): Pace {
  if (households <= 0) return 'empty';
  const slack = households * (1 - STANDARD_RATE);
  // a tiny epsilon keeps exactly 10 % on the reachable side despite floating point
  if (overdue > slack + 1e-9) return 'behind';
  if (overdue + atRisk > slack + 1e-9) return 'at-risk';
  return 'on-track';
}
