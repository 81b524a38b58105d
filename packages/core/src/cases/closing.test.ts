import { describe, expect, it } from 'vitest';
import { actionsFor } from './workflow';
import { ADMIN, DEPT, LEAD, LEADER, STATION, SUPERVISOR, WORKER, act, answered, errorOf, intake, run, t, township } from './testing';

const endOf = (date: string) => t(`${date}T23:59:59.999`);
const at = t('2026-10-09T09:00');
const closeBody = {
  action: 'close',
  handlingUnit: 'district housing bureau',
  handler: 'Wang Li',
  completedAt: at,
  details: 'lamp replaced',
} as const;

describe('feedback and reopening (A3.2; product decision: unsatisfied reopens)', () => {
  it('A3.2 unsatisfied feedback reopens the case with a new deadline counted from the reopening, same class', () => {
    const c = answered(intake(), at);
    const reopenedAt = t('2026-10-12T15:00'); // Monday; 5 working days: 10-13 .. 10-19
    const { next, entry } = act(c, { action: 'feedback', satisfaction: 'unsatisfied', note: 'still dark' }, WORKER, reopenedAt);
    expect(next).toMatchObject({
      status: 'reopened',
      caseClass: 'general',
      clockStart: reopenedAt,
      receivedAt: t('2026-09-30T10:00'),
      deadline: endOf('2026-10-19'),
      metAt: null,
      onTime: null,
      reopenCount: 1,
      respondedBy: null,
      feedback: null,
      handlerId: DEPT.id,
      policyVersion: 1,
    });
    expect(entry).toMatchObject({
      fromStatus: 'responded',
      toStatus: 'reopened',
      details: { satisfaction: 'unsatisfied', note: 'still dark', metAt: reopenedAt, onTime: true, reopened: true },
      deadlineBefore: endOf('2026-10-13'),
      deadlineAfter: endOf('2026-10-19'),
    });
  });

  it('A3.2 the reopened case goes round again and can be met on time against its new deadline', () => {
    const reopened = act(answered(intake(), at), { action: 'feedback', satisfaction: 'unsatisfied' }, WORKER, t('2026-10-12T15:00')).next;
    const late = t('2026-10-16T10:00'); // after the first deadline, before the new one
    const met = run(reopened, [
      [{ action: 'start' }, DEPT, late],
      [{ action: 'respond', details: 'new lamp fitted' }, DEPT, late],
      [{ action: 'feedback', satisfaction: 'satisfied' }, WORKER, late],
    ]);
    expect(met).toMatchObject({ status: 'fed-back', metAt: late, onTime: true, feedback: { satisfaction: 'satisfied', note: null } });
  });

  it('A3.4 a round that missed its deadline stays late: reopening and an on-time second round keep onTime false', () => {
    const lateFeedback = t('2026-10-14T10:00'); // the first deadline was the end of 10-13
    const reopened = act(answered(intake(), at), { action: 'feedback', satisfaction: 'unsatisfied' }, WORKER, lateFeedback).next;
    expect(reopened).toMatchObject({ status: 'reopened', metAt: null, onTime: false, missedEarlier: true });
    const soon = t('2026-10-15T10:00');
    const met = run(reopened, [
      [{ action: 'start' }, DEPT, soon],
      [{ action: 'respond', details: 'new lamp fitted' }, DEPT, soon],
      [{ action: 'feedback', satisfaction: 'satisfied' }, WORKER, soon],
    ]);
    expect(met).toMatchObject({ status: 'fed-back', metAt: soon, onTime: false, missedEarlier: true });
  });

  it('A3.4 a reopening after a round met in time leaves onTime open for the new round', () => {
    const c = intake();
    const reason = { action: 'reopen', reason: 'resident called again' } as const;
    const rejected = act(c, { action: 'reject', reason: 'duplicate' }, LEAD, t('2026-10-01T10:00')).next;
    expect(rejected.onTime).toBe(true);
    const again = act(rejected, reason, LEAD, t('2026-10-20T10:00')).next;
    expect(again).toMatchObject({ onTime: null, missedEarlier: false });
  });

  it('C5.2 D3 a township reopening counts calendar days from the reopening day', () => {
    const c = answered(intake({ policy: township, receivedAt: t('2026-09-24T10:00') }), at, township);
    const next = act(c, { action: 'feedback', satisfaction: 'unsatisfied' }, LEADER, t('2026-10-03T10:00'), township).next;
    expect(next.deadline).toEqual(endOf('2026-10-10'));
  });

  it('reopen {reason} by a coordinator or supervisor from a finished cycle: new deadline from now, cycle fields cleared', () => {
    const closed = run(answered(intake(), at), [
      [{ action: 'feedback', satisfaction: 'satisfied' }, WORKER, at],
      [{ action: 'verify' }, STATION, at],
      [closeBody, STATION, at],
    ]);
    const now = t('2026-10-20T09:00');
    const { next, entry } = act(closed, { action: 'reopen', reason: 'the lamp failed again' }, SUPERVISOR, now);
    expect(next).toMatchObject({
      status: 'reopened',
      clockStart: now,
      deadline: endOf('2026-10-27'),
      closure: null,
      verifiedBy: null,
      metAt: null,
      reopenCount: 1,
    });
    expect(entry.details).toEqual({ reason: 'the lamp failed again', metAt: at, onTime: true });
    expect(errorOf(() => act(closed, { action: 'reopen', reason: 'x' }, WORKER, now)).code).toBe('FORBIDDEN');
    expect(errorOf(() => act(closed, { action: 'reopen', reason: '' }, SUPERVISOR, now)).code).toBe('VALIDATION_FAILED');
  });

  it('a case rejected before acceptance reopens to `received`, so its class can still be confirmed', () => {
    const rejected = act(intake(), { action: 'reject', reason: 'not ours' }, LEADER, at).next;
    const { next } = act(rejected, { action: 'reopen', reason: 'it is ours after all' }, LEAD, t('2026-10-12T09:00'));
    expect(next).toMatchObject({ status: 'received', classConfirmed: false, rejectReason: null, deadline: endOf('2026-10-19') });
    expect(act(next, { action: 'accept', caseClass: 'complex' }, LEADER, t('2026-10-12T10:00')).next.deadline).toEqual(endOf('2026-10-26'));
  });

  it('an archived case is final', () => {
    const archived = run(answered(intake(), at), [
      [{ action: 'feedback', satisfaction: 'satisfied' }, WORKER, at],
      [{ action: 'verify' }, STATION, at],
      [closeBody, STATION, at],
      [{ action: 'archive' }, STATION, at],
    ]);
    expect(actionsFor(archived, ADMIN)).toEqual([]);
    expect(errorOf(() => act(archived, { action: 'reopen', reason: 'x' }, ADMIN, at)).details).toMatchObject({ allowed: [] });
  });

  it('feedback needs a known satisfaction', () => {
    const c = answered(intake(), at);
    expect(errorOf(() => act(c, { action: 'feedback', satisfaction: 'meh' as never }, WORKER, at)).details).toEqual([
      { field: 'satisfaction', message: expect.any(String) },
    ]);
  });
});

