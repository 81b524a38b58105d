/**
 * THE state table (DESIGN §3.2): status → the actions allowed in it. Guards that need the action's
 * body or the policy live with each action; this table is the only place that says what may
 * follow what.
 *
 *   received ─accept→ accepted ─start→ in-progress ─respond→ responded ─feedback→ fed-back
 *   fed-back ─verify→ verified ─close→ closed ─archive→ archived
 *   received/accepted/reopened ─resolve-on-spot→ fed-back (met on the spot, A2.1, C5.3)
 *   received ─reject→ rejected;  received…in-progress, reopened ─merge→ merged
 *   responded ─feedback unsatisfied→ reopened;  fed-back/verified/closed/rejected/merged ─reopen→ reopened
 *   (a case reopened before it was ever accepted goes back to `received`, so its class can still be confirmed)
 */
import type { ActionName, CaseStatus } from './types';

/** While someone is working on it: routing and extension actions are available. */
const HANDLING: readonly ActionName[] = ['assign', 'transfer', 'escalate', 'request-extension', 'decide-extension', 'merge'];

export const ALLOWED_ACTIONS: Readonly<Record<CaseStatus, readonly ActionName[]>> = Object.freeze({
  received: ['accept', 'reject', 'merge', 'resolve-on-spot', 'escalate', 'transfer'],
  accepted: ['start', 'resolve-on-spot', ...HANDLING],
  'in-progress': ['respond', ...HANDLING],
  responded: ['feedback'],
  'fed-back': ['verify', 'reopen'],
  verified: ['close', 'reopen'],
  closed: ['archive', 'reopen'],
  archived: [],
  rejected: ['reopen'],
  merged: ['reopen'],
  reopened: ['start', 'resolve-on-spot', ...HANDLING],
});

export function isAllowedIn(status: CaseStatus, action: ActionName): boolean {
  return ALLOWED_ACTIONS[status].includes(action);
}
