import { describe, expect, it } from 'vitest';
import { PRESETS } from '../policy';
import { visitStatusOf, type VisitInput } from './visit-status';

const v = (iso: string, type = 'routine'): VisitInput => ({ startedAt: new Date(iso), type });
const elderly = [{ birthDate: '1950-05-05', tags: [] }];
const base = { members: elderly, policy: PRESETS.community, policyVersion: 2 };

describe('visit status (contract "visit-status", A7.2, D5)', () => {
  it('A7.2 D5 a class-1 household visited once this month is met', () => {
    expect(visitStatusOf({ ...base, visits: [v('2026-03-10T02:00:00Z')], date: '2026-03-12' })).toMatchObject({
      visitClass: '1-general',
      reasons: [{ rule: 'A7.2', memberIndex: 0, reason: 'age-60-plus' }],
      period: { start: '2026-03-01', end: '2026-03-31' },
      required: 1,
      done: 1,
      status: 'met',
      policyVersion: 2,
    });
  });

  it('D5 calls are contacts and never count', () => {
    expect(visitStatusOf({ ...base, visits: [v('2026-03-10T02:00:00Z', 'call')], date: '2026-03-31' })).toMatchObject({
      done: 0,
      status: 'overdue',
    });
  });

  it('D5 a visit at 00:30 on 1 April in Asia/Shanghai belongs to April, not March', () => {
    const visits = [v('2026-03-31T16:30:00Z')];
    expect(visitStatusOf({ ...base, visits, date: '2026-03-31' })).toMatchObject({ done: 0, status: 'overdue' });
    expect(visitStatusOf({ ...base, visits, date: '2026-04-01' })).toMatchObject({ done: 1, status: 'met' });
  });

  it('A7.2 a circumstance added mid-period applies the new class to the whole period', () => {
    const visits = [v('2026-03-02T02:00:00Z')];
    const bedridden = [{ birthDate: '1950-05-05', tags: ['bedridden'] }];
    // Wednesday 11 March: the 2-key household needs a visit in this week (9-15 March).
    expect(visitStatusOf({ ...base, members: bedridden, visits, date: '2026-03-11' })).toMatchObject({
      visitClass: '2-key',
      period: { start: '2026-03-09', end: '2026-03-15' },
      required: 1,
      done: 0,
      status: 'due',
    });
  });

  it('A7.2 a household crossing 60 moves from quarterly to monthly visits on the birthday', () => {
    const members = [{ birthDate: '1966-03-20', tags: [] }];
    expect(visitStatusOf({ ...base, members, visits: [], date: '2026-03-19' })).toMatchObject({
      visitClass: '3',
      period: { start: '2026-01-01', end: '2026-03-31' },
      required: 2,
    });
    expect(visitStatusOf({ ...base, members, visits: [], date: '2026-03-20' })).toMatchObject({
      visitClass: '1-general',
      period: { start: '2026-03-01', end: '2026-03-31' },
      required: 1,
    });
  });

  it('A7.2 an override sets the frequency and shows the derived class', () => {
    const r = visitStatusOf({ ...base, override: { visitClass: '2-key', reason: 'after surgery' }, visits: [], date: '2026-03-11' });
    expect(r).toMatchObject({ visitClass: '2-key', source: 'override', derivedClass: '1-general', period: { start: '2026-03-09' } });
  });
});
