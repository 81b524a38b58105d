import { describe, expect, it } from 'vitest';
import { paceOf } from './pace';

describe('compliance pace', () => {
  it('A7.2 early in a period nothing met is on track: nothing is overdue or at risk', () => {
    expect(paceOf({ households: 120, overdue: 0, atRisk: 0 })).toBe('on-track');
  });
  it('A7.2 behind once more than 10 % of the periods ended unmet (the 90 % standard is out of reach)', () => {
    expect(paceOf({ households: 100, overdue: 11, atRisk: 0 })).toBe('behind');
    expect(paceOf({ households: 100, overdue: 10, atRisk: 0 })).toBe('on-track');
    expect(paceOf({ households: 10, overdue: 2, atRisk: 5 })).toBe('behind');
  });
  it('D2 at risk when overdue and at-risk together pass 10 % but the standard is still reachable', () => {
    expect(paceOf({ households: 100, overdue: 5, atRisk: 6 })).toBe('at-risk');
    expect(paceOf({ households: 100, overdue: 0, atRisk: 10 })).toBe('on-track');
    expect(paceOf({ households: 3, overdue: 0, atRisk: 1 })).toBe('at-risk');
  });
  it('a group without households is empty', () => {
    expect(paceOf({ households: 0, overdue: 0, atRisk: 0 })).toBe('empty');
  });
});
