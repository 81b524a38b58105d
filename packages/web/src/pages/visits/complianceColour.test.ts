import { describe, expect, it } from 'vitest';
import type { ComplianceRow } from '../../api/visits';
import { colourByOf, colourOfRow, PACE_COLOUR } from './complianceColour';

const row = (over: Partial<ComplianceRow>): ComplianceRow => ({
  key: '1',
  label: 'g',
  households: 100,
  required: 100,
  done: 5,
  met: 5,
  due: 95,
  atRisk: 0,
  overdue: 0,
  rate: 0.05,
  ...over,
});

describe('compliance map colours', () => {
  it('A7.2 early in the period a grid with 5 % met is green by pace and red by rate', () => {
    expect(colourOfRow(row({}), 'pace')).toBe(PACE_COLOUR['on-track']);
    expect(colourOfRow(row({}), 'rate')).toBe('#ff4d4f');
  });
  it('A7.2 a grid whose periods ended unmet is red by pace though its rate is fair', () => {
    expect(colourOfRow(row({ met: 70, rate: 0.7, overdue: 30, due: 0 }), 'pace')).toBe(PACE_COLOUR.behind);
    expect(colourOfRow(row({ met: 70, rate: 0.7, overdue: 30, due: 0 }), 'rate')).toBe('#faad14');
  });
  it('grey without households in both colourings; pace is the default', () => {
    expect(colourOfRow(row({ households: 0, rate: 1 }), 'pace')).toBe('#bfbfbf');
    expect(colourOfRow(row({ households: 0, rate: 1 }), 'rate')).toBe('#bfbfbf');
    expect(colourByOf(null)).toBe('pace');
    expect(colourByOf('rate')).toBe('rate');
    expect(colourByOf('<script>')).toBe('pace');
  });
});
