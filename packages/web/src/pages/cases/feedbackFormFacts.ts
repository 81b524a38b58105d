/** What the tracking-feedback form (A3.2, A3.3) shows, read from the case and its timeline. */
import type { CaseRecord, Satisfaction, TimelineEntry } from '../../api/cases';

export interface FeedbackFormFacts {
  handlingUnit: string | null;
  handler: string | null;
  result: string | null;
  completedAt: string | null;
  feedbackAt: string | null;
  feedbackContent: string | null;
  satisfaction: Satisfaction | null;
  verifiedAt: string | null;
  verifier: string | null;
  verifyNote: string | null;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** The latest entry of one of `actions` in the current handling cycle (after the latest reopening). */
function latest(timeline: TimelineEntry[], actions: readonly string[]): TimelineEntry | undefined {
  let found: TimelineEntry | undefined;
  for (const e of timeline) {
    if (e.action === 'reopen' || (e.action === 'feedback' && e.details?.reopened)) found = undefined;
    else if (actions.includes(e.action)) found = e;
  }
  return found;
}

export function feedbackFormFacts(c: CaseRecord): FeedbackFormFacts {
  const timeline = c.timeline ?? [];
  const answer = latest(timeline, ['respond', 'resolve-on-spot']);
  const told = latest(timeline, ['feedback', 'resolve-on-spot']);
  const verified = latest(timeline, ['verify']);
  return {
    handlingUnit: c.closure?.handlingUnit ?? c.handlingUnit,
    handler: c.closure?.handler ?? answer?.actor?.name ?? null,
    result: c.closure?.details ?? text(answer?.details?.details),
    completedAt: c.closure?.completedAt ?? null,
    feedbackAt: told?.at ?? null,
    feedbackContent: !told
      ? null
      : told.action === 'resolve-on-spot'
        ? text(told.details?.details)
        : (text(told.details?.note) ?? text(answer?.details?.details)),
    satisfaction: c.feedback?.satisfaction ?? null,
    verifiedAt: verified?.at ?? null,
    verifier: verified?.actor?.name ?? null,
    verifyNote: text(verified?.details?.note),
  };
}
