/** The pure parts of the notices beyond cases: when the round report notice opens (C2.2, D6, D1) and the masking of texts (C3). */
import { createWorkingCalendar } from '@gridwork/core/calendar';
import { PRESETS } from '@gridwork/core/policy';
import { describe, expect, it } from 'vitest';
import { scrubText } from './notice-view';
import { dueNoticeOpensOn, openDueRounds } from './round-report-due';

const calendar = createWorkingCalendar({ overrides: [], confirmedYears: [] });
const township = { regionId: 7, version: 3, values: PRESETS.township };
const community = { regionId: 8, version: 4, values: PRESETS.community };

describe('round report due notice', () => {
  it('C2.2 D6 opens when 2 working days are left, the due day included (due Thu 2026-10-15 → Wed the 14th)', () => {
    expect(dueNoticeOpensOn(calendar, '2026-10-15')).toBe('2026-10-14');
    expect(dueNoticeOpensOn(calendar, '2026-10-15', 3)).toBe('2026-10-13');
  });

  it('D1 a due day off counts none; an adjusted working Saturday counts (2026-02-15 Spring Festival → Fri 13th)', () => {
    // 2026-02-15 (Sunday) is a holiday, Saturday the 14th an adjusted working day, Friday the 13th a working day.
    expect(calendar.isWorkday('2026-02-15')).toBe(false);
    expect(calendar.isWorkday('2026-02-14')).toBe(true);
    expect(dueNoticeOpensOn(calendar, '2026-02-15')).toBe('2026-02-13');
    // Monday 2026-10-12 after the National Day week: Saturday the 10th is an adjusted working day.
    expect(dueNoticeOpensOn(calendar, '2026-10-12')).toBe('2026-10-10');
  });

  it('C2.2 D6 township policies only, in the round month only, from the opening day to the month end', () => {
    const at = (iso: string) => openDueRounds([township, community], calendar, new Date(iso));
    expect(at('2026-10-13T23:59:59+08:00')).toEqual([]);
    const open = at('2026-10-14T00:00:00+08:00');
    expect(open).toEqual([{ policyRegionId: 7, month: '2026-10', due: new Date('2026-10-15T23:59:59.999+08:00') }]);
    expect(at('2026-10-31T23:00:00+08:00')).toEqual([
      { policyRegionId: 7, month: '2026-10', due: new Date('2026-10-15T23:59:59.999+08:00') },
    ]);
    expect(at('2026-11-02T09:00:00+08:00')).toEqual([]); // not a round month
    expect(at('2027-01-14T09:00:00+08:00')).toEqual([
      { policyRegionId: 7, month: '2027-01', due: new Date('2027-01-15T23:59:59.999+08:00') },
    ]);
  });

  it('C2.2 D6 a policy that moves the report earlier moves the notice with it', () => {
    const values = structuredClone(PRESETS.township);
    values.visits!.obligations!['round-report'].window!.toDay = 9; // due end of Fri 2026-10-09; Thu the 8th works after National Day
    const moved = { regionId: 9, version: 5, values };
    expect(openDueRounds([moved], calendar, new Date('2026-10-07T23:59:59+08:00'))).toEqual([]);
    expect(openDueRounds([moved], calendar, new Date('2026-10-08T00:00:00+08:00'))).toEqual([
      { policyRegionId: 9, month: '2026-10', due: new Date('2026-10-09T23:59:59.999+08:00') },
    ]);
  });
});

describe('notice texts', () => {
  it('C3 D10 ID numbers and phones inside a text are masked; other text stays', () => {
    expect(scrubText('13812345678 反映井盖缺失')).toBe('138****5678 反映井盖缺失');
    expect(scrubText('电话 138-1234-5678')).toBe('电话 138****5678');
    expect(scrubText('身份证110105199001011234和11010519900101123X')).toBe('身份证110***********1234和110***********123X');
    expect(scrubText('3号楼前井盖缺失 2026-11-02')).toBe('3号楼前井盖缺失 2026-11-02');
  });
});
