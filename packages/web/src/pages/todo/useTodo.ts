/**
 * 待办 counts for a field worker, from the reads a phone already keeps on the device (so they show
 * offline too): households to visit today (overdue and today on the due list), cases waiting for the
 * worker's step, resident feedback to collect (A3.2), this week's diary entries still to write (A5.1),
 * and records waiting in the outbox.
 */
import { casesApi, type CaseRecord } from '../../api/cases';
import { diariesApi } from '../../api/diaries';
import type { Id } from '../../api/types';
import { visitsApi } from '../../api/visits';
import { useAsync } from '../../lib/useAsync';

/** A step of the case's own work that falls to the caller (routing and reopening are not to-dos). */
const OWN_STEPS = new Set(['accept', 'start', 'respond', 'resolve-on-spot', 'verify', 'close', 'decide-extension']);

export interface TodoCounts {
  visitsToday: number;
  casesWaiting: number;
  feedbackDue: number;
  diariesToWrite: number | null;
}

export function countCases(cases: readonly CaseRecord[]): Pick<TodoCounts, 'casesWaiting' | 'feedbackDue'> {
  let casesWaiting = 0;
  let feedbackDue = 0;
  for (const c of cases) {
    if (c.abilities.actions.includes('feedback')) feedbackDue += 1;
    else if (c.abilities.actions.some((a) => OWN_STEPS.has(a))) casesWaiting += 1;
  }
  return { casesWaiting, feedbackDue };
}

export function useTodo(userId: Id, diaries: boolean) {
  return useAsync(
    async (signal): Promise<TodoCounts> => {
      const [due, cases, diary] = await Promise.all([
        visitsApi.due({ includeMet: false }, signal), // the due list's own read: one copy on the device
        casesApi.list({ mine: true, status: 'open', limit: 500 }, signal),
        diaries ? diariesApi.status({ userId }, signal).catch(() => null) : Promise.resolve(null),
      ]);
      return {
        visitsToday: due.items.filter((i) => i.bucket === 'overdue' || i.bucket === 'today').length,
        ...countCases(cases),
        diariesToWrite: diary ? diary.remaining : null,
      };
    },
    [userId, diaries],
  );
}