describe('verification by someone other than the handler', () => {
  const fedBack = () => act(answered(intake(), at), { action: 'feedback', satisfaction: 'satisfied' }, WORKER, at).next;

  it('verification by another person records verifiedBy', () => {
    expect(act(fedBack(), { action: 'verify', note: 'seen' }, STATION, at).next).toMatchObject({
      status: 'verified',
      verifiedBy: STATION.id,
    });
  });

  it('the handler cannot verify, even as admin: VERIFIER_IS_HANDLER', () => {
    const handlerIsAdmin = run(intake(), [
      [{ action: 'accept' }, LEADER, at],
      [{ action: 'assign', handlingUnit: 'district office', handlerId: ADMIN.id }, LEADER, at],
      [{ action: 'start' }, ADMIN, at],
      [{ action: 'respond', details: 'done' }, ADMIN, at],
      [{ action: 'feedback', satisfaction: 'satisfied' }, WORKER, at],
    ]);
    expect(errorOf(() => act(handlerIsAdmin, { action: 'verify' }, ADMIN, at))).toMatchObject({
      code: 'VERIFIER_IS_HANDLER',
      details: { handlerId: ADMIN.id, respondedBy: ADMIN.id },
    });
    expect(actionsFor(handlerIsAdmin, ADMIN)).toEqual(['reopen']);
    expect(actionsFor(handlerIsAdmin, STATION)).toEqual(['verify', 'reopen']);
  });

  it('A2.1 whoever resolved on the spot cannot verify it either', () => {
    const spot = act(intake(), { action: 'resolve-on-spot', details: 'answered' }, LEAD, at).next;
    expect(errorOf(() => act(spot, { action: 'verify' }, LEAD, at)).code).toBe('VERIFIER_IS_HANDLER');
    expect(act(spot, { action: 'verify' }, SUPERVISOR, at).next.verifiedBy).toBe(SUPERVISOR.id);
  });

  it('a grid worker or a department handler may not verify (FORBIDDEN)', () => {
    expect(errorOf(() => act(fedBack(), { action: 'verify' }, WORKER, at)).code).toBe('FORBIDDEN');
    expect(errorOf(() => act(fedBack(), { action: 'verify' }, LEADER, at)).code).toBe('FORBIDDEN');
  });
});

