/**
 * The traffic light (API contract, D2), derived from `now` at read time and never stored.
 *
 * - `green` by default, and always once the time limit is met (`metAt` set): the contract turns a
 *   case red only when "past the deadline and not met", so a met case shows green; whether it was
 *   met in time is `onTime`.
 * - `yellow` once now ≥ clockStart + warnShare × (deadline − clockStart), wall clock. `clockStart`
 *   is `receivedAt` until a reopening, then the reopening time: the contract's "receivedAt" read
 *   for the running cycle, since a reopened case gets a new deadline counted from the reopening.
 * - `red` once now > deadline (the deadline instant itself is still on time) and not met.
 */
import type { CaseState, CaseStatus } from './types';

export type Light = 'green' | 'yellow' | 'red';

type LightInput = Pick<CaseState, 'clockStart' | 'deadline' | 'metAt'>;

/** The instant the light turns yellow. */
export function warnAt(c: Pick<CaseState, 'clockStart' | 'deadline'>, warnShare: number): Date {
  const start = c.clockStart.getTime();
  return new Date(start + Math.ceil(warnShare * (c.deadline.getTime() - start)));
}

export function lightOf(c: LightInput, now: Date, warnShare: number): Light {
  if (c.metAt !== null) return 'green';
  const t = now.getTime();
  if (t > c.deadline.getTime()) return 'red';
  if (t >= warnAt(c, warnShare).getTime()) return 'yellow';
  return 'green';
}

/** Statuses after which nothing more happens unless the case is reopened (or, for archived, ever). */
export const FINISHED_STATUSES: readonly CaseStatus[] = ['closed', 'archived', 'rejected', 'merged'];

/**
 * The light a person is shown (D2): the running light while the case is open; none once it is
 * finished (closed, archived, rejected, merged), where the status (已办结, 已归档, …) and `onTime`
 * say how it ended. `lightOf` keeps answering `green` for those (a met case), as the API contract has it.
 */
export function shownLight(c: { status: CaseStatus; light: Light }): Light | null {
  return isOpen(c.status) ? c.light : null;
}

/**
 * Open = still in the workflow: everything but closed, archived, rejected and merged. Note that
 * `fed-back` and `verified` cases are open (awaiting verification / registration, A3.3) although
 * their time limit is already met.
 */
export function isOpen(status: CaseStatus): boolean {
  return !FINISHED_STATUSES.includes(status);
}
