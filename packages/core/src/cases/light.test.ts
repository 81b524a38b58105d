import { describe, expect, it } from 'vitest';
import { isOpen, lightOf, shownLight, warnAt } from './light';
import { CASE_STATUSES } from './types';
import { ADMIN, LEADER, STATION, WORKER, act, answered, intake, run, t } from './testing';

describe('traffic light (API contract, D2)', () => {
  const c = intake(); // community general, 2026-09-30 10:00 → 2026-10-13 23:59:59.999
  const start = c.receivedAt.getTime();
  const span = c.deadline.getTime() - start;
  const yellowAt = new Date(start + Math.ceil(0.8 * span));

  it('D2 green until warnShare (0.8) of receipt → deadline has passed, then yellow, wall clock', () => {
    expect(warnAt(c, 0.8)).toEqual(yellowAt);
    expect(lightOf(c, c.receivedAt, 0.8)).toBe('green');
    expect(lightOf(c, new Date(yellowAt.getTime() - 1), 0.8)).toBe('green');
    expect(lightOf(c, yellowAt, 0.8)).toBe('yellow');
  });

  it('D2 warnShare is policy data: 0.5 turns yellow at the half', () => {
    const half = start + Math.ceil(span / 2);
    expect(lightOf(c, new Date(half - 1), 0.5)).toBe('green');
    expect(lightOf(c, new Date(half), 0.5)).toBe('yellow');
  });

  it('D2 the deadline instant itself is yellow; one millisecond later red while not met', () => {
    expect(lightOf(c, c.deadline, 0.8)).toBe('yellow');
    expect(lightOf(c, new Date(c.deadline.getTime() + 1), 0.8)).toBe('red');
    expect(lightOf(c, t('2027-01-01T00:00'), 0.8)).toBe('red');
  });

  it('D2 a met case is green, even when it was met late (onTime tells)', () => {
    const late = t('2026-10-15T09:00');
    const met = act(answered(c, t('2026-10-01T09:00')), { action: 'feedback', satisfaction: 'satisfied' }, WORKER, late).next;
    expect(met.onTime).toBe(false);
    expect(lightOf(met, t('2026-10-20T00:00'), 0.8)).toBe('green');
  });

  it('D2 a reopened case measures its light from the reopening (clockStart), against its new deadline', () => {
    const reopenedAt = t('2026-10-12T09:00');
    const fedBack = act(answered(c, t('2026-10-09T09:00')), { action: 'feedback', satisfaction: 'unsatisfied' }, WORKER, reopenedAt).next;
    expect(fedBack.clockStart).toEqual(reopenedAt);
    expect(lightOf(fedBack, t('2026-10-12T10:00'), 0.8)).toBe('green');
    expect(lightOf(fedBack, new Date(fedBack.deadline.getTime() + 1), 0.8)).toBe('red');
  });

  it('D2 a finished case (closed, archived, rejected, merged) shows no light; an open one its running light', () => {
    const at = t('2026-10-09T09:00');
    const archived = run(answered(c, at), [
      [{ action: 'feedback', satisfaction: 'satisfied' }, WORKER, at],
      [{ action: 'verify' }, STATION, at],
      [{ action: 'close', handlingUnit: '社区', handler: '张三', completedAt: at, details: '已办结' }, STATION, at],
      [{ action: 'archive' }, STATION, at],
    ]);
    expect(archived.status).toBe('archived');
    const later = t('2027-03-01T00:00');
    expect(lightOf(archived, later, 0.8)).toBe('green'); // the API's light: met
    expect(shownLight({ status: archived.status, light: lightOf(archived, later, 0.8) })).toBeNull();
    for (const status of CASE_STATUSES) {
      for (const light of ['green', 'yellow', 'red'] as const) {
        expect(shownLight({ status, light }), `${status} ${light}`).toBe(isOpen(status) ? light : null);
      }
    }
    expect(shownLight({ status: 'fed-back', light: 'green' })).toBe('green'); // met, still open (A3.3)
    expect(shownLight({ status: 'in-progress', light: 'red' })).toBe('red');
  });
});

describe('isOpen', () => {
  it('A3.3 closed, archived, rejected and merged cases are not open; every other status is', () => {
    expect(CASE_STATUSES.filter((s) => !isOpen(s))).toEqual(['closed', 'archived', 'rejected', 'merged']);
    expect(isOpen('fed-back')).toBe(true);
    expect(isOpen('reopened')).toBe(true);
  });

  it('A3.3 a case rejected at intake is not open; an accepted one is', () => {
    const c = intake();
    expect(isOpen(act(c, { action: 'reject', reason: 'not a community matter' }, LEADER, t('2026-09-30T11:00')).next.status)).toBe(false);
    expect(isOpen(act(c, { action: 'accept' }, ADMIN, t('2026-09-30T11:00')).next.status)).toBe(true);
  });
});