describe("closing registers A3.3's fields", () => {
  const verified = () =>
    run(answered(intake(), at), [
      [{ action: 'feedback', satisfaction: 'satisfied' }, WORKER, at],
      [{ action: 'verify' }, STATION, at],
    ]);

  it('A3.3 handling unit, handler, completion time and details are stored on the case and the entry', () => {
    const { next, entry } = act(verified(), closeBody, STATION, t('2026-10-10T09:00'));
    expect(next.closure).toEqual({
      handlingUnit: 'district housing bureau',
      handler: 'Wang Li',
      completedAt: at,
      details: 'lamp replaced',
    });
    expect(entry.details).toEqual(next.closure);
  });

  it('A3.3 missing or blank fields: CLOSE_FIELDS_REQUIRED naming each of them', () => {
    const body = { action: 'close', handlingUnit: ' ', handler: '', completedAt: new Date(Number.NaN), details: 'x' } as const;
    expect(errorOf(() => act(verified(), body, STATION, at))).toMatchObject({
      code: 'CLOSE_FIELDS_REQUIRED',
      details: [
        { field: 'handlingUnit', message: expect.any(String) },
        { field: 'handler', message: expect.any(String) },
        { field: 'completedAt', message: expect.any(String) },
      ],
    });
  });

  it('A3.3 completedAt not in the future nor before receipt', () => {
    expect(errorOf(() => act(verified(), { ...closeBody, completedAt: t('2026-10-09T09:01') }, STATION, at)).code).toBe(
      'CLOSE_COMPLETED_AT_IN_FUTURE',
    );
    expect(errorOf(() => act(verified(), { ...closeBody, completedAt: t('2026-09-29T09:00') }, STATION, at)).code).toBe(
      'CLOSE_COMPLETED_AT_BEFORE_RECEIPT',
    );
  });

  it('A3.3 only verified cases close; only closed cases archive', () => {
    const fedBack = act(answered(intake(), at), { action: 'feedback', satisfaction: 'satisfied' }, WORKER, at).next;
    expect(errorOf(() => act(fedBack, closeBody, STATION, at))).toMatchObject({
      code: 'ACTION_NOT_ALLOWED',
      details: { allowed: ['verify', 'reopen'] },
    });
    expect(errorOf(() => act(verified(), { action: 'archive' }, STATION, at)).code).toBe('ACTION_NOT_ALLOWED');
  });
});
