/**
 * Property tests: random valid action sequences, by random actors at random times, on every
 * preset, never break the workflow's invariants; actionsFor offers exactly what then succeeds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { PRESETS, caseClassesOf, timeLimitOf, tierLadderOf, type PolicyValues } from '../policy';
import { ALLOWED_ACTIONS } from './state-table';
import { mayTakeAction } from './permissions';
import { actionsFor, applyCaseAction } from './workflow';
import { ACTION_NAMES, CASE_STATUSES, SATISFACTIONS, type ActionName, type CaseAction, type CaseActor, type CaseState } from './types';
import { ADMIN, DEPT, HOTLINE, LEAD, LEADER, STATION, SUPERVISOR, WORKER, WORKER_B, calendar, intake } from './testing';

const ACTORS: CaseActor[] = [ADMIN, WORKER, LEADER, STATION, DEPT, SUPERVISOR, HOTLINE, LEAD, WORKER_B];
const HOUR = 3_600_000;
const MET: readonly string[] = ['fed-back', 'verified', 'closed', 'archived', 'rejected', 'merged'];
const CONFIRMED: readonly string[] = ['accepted', 'in-progress', 'responded', 'reopened'];
/** Preferred order when a step moves forward; extensions first so they get exercised too. */
const FORWARD: readonly ActionName[] = [
  'request-extension',
  'decide-extension',
  'accept',
  'start',
  'respond',
  'feedback',
  'verify',
  'close',
  'archive',
];

interface Step {
  actor: number;
  pick: number;
  /** Try an action outside actionsFor (it must then fail cleanly, or be one the table allows). */
  wild: boolean;
  advanceHours: number;
  seed: number;
}

const stepArb = fc.record({
  actor: fc.nat({ max: ACTORS.length - 1 }),
  pick: fc.nat({ max: 1000 }),
  wild: fc.boolean(),
  advanceHours: fc.nat({ max: 72 }),
  seed: fc.nat({ max: 1000 }),
});

