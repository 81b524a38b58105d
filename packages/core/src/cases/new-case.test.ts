import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar';
import { newCase, intakeEntryOf, recomputeProvisional } from './new-case';
import { ADMIN, LEADER, WORKER, act, calendar, community, errorOf, intake, t, township } from './testing';

const endOf = (date: string) => t(`${date}T23:59:59.999`);

describe('newCase (intake)', () => {
  it('A3.4 D2 A1.7 a new case: received, version 1, lowest tier, deadline from the policy, owner = intake person', () => {
    const c = intake();
    expect(c).toMatchObject({
      status: 'received',
      version: 1,
      caseClass: 'general',
      classConfirmed: false,
      tier: 'grid-worker',
      receivedAt: t('2026-09-30T10:00'),
      clockStart: t('2026-09-30T10:00'),
      deadline: endOf('2026-10-13'),
      deadlineProvisional: false,
      policyVersion: 1,
      ownerId: WORKER.id,
      handlerId: null,
      metAt: null,
      onTime: null,
      escalations: 0,
      reopenCount: 0,
    });
  });

  it('C5.3 a township case starts at the grid leader, the first rung of its own ladder; a tier may be given', () => {
    expect(intake({ policy: township }).tier).toBe('grid-leader');
    expect(intake({ policy: township, tier: 'community' }).tier).toBe('community');
  });

  it('A3.4 C5.2 an unknown class is UNKNOWN_CASE_CLASS naming the field and the allowed classes', () => {
    const error = errorOf(() => intake({ caseClass: 'major' }));
    expect(error.code).toBe('UNKNOWN_CASE_CLASS');
    expect(error.details).toEqual([
      { field: 'caseClass', message: expect.any(String), allowed: ['consultation', 'general', 'complex', 'especially-complex'] },
    ]);
    expect(errorOf(() => intake({ policy: township, caseClass: 'consultation' })).code).toBe('UNKNOWN_CASE_CLASS');
  });

  it('VALIDATION_FAILED names each bad field: unknown tier, receivedAt in the future or invalid, owner', () => {
    const base = { caseClass: 'general', ownerId: 2, policy: community, policyVersion: 1, calendar };
    const future = errorOf(() =>
      newCase({ ...base, receivedAt: t('2026-10-01T10:00'), now: t('2026-09-30T10:00'), tier: 'mayor', ownerId: 0 }),
    );
    expect(future.code).toBe('VALIDATION_FAILED');
    expect(future.details).toEqual([
      { field: 'receivedAt', message: expect.any(String) },
      { field: 'tier', message: expect.any(String) },
      { field: 'ownerId', message: expect.any(String) },
    ]);
    const invalid = errorOf(() => newCase({ ...base, receivedAt: new Date('nope'), now: t('2026-09-30T10:00') }));
    expect(invalid.details).toEqual([{ field: 'receivedAt', message: expect.any(String) }]);
  });

  it('A3.4 back-entry: the calendar applies to receivedAt, not to now', () => {
    const c = newCase({
      receivedAt: t('2025-09-28T09:00'),
      caseClass: 'general',
      ownerId: 7,
      policy: community,
      policyVersion: 3,
      calendar,
      now: t('2026-01-10T09:00'),
    });
    expect(c.deadline).toEqual(endOf('2025-10-11'));
    expect(c.policyVersion).toBe(3);
  });

  it('the intake entry records class, tier, deadline and policy version', () => {
    const c = intake();
    expect(intakeEntryOf(c, WORKER.id, t('2026-09-30T10:01'))).toEqual({
      action: 'intake',
      at: t('2026-09-30T10:01'),
      actorId: WORKER.id,
      fromStatus: null,
      toStatus: 'received',
      details: {
        receivedAt: c.receivedAt,
        caseClass: 'general',
        tier: 'grid-worker',
        deadline: c.deadline,
        deadlineProvisional: false,
        policyVersion: 1,
      },
    });
  });
});

describe('recomputeProvisional (D1: provisional deadlines are recomputed when the year is confirmed)', () => {
  const confirmed = createWorkingCalendar({ overrides: [{ date: '2027-01-04', kind: 'holiday', note: 'notice' }], confirmedYears: [2027] });
  const provisionalCase = () => intake({ receivedAt: t('2026-12-28T10:00') });

  it('D1 a provisional intake in 2026-12 due in 2027 is recomputed and firm once 2027 is confirmed', () => {
    const c = provisionalCase();
    expect(c).toMatchObject({ deadline: endOf('2027-01-05'), deadlineProvisional: true });
    const result = recomputeProvisional(c, { policy: community, calendar: confirmed, now: t('2026-12-29T08:00') });
    expect(result?.next).toMatchObject({ deadline: endOf('2027-01-06'), deadlineProvisional: false, version: 2 });
    expect(result?.entry).toMatchObject({
      action: 'deadline-recomputed',
      actorId: null,
      fromStatus: 'received',
      toStatus: 'received',
      deadlineBefore: endOf('2027-01-05'),
      deadlineAfter: endOf('2027-01-06'),
    });
  });

  it('D1 confirming the year without moving the date still clears the flag (entry without a deadline pair)', () => {
    const sameDates = createWorkingCalendar({ overrides: [], confirmedYears: [2027] });
    const result = recomputeProvisional(provisionalCase(), { policy: community, calendar: sameDates, now: t('2026-12-29T08:00') });
    expect(result?.next).toMatchObject({ deadline: endOf('2027-01-05'), deadlineProvisional: false });
    expect(result?.entry.deadlineBefore).toBeUndefined();
  });

  it('D1 nothing to do: a firm deadline, or a still-unconfirmed year with the same date → null', () => {
    expect(recomputeProvisional(intake(), { policy: community, calendar: confirmed, now: t('2026-12-29T08:00') })).toBeNull();
    expect(recomputeProvisional(provisionalCase(), { policy: community, calendar, now: t('2026-12-29T08:00') })).toBeNull();
  });

  it('D1 D4 onTime is re-decided against the recomputed deadline; an approved extension is never recomputed', () => {
    const met = act(provisionalCase(), { action: 'resolve-on-spot', details: 'answered' }, WORKER, t('2027-01-06T10:00')).next;
    expect(met.onTime).toBe(false);
    expect(recomputeProvisional(met, { policy: community, calendar: confirmed, now: t('2027-01-07T08:00') })?.next.onTime).toBe(true);
    const c = act(
      intake({ receivedAt: t('2026-12-28T10:00'), caseClass: 'especially-complex' }),
      { action: 'accept' },
      LEADER,
      t('2026-12-28T11:00'),
    ).next;
    const requested = act(
      c,
      { action: 'request-extension', reason: 'needs a survey', proposedDeadline: endOf('2027-02-26') },
      LEADER,
      t('2026-12-29T09:00'),
    ).next;
    const extended = act(requested, { action: 'decide-extension', approve: true, reason: 'agreed' }, ADMIN, t('2026-12-29T10:00')).next;
    expect(extended).toMatchObject({ deadline: endOf('2027-02-26'), deadlineProvisional: false });
    expect(recomputeProvisional(extended, { policy: community, calendar: confirmed, now: t('2026-12-30T08:00') })).toBeNull();
  });
});
