/**
 * Types of the case workflow (A1.6-A1.7, A2, A3, A9, C4, C5, D2-D4; API contract, section Cases).
 * Everything here is plain data the server stores and returns; instants are `Date`s.
 */
import type { Role } from '../access';
import type { PolicyValues } from '../policy';
import type { WorkingCalendar } from '../calendar';

export const CASE_STATUSES = [
  'received',
  'accepted',
  'in-progress',
  'responded',
  'fed-back',
  'verified',
  'closed',
  'archived',
  'rejected',
  'merged',
  'reopened',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The contract's action names, in workflow order. */
export const ACTION_NAMES = [
  'accept',
  'reject',
  'merge',
  'resolve-on-spot',
  'escalate',
  'assign',
  'transfer',
  'start',
  'request-extension',
  'decide-extension',
  'respond',
  'feedback',
  'verify',
  'close',
  'archive',
  'reopen',
] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

export const SATISFACTIONS = ['satisfied', 'basically-satisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

/** A pending extension request (A3.4, D4). */
export interface ExtensionRequest {
  requestedBy: number;
  reason: string;
  proposedDeadline: Date;
  requestedAt: Date;
}

/** A3.3: what the workstation registers for every result. */
export interface Closure {
  handlingUnit: string;
  handler: string;
  completedAt: Date;
  details: string;
}

/** The case as the server stores it. Fields of the current handling cycle reset on a reopen. */
export interface CaseState {
  id: number;
  status: CaseStatus;
  /** Optimistic-concurrency version: 1 at intake, +1 per action. */
  version: number;
  /** Time class (A3.4, C5.2): proposed at intake, fixed on acceptance (D4). */
  caseClass: string;
  classConfirmed: boolean;
  /** Handling tier: a code of the policy's ladder (A2, C5.3); independent of the class (D4). */
  tier: string;
  receivedAt: Date;
  /** Start of the running time limit: `receivedAt`, or the time of the latest reopening. */
  clockStart: Date;
  deadline: Date;
  /** True while the deadline depends on a year without confirmed calendar data. */
  deadlineProvisional: boolean;
  policyVersion: number;
  /** First-inquiry owner (A1.7): the intake person until a recorded hand-over (`transfer` with `toUserId`). */
  ownerId: number;
  handlerId: number | null;
  handlingUnit: string | null;
  extension: ExtensionRequest | null;
  /** When the time limit was met in the current cycle (feedback, resolve-on-spot, reject, merge). */
  metAt: Date | null;
  /**
   * metAt ≤ deadline; null until met. Once a round has missed its deadline it stays false (API
   * contract: a reopening never resets it; statistics and scores count the case as late).
   */
  onTime: boolean | null;
  /** An earlier round of this case missed its deadline (kept across reopenings). */
  missedEarlier: boolean;
  escalations: number;
  reopenCount: number;
  respondedBy: number | null;
  feedback: { satisfaction: Satisfaction; note: string | null } | null;
  verifiedBy: number | null;
  closure: Closure | null;
  mergedInto: number | null;
  rejectReason: string | null;
}

/** The contract's action bodies (without `expectedVersion`), discriminated by `action`. */
export type CaseAction =
  | { action: 'accept'; caseClass?: string }
  | { action: 'reject'; reason: string }
  | { action: 'merge'; intoCaseId: number }
  | { action: 'resolve-on-spot'; details: string }
  | { action: 'escalate'; reason: string }
  | { action: 'assign'; handlingUnit: string; handlerId?: number }
  | { action: 'transfer'; toUserId?: number; toUnit?: string; explanation: string }
  | { action: 'start' }
  | { action: 'request-extension'; reason: string; proposedDeadline: Date }
  | { action: 'decide-extension'; approve: boolean; deadline?: Date; reason: string }
  | { action: 'respond'; details: string }
  | { action: 'feedback'; satisfaction: Satisfaction; note?: string }
  | { action: 'verify'; note?: string }
  | { action: 'close'; handlingUnit: string; handler: string; completedAt: Date; details: string }
  | { action: 'archive' }
  | { action: 'reopen'; reason: string };

export type ActionOf<A extends ActionName> = Extract<CaseAction, { action: A }>;

/**
 * Events on the timeline that are not workflow actions: intake, a deadline recomputed after a year
 * got confirmed, and a photo added (which changes no status).
 */
export type SystemEvent = 'intake' | 'deadline-recomputed' | 'photo-added';

export interface TimelineEntry {
  action: ActionName | SystemEvent;
  at: Date;
  /** null for system events without a person (deadline recomputation). */
  actorId: number | null;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  /** The action's fields worth showing, plus what changed (tier, handler, owner, onTime...). */
  details: Record<string, unknown>;
  /** Present only when the action moved the deadline. */
  deadlineBefore?: Date;
  deadlineAfter?: Date;
}

/** Who acts: a user id and the roles they hold where the case lies (scope is the server's check). */
export interface CaseActor {
  id: number;
  roles: readonly Role[];
}

export interface ActionContext {
  actor: CaseActor;
  now: Date;
  /** The policy values of the case's own `policyVersion` (a case keeps its policy, D4). */
  policy: PolicyValues;
  calendar: WorkingCalendar;
  expectedVersion: number;
}

export interface ActionResult {
  next: CaseState;
  entry: TimelineEntry;
}
