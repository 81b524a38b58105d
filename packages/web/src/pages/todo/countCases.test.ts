import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../api/cases';
import { countCases } from './useTodo';

const withActions = (actions: string[]) => ({ abilities: { actions } }) as unknown as CaseRecord;

describe('待办: which of my cases wait for me', () => {
  it('A3.2 a responded case whose feedback the worker collects counts as feedback due, not as waiting', () => {
    expect(countCases([withActions(['feedback'])])).toEqual({ casesWaiting: 0, feedbackDue: 1 });
  });
  it('A2.2 a step of the case itself waits for me; routing, reopening or nothing at all does not', () => {
    const cases = [
      withActions(['accept', 'reject']),
      withActions(['respond', 'transfer']),
      withActions(['reopen']),
      withActions(['assign']),
      withActions([]),
    ];
    expect(countCases(cases)).toEqual({ casesWaiting: 2, feedbackDue: 0 });
  });
});