/** A valid body for `action` on `c` (seed picks among the options). */
function bodyFor(action: ActionName, c: CaseState, now: Date, seed: number, policy: PolicyValues): CaseAction {
  const later = (hours: number) => new Date(Math.max(c.deadline.getTime(), now.getTime()) + hours * HOUR);
  const classes = caseClassesOf(policy);
  switch (action) {
    case 'accept':
      return seed % 3 === 0 ? { action } : { action, caseClass: classes[seed % classes.length] };
    case 'merge':
      return { action, intoCaseId: c.id + 1 + (seed % 5) };
    case 'assign':
      return seed % 2 === 0
        ? { action, handlingUnit: `unit ${seed % 4}` }
        : { action, handlingUnit: 'unit', handlerId: ACTORS[seed % ACTORS.length].id };
    case 'transfer':
      return seed % 2 === 0
        ? { action, toUnit: `unit ${seed % 4}`, explanation: 'e' }
        : { action, toUserId: ACTORS[seed % ACTORS.length].id, explanation: 'e' };
    case 'request-extension':
      return { action, reason: 'r', proposedDeadline: later(1 + (seed % 200)) };
    case 'decide-extension': {
      if (seed % 3 === 0) return { action, approve: false, reason: 'r' };
      // approving the proposed deadline is only possible while it lies ahead; else the approver picks one
      const proposedAhead = c.extension !== null && c.extension.proposedDeadline.getTime() > now.getTime();
      return proposedAhead && seed % 2 === 0
        ? { action, approve: true, reason: 'r' }
        : { action, approve: true, reason: 'r', deadline: later(1 + (seed % 100)) };
    }
    case 'feedback':
      return { action, satisfaction: SATISFACTIONS[seed % 3] };
    case 'close':
      return { action, handlingUnit: 'u', handler: 'h', completedAt: now, details: 'd' };
    case 'start':
    case 'archive':
      return { action };
    case 'verify':
      return { action };
    case 'reject':
    case 'escalate':
    case 'reopen':
      return { action, reason: 'r' };
    case 'resolve-on-spot':
    case 'respond':
      return { action, details: 'd' };
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Invariants of one successful transition. */
function checkTransition(
  c: CaseState,
  action: CaseAction,
  next: CaseState,
  entry: ReturnType<typeof applyCaseAction>['entry'],
  policy: PolicyValues,
): void {
  expect(ALLOWED_ACTIONS[c.status]).toContain(action.action);
  expect(CASE_STATUSES).toContain(next.status);
  expect(next.version).toBe(c.version + 1);
  expect(entry).toMatchObject({ action: action.action, fromStatus: c.status, toStatus: next.status });
  expect(next.onTime === null).toBe(next.metAt === null && !next.missedEarlier);
  if (next.missedEarlier) expect(next.onTime).toBe(false);
  if (c.onTime === false) expect(next.onTime).toBe(false);
  // Met by a step of the MET statuses, or (C5.2 D3) by a referral to the class's referral tier.
  const referral = timeLimitOf(policy, next.caseClass).referral;
  if (MET.includes(next.status)) expect(next.metAt).not.toBeNull();
  else if (next.metAt !== null) expect(next.tier).toBe(referral?.to);
  if (CONFIRMED.includes(next.status)) expect(next.classConfirmed).toBe(true);
  const restarts =
    action.action === 'reopen' ||
    (action.action === 'feedback' && action.satisfaction === 'unsatisfied') ||
    (action.action === 'accept' && action.caseClass !== undefined && action.caseClass !== c.caseClass);
  if (!restarts) expect(next.deadline.getTime()).toBeGreaterThanOrEqual(c.deadline.getTime());
  expect(entry.deadlineBefore !== undefined).toBe(next.deadline.getTime() !== c.deadline.getTime());
  expect(next.clockStart.getTime()).toBeGreaterThanOrEqual(next.receivedAt.getTime());
  expect(next.deadline.getTime()).toBeGreaterThan(next.clockStart.getTime());
  const ladder = tierLadderOf(policy).map((tier) => tier.code);
  expect(ladder.indexOf(next.tier)).toBe(next.escalations);
  if (next.verifiedBy !== null) expect([next.handlerId, next.respondedBy]).not.toContain(next.verifiedBy);
  if (action.action !== 'transfer' || action.toUserId === undefined) expect(next.ownerId).toBe(c.ownerId);
}

function step(c: CaseState, s: Step, now: Date, policy: PolicyValues): CaseState {
  const actor = ACTORS[s.actor];
  const offered = actionsFor(c, actor, policy);
  const wild = (s.wild && s.pick % 3 === 0) || offered.length === 0;
  // Mostly move forward (so long paths get explored), sometimes take any offered action.
  const forward = s.pick % 4 !== 0 ? FORWARD.find((a) => offered.includes(a)) : undefined;
  const name = wild ? ACTION_NAMES[s.pick % ACTION_NAMES.length] : (forward ?? offered[s.pick % offered.length]);
  const action = bodyFor(name, c, now, s.seed, policy);
  const ctx = { actor, now, policy, calendar, expectedVersion: c.version };
  if (!wild) {
    const { next, entry } = applyCaseAction(c, action, ctx);
    checkTransition(c, action, next, entry, policy);
    return next;
  }
  try {
    const { next, entry } = applyCaseAction(c, action, ctx);
    expect(mayTakeAction(c, actor, name)).toBe(true);
    checkTransition(c, action, next, entry, policy);
    return next;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    if (offered.includes(name)) throw error; // offered actions with valid bodies never fail
    return c;
  }
}

describe('workflow properties (fast-check)', () => {
  it('random valid sequences keep every invariant; actionsFor offers only actions that succeed', () => {
    const presetArb = fc.constantFrom('community', 'township', 'marketing' as const);
    fc.assert(
      fc.property(
        presetArb,
        fc.nat({ max: 9 }),
        fc.integer({ min: 0, max: 690 }),
        fc.array(stepArb, { maxLength: 50 }),
        (preset, cls, dayOffset, steps) => {
          const policy = PRESETS[preset];
          const classes = caseClassesOf(policy);
          const receivedAt = new Date(Date.UTC(2025, 0, 1, 2) + dayOffset * 24 * HOUR);
          let c = deepFreeze(intake({ policy, caseClass: classes[cls % classes.length], receivedAt }));
          let now = receivedAt;
          let escalations = 0;
          for (const s of steps) {
            now = new Date(now.getTime() + s.advanceHours * HOUR);
            const next = deepFreeze(step(c, s, now, policy));
            if (next !== c) {
              escalations += next.tier !== c.tier ? 1 : 0;
              expect(next.escalations).toBe(escalations);
            }
            c = next;
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a stale expectedVersion always fails with VERSION_CONFLICT, whatever the action and state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ACTION_NAMES),
        fc.integer({ min: -3, max: 3 }).filter((d) => d !== 0),
        (name, delta) => {
          const c = intake();
          const ctx = { actor: ADMIN, now: c.receivedAt, policy: PRESETS.community, calendar, expectedVersion: c.version + delta };
          try {
            applyCaseAction(c, bodyFor(name, c, c.receivedAt, 1, PRESETS.community), ctx);
            return false;
          } catch (error) {
            return error instanceof DomainError && error.code === 'VERSION_CONFLICT';
          }
        },
      ),
    );
  });
});
