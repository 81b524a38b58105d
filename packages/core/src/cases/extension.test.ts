import { describe, expect, it } from 'vitest';
import { clonePreset } from '../policy';
import { actionsFor } from './workflow';
import { ADMIN, DEPT, LEADER, WORKER, act, community, errorOf, intake, run, t, township } from './testing';

const endOf = (date: string) => t(`${date}T23:59:59.999`);
const at = t('2026-10-09T09:00');

/** An accepted especially-complex case (due 2026-10-20), assigned to DEPT and started. */
function especiallyComplex() {
  return run(intake({ caseClass: 'especially-complex' }), [
    [{ action: 'accept' }, LEADER, at],
    [{ action: 'assign', handlingUnit: 'district planning bureau', handlerId: DEPT.id }, LEADER, at],
    [{ action: 'start' }, DEPT, at],
  ]);
}

describe('extensions (A3.4, D4)', () => {
  it("A3.4 D4 the handler requests, a coordinator approves: the deadline becomes the approver's choice", () => {
    const c = especiallyComplex();
    expect(c.deadline).toEqual(endOf('2026-10-20'));
    const requested = act(
      c,
      { action: 'request-extension', reason: 'needs a site survey', proposedDeadline: endOf('2026-11-06') },
      DEPT,
      at,
    );
    expect(requested.next.extension).toEqual({
      requestedBy: DEPT.id,
      reason: 'needs a site survey',
      proposedDeadline: endOf('2026-11-06'),
      requestedAt: at,
    });
    expect(requested.next.deadline).toEqual(endOf('2026-10-20'));
    const decided = act(
      requested.next,
      { action: 'decide-extension', approve: true, deadline: endOf('2026-10-30'), reason: 'two weeks are enough' },
      LEADER,
      at,
    );
    expect(decided.next).toMatchObject({
      deadline: endOf('2026-10-30'),
      deadlineProvisional: false,
      extension: null,
      status: 'in-progress',
    });
    expect(decided.entry).toMatchObject({
      details: { approve: true, reason: 'two weeks are enough', requestedBy: DEPT.id, proposedDeadline: endOf('2026-11-06') },
      deadlineBefore: endOf('2026-10-20'),
      deadlineAfter: endOf('2026-10-30'),
    });
  });

  it('D4 without a deadline in the decision, the proposed one applies; a refusal keeps the deadline', () => {
    const requested = act(
      especiallyComplex(),
      { action: 'request-extension', reason: 'r', proposedDeadline: endOf('2026-11-06') },
      DEPT,
      at,
    ).next;
    expect(act(requested, { action: 'decide-extension', approve: true, reason: 'ok' }, LEADER, at).next.deadline).toEqual(
      endOf('2026-11-06'),
    );
    const refused = act(requested, { action: 'decide-extension', approve: false, reason: 'finish it now' }, LEADER, at);
    expect(refused.next).toMatchObject({ deadline: endOf('2026-10-20'), extension: null });
    expect(refused.entry.deadlineBefore).toBeUndefined();
  });

  it('A3.4 D4 a reason is required for the request and the decision (EXTENSION_REASON_REQUIRED)', () => {
    const c = especiallyComplex();
    expect(
      errorOf(() => act(c, { action: 'request-extension', reason: ' ', proposedDeadline: endOf('2026-11-06') }, DEPT, at)),
    ).toMatchObject({
      code: 'EXTENSION_REASON_REQUIRED',
      details: [{ field: 'reason', message: expect.any(String) }],
    });
    const requested = act(c, { action: 'request-extension', reason: 'r', proposedDeadline: endOf('2026-11-06') }, DEPT, at).next;
    expect(errorOf(() => act(requested, { action: 'decide-extension', approve: true, reason: '' }, LEADER, at)).code).toBe(
      'EXTENSION_REASON_REQUIRED',
    );
  });

  it('A3.4 C5.2 only extendable classes: community general and every township class are refused', () => {
    const general = run(intake(), [[{ action: 'accept' }, LEADER, at]]);
    expect(
      errorOf(() => act(general, { action: 'request-extension', reason: 'r', proposedDeadline: endOf('2026-11-06') }, LEADER, at)),
    ).toMatchObject({
      code: 'EXTENSION_NOT_ALLOWED_FOR_CLASS',
      details: { caseClass: 'general' },
    });
    for (const caseClass of ['general', 'complex', 'major']) {
      const c = act(intake({ policy: township, caseClass }), { action: 'accept' }, LEADER, at, township).next;
      const error = errorOf(() =>
        act(c, { action: 'request-extension', reason: 'r', proposedDeadline: endOf('2026-12-31') }, LEADER, at, township),
      );
      expect(error.code).toBe('EXTENSION_NOT_ALLOWED_FOR_CLASS');
      expect(actionsFor(c, ADMIN, township)).not.toContain('request-extension');
    }
  });

  it('D4 a policy may make another class extendable, and cap the length', () => {
    const policy = clonePreset('community');
    policy.caseClasses.general.extendable = true;
    policy.extension.maxLength = { value: 5, unit: 'working-days' };
    const c = act(intake({ policy }), { action: 'accept' }, LEADER, at, policy).next; // due 10-13
    // 5 working days after 10-13: 10-14, 15, 16, 19, 20.
    const tooLong = errorOf(() =>
      act(c, { action: 'request-extension', reason: 'r', proposedDeadline: t('2026-10-21T00:00') }, LEADER, at, policy),
    );
    expect(tooLong).toMatchObject({
      code: 'EXTENSION_TOO_LONG',
      details: { field: 'proposedDeadline', latestDeadline: endOf('2026-10-20') },
    });
    const requested = act(c, { action: 'request-extension', reason: 'r', proposedDeadline: endOf('2026-10-20') }, LEADER, at, policy).next;
    expect(act(requested, { action: 'decide-extension', approve: true, reason: 'ok' }, ADMIN, at, policy).next.deadline).toEqual(
      endOf('2026-10-20'),
    );
  });

  it('D4 never earlier than the current deadline, never already past (request and decision)', () => {
    const c = especiallyComplex();
    expect(
      errorOf(() => act(c, { action: 'request-extension', reason: 'r', proposedDeadline: endOf('2026-10-19') }, DEPT, at)),
    ).toMatchObject({
      code: 'EXTENSION_DEADLINE_TOO_EARLY',
      details: { field: 'proposedDeadline', currentDeadline: endOf('2026-10-20') },
    });
    const requested = act(c, { action: 'request-extension', reason: 'r', proposedDeadline: endOf('2026-11-06') }, DEPT, at).next;
    const early = errorOf(() =>
      act(requested, { action: 'decide-extension', approve: true, deadline: endOf('2026-10-15'), reason: 'r' }, LEADER, at),
    );
    expect(early).toMatchObject({ code: 'EXTENSION_DEADLINE_TOO_EARLY', details: { field: 'deadline' } });
    const passed = errorOf(() => act(requested, { action: 'decide-extension', approve: true, reason: 'r' }, LEADER, t('2026-11-07T09:00')));
    expect(passed.code).toBe('EXTENSION_DEADLINE_PASSED');
  });

  it('D4 one request at a time; deciding needs a request; the UI is told which applies', () => {
    const c = especiallyComplex();
    expect(errorOf(() => act(c, { action: 'decide-extension', approve: true, reason: 'r' }, LEADER, at)).code).toBe(
      'EXTENSION_NOT_REQUESTED',
    );
    expect(actionsFor(c, LEADER, community)).toContain('request-extension');
    expect(actionsFor(c, LEADER, community)).not.toContain('decide-extension');
    const requested = act(c, { action: 'request-extension', reason: 'r', proposedDeadline: endOf('2026-11-06') }, DEPT, at).next;
    expect(
      errorOf(() => act(requested, { action: 'request-extension', reason: 'r', proposedDeadline: endOf('2026-11-09') }, DEPT, at)).code,
    ).toBe('EXTENSION_ALREADY_REQUESTED');
    expect(actionsFor(requested, LEADER, community)).toContain('decide-extension');
    expect(actionsFor(requested, LEADER, community)).not.toContain('request-extension');
  });

  it('D4 the handler may request but not decide; a grid worker may do neither', () => {
    const requested = act(
      especiallyComplex(),
      { action: 'request-extension', reason: 'r', proposedDeadline: endOf('2026-11-06') },
      DEPT,
      at,
    ).next;
    expect(errorOf(() => act(requested, { action: 'decide-extension', approve: true, reason: 'r' }, DEPT, at)).code).toBe('FORBIDDEN');
    expect(
      errorOf(() =>
        act(especiallyComplex(), { action: 'request-extension', reason: 'r', proposedDeadline: endOf('2026-11-06') }, WORKER, at),
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('D4 a pending request is dropped once the handler responds', () => {
    const requested = act(
      especiallyComplex(),
      { action: 'request-extension', reason: 'r', proposedDeadline: endOf('2026-11-06') },
      DEPT,
      at,
    ).next;
    expect(act(requested, { action: 'respond', details: 'done after all' }, DEPT, at).next.extension).toBeNull();
  });
});
