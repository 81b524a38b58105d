import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-helpers';
import {
  checkFormAnswers,
  correctedValueProblem,
  discrepancyCount,
  formFieldKeys,
  parseFormField,
  quarterOf,
  quarterRange,
  type FieldAnswer,
} from './verification-form';

describe('verification quarters (A8.2, D8)', () => {
  it('D8 a quarter runs from its first day to its last', () => {
    expect(quarterRange('2026-Q1')).toEqual({ quarter: '2026-Q1', start: '2026-01-01', end: '2026-03-31' });
    expect(quarterRange('2026-Q2')).toMatchObject({ start: '2026-04-01', end: '2026-06-30' });
    expect(quarterRange('2026-Q3')).toMatchObject({ start: '2026-07-01', end: '2026-09-30' });
    expect(quarterRange('2026-Q4')).toMatchObject({ start: '2026-10-01', end: '2026-12-31' });
  });

  it('rejects other spellings, naming the field', () => {
    for (const bad of ['2026-Q5', '2026Q4', '2026-q4', '26-Q4', '2026-Q0', '']) {
      const e = errorOf(() => quarterRange(bad, 'body.quarter'));
      expect(e.code).toBe('VALIDATION_FAILED');
      expect(e.details).toEqual([{ path: 'body.quarter', message: 'must look like 2026-Q4' }]);
    }
  });

  it('quarterOf', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-10-01', '2026-12-31'].map(quarterOf)).toEqual([
      '2026-Q1',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2026-Q4',
    ]);
  });
});

describe('verification form fields (A8.2, A8.3, C3)', () => {
  it('lists the household fields, then every field of each member', () => {
    expect(formFieldKeys([7, 9])).toEqual([
      'household.address',
      'household.housing',
      'household.landlord',
      'resident.7.name',
      'resident.7.sex',
      'resident.7.birthDate',
      'resident.7.relation',
      'resident.7.tags',
      'resident.7.idNumber',
      'resident.7.phone',
      'resident.9.name',
      'resident.9.sex',
      'resident.9.birthDate',
      'resident.9.relation',
      'resident.9.tags',
      'resident.9.idNumber',
      'resident.9.phone',
    ]);
  });

  it('parses field keys and refuses unknown ones', () => {
    expect(parseFormField('resident.12.tags')).toEqual({ key: 'resident.12.tags', scope: 'resident', residentId: 12, name: 'tags' });
    expect(parseFormField('household.landlord')).toEqual({ key: 'household.landlord', scope: 'household', name: 'landlord' });
    for (const bad of ['household.version', 'resident.0.name', 'resident.x.name', 'resident.3.notes', 'address'])
      expect(parseFormField(bad)).toBeNull();
  });

  it('checks corrected values by field', () => {
    expect(correctedValueProblem('address', '  ')).toMatch(/1 to 200/);
    expect(correctedValueProblem('address', '新地址1号')).toBeNull();
    expect(correctedValueProblem('landlord', null)).toBeNull();
    expect(correctedValueProblem('housing', 'leased')).toMatch(/owned or rented/);
    expect(correctedValueProblem('sex', 'X')).toMatch(/M or F/);
    expect(correctedValueProblem('birthDate', '1966-02-30')).toMatch(/real date/);
    expect(correctedValueProblem('tags', ['low-income', 'low-income'])).toMatch(/distinct/);
    expect(correctedValueProblem('tags', ['Low Income'])).toMatch(/tag codes/);
    expect(correctedValueProblem('tags', [])).toBeNull();
    expect(correctedValueProblem('relation', 'spouse')).toBeNull();
    expect(correctedValueProblem('idNumber', '110105196611150011')).toMatch(/cannot be corrected/);
  });

  const required = formFieldKeys([5]);
  const allConfirmed = (): FieldAnswer[] => required.map((field) => ({ field, outcome: 'confirmed' }));

  it('A8.2 every field must be answered: missing ones are named', () => {
    const answers = allConfirmed().filter((a) => a.field !== 'resident.5.tags' && a.field !== 'household.address');
    expect(checkFormAnswers(required, answers)).toEqual([
      { field: 'fields.household.address', problem: 'not-answered', message: 'household.address is not answered' },
      { field: 'fields.resident.5.tags', problem: 'not-answered', message: 'resident.5.tags is not answered' },
    ]);
    expect(checkFormAnswers(required, allConfirmed())).toEqual([]);
  });

  it('refuses unknown and repeated fields, and values where none belong', () => {
    const answers: FieldAnswer[] = [
      ...allConfirmed(),
      { field: 'resident.6.name', outcome: 'confirmed' },
      { field: 'household.address', outcome: 'confirmed' },
    ];
    answers[1] = { field: 'household.housing', outcome: 'confirmed', correctedValue: 'rented' };
    expect(checkFormAnswers(required, answers).map((p) => [p.field, p.problem])).toEqual([
      ['fields.1.correctedValue', 'unexpected'],
      ['fields.10.field', 'unknown-field'],
      ['fields.11.field', 'repeated'],
    ]);
  });

  it('C3 sealed fields are only flagged: a corrected value is refused, a bare correction is accepted', () => {
    const flagged = allConfirmed().map((a) => (a.field === 'resident.5.idNumber' ? { ...a, outcome: 'corrected' as const } : a));
    expect(checkFormAnswers(required, flagged)).toEqual([]);
    const withValue = allConfirmed().map((a) =>
      a.field === 'resident.5.phone' ? { ...a, outcome: 'corrected' as const, correctedValue: '13800001234' } : a,
    );
    expect(checkFormAnswers(required, withValue)).toEqual([
      { field: 'fields.9.correctedValue', problem: 'sealed', message: 'a sealed field is only flagged as wrong, never corrected here' },
    ]);
  });

  it('a correction of a plain field needs a valid value', () => {
    const answers = allConfirmed();
    answers[0] = { field: 'household.address', outcome: 'corrected' };
    answers[5] = { field: 'resident.5.birthDate', outcome: 'corrected', correctedValue: '1960-13-01' };
    expect(checkFormAnswers(required, answers).map((p) => [p.field, p.problem])).toEqual([
      ['fields.0.correctedValue', 'missing'],
      ['fields.5.correctedValue', 'invalid'],
    ]);
  });

  it('counts the discrepancies: every corrected or flagged field', () => {
    const answers = allConfirmed();
    answers[0] = { field: 'household.address', outcome: 'corrected', correctedValue: '新地址' };
    answers[9] = { field: 'resident.5.phone', outcome: 'corrected' };
    expect(discrepancyCount(answers)).toBe(2);
    expect(discrepancyCount(allConfirmed())).toBe(0);
  });
});
