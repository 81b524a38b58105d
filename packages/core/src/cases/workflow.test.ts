import { describe, expect, it } from 'vitest';
import { applyCaseAction } from './workflow';
import { ALLOWED_ACTIONS } from './state-table';
import { ACTION_NAMES, CASE_STATUSES } from './types';
import { ADMIN, DEPT, LEADER, STATION, SUPERVISOR, WORKER, act, answered, calendar, community, errorOf, intake, run, t } from './testing';

const endOf = (date: string) => t(`${date}T23:59:59.999`);
const at = t('2026-10-08T09:00');

describe('the state table (DESIGN §3.2)', () => {
  it('has every status, uses only contract action names, and every action is reachable from some status', () => {
    expect(Object.keys(ALLOWED_ACTIONS).sort()).toEqual([...CASE_STATUSES].sort());
    const used = new Set(Object.values(ALLOWED_ACTIONS).flat());
    expect([...used].every((a) => (ACTION_NAMES as readonly string[]).includes(a))).toBe(true);
    expect([...used].sort()).toEqual([...ACTION_NAMES].sort());
    expect(ALLOWED_ACTIONS.archived).toEqual([]);
  });
});

describe('order of checks (API contract)', () => {
  const c = intake();

  it('VERSION_CONFLICT comes before ACTION_NOT_ALLOWED', () => {
    const stale = () =>
      applyCaseAction(c, { action: 'archive' }, { actor: ADMIN, now: at, policy: community, calendar, expectedVersion: 7 });
    expect(errorOf(stale)).toMatchObject({ code: 'VERSION_CONFLICT', details: { expectedVersion: 7, currentVersion: 1 } });
  });

  it('ACTION_NOT_ALLOWED lists the actions allowed in the current state', () => {
    const error = errorOf(() => act(c, { action: 'archive' }, ADMIN, at));
    expect(error.code).toBe('ACTION_NOT_ALLOWED');
    expect(error.details).toEqual({
      action: 'archive',
      status: 'received',
      allowed: ['accept', 'reject', 'merge', 'resolve-on-spot', 'escalate', 'transfer'],
    });
  });

  it('a body error (400) comes before the role (403), which comes before the version (409)', () => {
    const ctx = { actor: WORKER, now: at, policy: community, calendar, expectedVersion: 9 };
    expect(errorOf(() => applyCaseAction(c, { action: 'reject', reason: '  ' }, ctx))).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'reason', message: expect.any(String) }],
    });
    expect(errorOf(() => applyCaseAction(c, { action: 'reject', reason: 'duplicate' }, ctx)).code).toBe('FORBIDDEN');
    expect(errorOf(() => applyCaseAction(c, { action: 'reject', reason: 'duplicate' }, { ...ctx, actor: LEADER })).code).toBe(
      'VERSION_CONFLICT',
    );
  });

  it('action guards come after the state check; a failed action leaves the case untouched', () => {
    const before = structuredClone(c);
    expect(errorOf(() => act(c, { action: 'merge', intoCaseId: c.id }, LEADER, at)).code).toBe('CANNOT_MERGE_INTO_SELF');
    expect(c).toEqual(before);
  });
});

describe('the usual path, each step on the timeline', () => {
  it('A3 accept → assign → start → respond → feedback → verify → close → archive; version +1 per step', () => {
    let c = intake();
    const steps = [
      [{ action: 'accept' }, LEADER, 'accepted'],
      [{ action: 'assign', handlingUnit: 'district housing bureau', handlerId: DEPT.id }, LEADER, 'accepted'],
      [{ action: 'start' }, DEPT, 'in-progress'],
      [{ action: 'respond', details: 'lamp repaired' }, DEPT, 'responded'],
      [{ action: 'feedback', satisfaction: 'satisfied', note: 'thanks' }, WORKER, 'fed-back'],
      [{ action: 'verify', note: 'checked on site' }, STATION, 'verified'],
      [
        { action: 'close', handlingUnit: 'district housing bureau', handler: 'Wang Li', completedAt: at, details: 'lamp replaced' },
        STATION,
        'closed',
      ],
      [{ action: 'archive' }, STATION, 'archived'],
    ] as const;
    steps.forEach(([action, actor, status], i) => {
      const { next, entry } = act(c, action, actor, at);
      expect(next.version).toBe(i + 2);
      expect(entry).toMatchObject({ action: action.action, at, actorId: actor.id, fromStatus: c.status, toStatus: status });
      expect(next.status).toBe(status);
      c = next;
    });
    expect(c).toMatchObject({ metAt: at, onTime: true, handlerId: DEPT.id, respondedBy: DEPT.id, verifiedBy: STATION.id });
    expect(c.closure).toEqual({ handlingUnit: 'district housing bureau', handler: 'Wang Li', completedAt: at, details: 'lamp replaced' });
  });

  it('applyCaseAction never mutates its input', () => {
    const c = Object.freeze(intake());
    expect(() => act(c, { action: 'accept', caseClass: 'complex' }, LEADER, at)).not.toThrow();
  });

  it('start without a handler makes the starter the handler', () => {
    const c = run(intake(), [[{ action: 'accept' }, LEADER, at]]);
    const { next, entry } = act(c, { action: 'start' }, STATION, at);
    expect(next.handlerId).toBe(STATION.id);
    expect(entry.details).toEqual({ handlerId: STATION.id });
  });
});

