/** The web's names of case statuses, sources and lights agree with the ones exports print (core cases/labels). */
import { CASE_SOURCE_LABELS, CASE_STATUS_LABELS, LIGHT_LABELS } from '@gridwork/core/cases/labels';
import { describe, expect, it } from 'vitest';
import enCases from './en.cases';
import zhCases from './zh-CN.cases';

const names = (table: Record<string, { zh: string; en: string }>, lang: 'zh' | 'en') =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[lang]]));

describe('case labels', () => {
  it('statuses and sources in the UI read as in the xlsx exports, in Chinese and English', () => {
    expect(zhCases.caseStatus).toEqual(names(CASE_STATUS_LABELS, 'zh'));
    expect(enCases.caseStatus).toEqual(names(CASE_STATUS_LABELS, 'en'));
    expect(zhCases.caseSources).toEqual(names(CASE_SOURCE_LABELS, 'zh'));
    expect(enCases.caseSources).toEqual(names(CASE_SOURCE_LABELS, 'en'));
  });

  it('lights in the UI read as in the xlsx exports', () => {
    for (const light of ['green', 'yellow', 'red'] as const) {
      expect(zhCases.light[light].name).toBe(LIGHT_LABELS[light].zh);
      expect(enCases.light[light].name).toBe(LIGHT_LABELS[light].en);
    }
  });
});
