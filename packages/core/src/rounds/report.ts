/**
 * The round report's workflow and checks (C2.2, D6): draft → submitted → acknowledged. A draft's
 * figures may be re-generated from the records; submitting needs a reason for every household the
 * round did not reach; the community head acknowledges a submitted report.
 */
import { DomainError, ErrorCodes } from '../errors';
import type { SubjectId } from '../obligations/types';
import type { RoundReportStatus } from './progress';

export type RoundReportAction = 'refresh' | 'submit' | 'acknowledge';

const ALLOWED: Record<RoundReportStatus, readonly RoundReportAction[]> = {
  draft: ['refresh', 'submit'],
  submitted: ['acknowledge'],
  acknowledged: [],
};

const NEXT: Record<RoundReportAction, RoundReportStatus> = { refresh: 'draft', submit: 'submitted', acknowledge: 'acknowledged' };

export function allowedReportActions(status: RoundReportStatus): readonly RoundReportAction[] {
  return ALLOWED[status];
}

/** The status after `action`; ACTION_NOT_ALLOWED (details: the allowed actions) when `status` forbids it. */
export function applyReportAction(status: RoundReportStatus, action: RoundReportAction): RoundReportStatus {
  if (!ALLOWED[status].includes(action)) {
    throw new DomainError(ErrorCodes.ACTION_NOT_ALLOWED, `a ${status} round report cannot take "${action}"`, {
      status,
      allowed: [...ALLOWED[status]],
    });
  }
  return NEXT[action];
}

export interface NotReachedReason {
  householdId: SubjectId;
  reason: string;
}

export interface ReasonProblem {
  field: string;
  problem: 'reason-missing' | 'not-listed' | 'duplicate' | 'empty';
  householdId: SubjectId;
  message: string;
}

/**
 * Every household not reached needs a non-empty reason; a reason must name a household of the
 * not-reached list, once. Returns the problems (empty when the reasons are complete), in list order.
 */
export function reasonProblems(notReached: readonly SubjectId[], given: readonly NotReachedReason[]): ReasonProblem[] {
  const listed = new Set(notReached);
  const seen = new Set<SubjectId>();
  const problems: ReasonProblem[] = [];
  given.forEach((g, i) => {
    const field = `body.notReached.${i}`;
    if (!listed.has(g.householdId))
      problems.push({
        field: `${field}.householdId`,
        problem: 'not-listed',
        householdId: g.householdId,
        message: 'this household is not among those the round did not reach',
      });
    else if (seen.has(g.householdId))
      problems.push({
        field: `${field}.householdId`,
        problem: 'duplicate',
        householdId: g.householdId,
        message: 'a second reason for the same household',
      });
    else if (g.reason.trim() === '')
      problems.push({ field: `${field}.reason`, problem: 'empty', householdId: g.householdId, message: 'the reason is empty' });
    seen.add(g.householdId);
  });
  for (const id of notReached) {
    if (!seen.has(id)) {
      problems.push({
        field: 'body.notReached',
        problem: 'reason-missing',
        householdId: id,
        message: `household ${id} was not reached: give a reason`,
      });
    }
  }
  return problems;
}

/** The reasons keyed by household, trimmed (call after `reasonProblems` found nothing). */
export function reasonsByHousehold(given: readonly NotReachedReason[]): Map<SubjectId, string> {
  return new Map(given.map((g) => [g.householdId, g.reason.trim()]));
}