describe('meeting the time limit (API contract, D2, D3)', () => {
  const c = intake(); // due 2026-10-13 end of day
  const late = t('2026-10-14T00:00');

  it('D2 feedback meets the limit: onTime = metAt ≤ deadline', () => {
    expect(
      act(answered(c, at), { action: 'feedback', satisfaction: 'basically-satisfied' }, WORKER, endOf('2026-10-13')).next,
    ).toMatchObject({
      metAt: endOf('2026-10-13'),
      onTime: true,
    });
    expect(act(answered(c, at), { action: 'feedback', satisfaction: 'satisfied' }, WORKER, late).next).toMatchObject({
      metAt: late,
      onTime: false,
    });
  });

  it('D2 respond alone does not meet it: the resident must be told', () => {
    expect(answered(c, at)).toMatchObject({ status: 'responded', metAt: null, onTime: null });
  });

  it('A2.1 D2 resolve-on-spot, reject and merge meet it, with the entry recording onTime', () => {
    const spot = act(c, { action: 'resolve-on-spot', details: 'explained the policy' }, WORKER, at);
    expect(spot.next).toMatchObject({ status: 'fed-back', metAt: at, onTime: true, respondedBy: WORKER.id });
    expect(spot.entry.details).toEqual({ details: 'explained the policy', metAt: at, onTime: true });
    expect(act(c, { action: 'reject', reason: 'not in scope' }, LEADER, late).next).toMatchObject({
      status: 'rejected',
      onTime: false,
      rejectReason: 'not in scope',
    });
    expect(act(c, { action: 'merge', intoCaseId: 42 }, LEADER, at).next).toMatchObject({ status: 'merged', mergedInto: 42, onTime: true });
  });

  it('D2 only the first meeting counts until a reopen: verify and close after the deadline keep onTime', () => {
    const met = act(answered(c, at), { action: 'feedback', satisfaction: 'satisfied' }, WORKER, at).next;
    const closed = run(met, [
      [{ action: 'verify' }, SUPERVISOR, late],
      [{ action: 'close', handlingUnit: 'u', handler: 'h', completedAt: at, details: 'd' }, STATION, late],
    ]);
    expect(closed).toMatchObject({ metAt: at, onTime: true });
  });
});

describe('accept and the class (D4)', () => {
  it('D4 changing the class on acceptance recomputes the deadline from receipt with the new limit', () => {
    const { next, entry } = act(intake(), { action: 'accept', caseClass: 'complex' }, LEADER, t('2026-10-09T09:00'));
    expect(next).toMatchObject({ caseClass: 'complex', classConfirmed: true, deadline: endOf('2026-10-20') });
    expect(entry).toMatchObject({
      details: { caseClass: 'complex', classBefore: 'general' },
      deadlineBefore: endOf('2026-10-13'),
      deadlineAfter: endOf('2026-10-20'),
    });
  });

  it('D4 accepting without a class (or the same class) confirms it and keeps the deadline', () => {
    const { next, entry } = act(intake(), { action: 'accept', caseClass: 'general' }, LEADER, at);
    expect(next).toMatchObject({ classConfirmed: true, deadline: endOf('2026-10-13') });
    expect(entry.deadlineBefore).toBeUndefined();
  });

  it('D4 an unknown class on acceptance is UNKNOWN_CASE_CLASS; after acceptance the class is fixed (no second accept)', () => {
    expect(errorOf(() => act(intake(), { action: 'accept', caseClass: 'major' }, LEADER, at)).code).toBe('UNKNOWN_CASE_CLASS');
    const accepted = act(intake(), { action: 'accept' }, LEADER, at).next;
    expect(errorOf(() => act(accepted, { action: 'accept', caseClass: 'complex' }, LEADER, at)).code).toBe('ACTION_NOT_ALLOWED');
  });
});

describe('body checks (400, before role, version and state)', () => {
  const c = intake();

  it('an unknown action name, a bad id, a bad timestamp or flag are VALIDATION_FAILED naming the field', () => {
    expect(errorOf(() => act(c, { action: 'delete' } as never, ADMIN, at)).details).toEqual([
      { field: 'action', message: expect.any(String) },
    ]);
    expect(errorOf(() => act(c, { action: 'merge', intoCaseId: 0 }, ADMIN, at)).details).toEqual([
      { field: 'intoCaseId', message: expect.any(String) },
    ]);
    const badDate = errorOf(() => act(c, { action: 'request-extension', reason: 'r', proposedDeadline: new Date('x') }, ADMIN, at));
    expect(badDate.details).toEqual([{ field: 'proposedDeadline', message: expect.any(String) }]);
    const badFlag = errorOf(() => act(c, { action: 'decide-extension', approve: 'yes' as never, reason: 'r' }, ADMIN, at));
    expect(badFlag.details).toEqual([{ field: 'approve', message: expect.any(String) }]);
  });

  it('a body error wins over a wrong state (respond on a received case with blank details)', () => {
    expect(errorOf(() => act(c, { action: 'respond', details: '' }, ADMIN, at)).code).toBe('VALIDATION_FAILED');
    expect(errorOf(() => act(c, { action: 'respond', details: 'x' }, ADMIN, at)).code).toBe('ACTION_NOT_ALLOWED');
  });
});
