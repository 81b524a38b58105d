import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar';
import { PRESETS, timeLimitOf } from '../policy';
import { computeDeadline } from './deadline';
import { calendar, t } from './testing';

/** The deadline of a class of a preset, as the Shanghai end-of-day instant it must be. */
function due(preset: 'community' | 'township' | 'marketing', caseClass: string, receivedAt: Date) {
  return computeDeadline(receivedAt, timeLimitOf(PRESETS[preset], caseClass), calendar);
}
const endOf = (date: string) => t(`${date}T23:59:59.999`);

describe('working-day limits (A3.4, D2)', () => {
  it('A3.4 D2 community general received 2026-09-30 10:00 is due 2026-10-13 23:59:59.999 +08:00 (contract example)', () => {
    const result = due('community', 'general', t('2026-09-30T10:00'));
    expect(result).toEqual({ deadline: new Date('2026-10-13T23:59:59.999+08:00'), provisional: false });
    expect(result.deadline.toISOString()).toBe('2026-10-13T15:59:59.999Z');
  });

  // Expected dates reasoned from the State Council notices: 2025 春节 01-28..02-04 (work 01-26 Sun,
  // 02-08 Sat), 劳动节 05-01..05 (work 04-27), 国庆中秋 10-01..08 (work 09-28 Sun, 10-11 Sat);
  // 2026 元旦 01-01..03 (work 01-04 Sun), 春节 02-15..23 (work 02-14, 02-28 Sat), 国庆 10-01..07
  // (work 09-20 Sun, 10-10 Sat). Columns: consultation 2, general 5, complex 10, especially-complex 10.
  const cases: Array<[string, string, [string, string, string, string]]> = [
    ['2026 National Day', '2026-09-30T10:00', ['2026-10-09', '2026-10-13', '2026-10-20', '2026-10-20']],
    [
      '2025 Spring Festival, the adjusted Sunday 01-26 is day 1',
      '2025-01-24T16:00',
      ['2025-01-27', '2025-02-07', '2025-02-13', '2025-02-13'],
    ],
    [
      '2025 National Day, received on the adjusted Sunday 09-28',
      '2025-09-28T09:00',
      ['2025-09-30', '2025-10-11', '2025-10-17', '2025-10-17'],
    ],
    ['2026 Spring Festival, received Friday late evening', '2026-02-13T23:30', ['2026-02-24', '2026-02-27', '2026-03-05', '2026-03-05']],
    [
      '2026 Spring Festival, received on the adjusted Saturday 02-14',
      '2026-02-14T00:30',
      ['2026-02-25', '2026-02-28', '2026-03-06', '2026-03-06'],
    ],
    ['2025 Labour Day', '2025-04-30T10:00', ['2025-05-07', '2025-05-12', '2025-05-19', '2025-05-19']],
    ['2026 New Year, the adjusted Sunday 01-04 is day 1', '2025-12-31T10:00', ['2026-01-05', '2026-01-08', '2026-01-15', '2026-01-15']],
  ];
  const classes = ['consultation', 'general', 'complex', 'especially-complex'];
  for (const [name, received, expected] of cases) {
    it(`A3.4 D2 D1 community, every class, ${name}: received ${received}`, () => {
      const got = classes.map((cls) => due('community', cls, t(received)));
      expect(got).toEqual(expected.map((date) => ({ deadline: endOf(date), provisional: false })));
    });
  }

  it('D2 the day of receipt is the Asia/Shanghai day, whatever the UTC date (TZ=UTC in tests)', () => {
    // 2026-02-13T15:59:59Z is Friday 23:59:59 in Shanghai; one second later it is Saturday 02-14.
    expect(due('community', 'general', new Date('2026-02-13T15:59:59Z')).deadline).toEqual(endOf('2026-02-27'));
    expect(due('community', 'general', new Date('2026-02-13T16:00:00Z')).deadline).toEqual(endOf('2026-02-28'));
  });

  it('B4.2 D2 marketing classes use working days too: a complaint on 2026-09-30 is due 2026-10-09', () => {
    expect(due('marketing', 'consultation', t('2026-09-30T10:00')).deadline).toEqual(endOf('2026-10-08'));
    expect(due('marketing', 'complaint', t('2026-09-30T10:00')).deadline).toEqual(endOf('2026-10-09'));
  });

  it('D1 D2 a count running into 2027 (no official data) is provisional; intake is not refused', () => {
    expect(due('community', 'consultation', t('2026-12-28T10:00'))).toEqual({ deadline: endOf('2026-12-30'), provisional: false });
    // 2027-01-01 (元旦 by law) and the weekend are computed: day 4 is 01-04, day 5 is 01-05.
    expect(due('community', 'general', t('2026-12-28T10:00'))).toEqual({ deadline: endOf('2027-01-05'), provisional: true });
    expect(due('community', 'complex', t('2027-03-01T09:00')).provisional).toBe(true);
  });

  it('D1 a confirmed 2027 with the admin correcting a day gives a firm deadline', () => {
    const confirmed = createWorkingCalendar({ overrides: [{ date: '2027-01-04', kind: 'holiday', note: 'test' }], confirmedYears: [2027] });
    const limit = timeLimitOf(PRESETS.community, 'general');
    expect(computeDeadline(t('2026-12-28T10:00'), limit, confirmed)).toEqual({ deadline: endOf('2027-01-06'), provisional: false });
  });
});

describe('calendar-day limits (C5.2, D3)', () => {
  // Columns: general 7, complex 15, major 30 calendar days (Civil Code arts. 201, 203).
  const cases: Array<[string, string, [string, string, string]]> = [
    ['2026 National Day: day 7 is 10-01, moved to 10-08', '2026-09-24T10:00', ['2026-10-08', '2026-10-09', '2026-10-26']],
    ['2025 National Day: day 7 is 10-01, moved to 10-09', '2025-09-24T10:00', ['2025-10-09', '2025-10-09', '2025-10-24']],
    ['2025 Spring Festival: day 7 is 除夕 01-28, moved to 02-05', '2025-01-21T10:00', ['2025-02-05', '2025-02-05', '2025-02-20']],
    ['2026 Spring Festival: days 7 and 15 fall in the holiday', '2026-02-08T10:00', ['2026-02-24', '2026-02-24', '2026-03-10']],
    ['2025 Labour Day: day 7 is 05-03, day 15 a Sunday', '2025-04-26T10:00', ['2025-05-06', '2025-05-12', '2025-05-26']],
    ['2026 Qingming: day 30 is 04-04', '2026-03-05T10:00', ['2026-03-12', '2026-03-20', '2026-04-07']],
  ];
  for (const [name, received, expected] of cases) {
    it(`C5.2 D3 township, every class, ${name}: received ${received}`, () => {
      const got = ['general', 'complex', 'major'].map((cls) => due('township', cls, t(received)));
      expect(got).toEqual(expected.map((date) => ({ deadline: endOf(date), provisional: false })));
    });
  }

  it('C5.2 D3 township general received on Sunday 2026-03-08: the last day, Sunday 03-15, moves to Monday 03-16', () => {
    expect(due('township', 'general', t('2026-03-08T10:00')).deadline).toEqual(endOf('2026-03-16'));
  });

  it('C5.2 D3 a last day on an adjusted working Saturday stays (2026-10-10, 2025-10-11)', () => {
    expect(due('township', 'general', t('2026-10-03T10:00')).deadline).toEqual(endOf('2026-10-10'));
    expect(due('township', 'general', t('2025-10-04T10:00')).deadline).toEqual(endOf('2025-10-11'));
  });

  it('C5.2 D3 a holiday inside the period does not lengthen it', () => {
    expect(due('township', 'complex', t('2026-09-30T18:00')).deadline).toEqual(endOf('2026-10-15'));
  });

  it('D1 D3 a last day in 2027 is provisional', () => {
    expect(due('township', 'general', t('2026-12-25T10:00'))).toEqual({ deadline: endOf('2027-01-04'), provisional: true });
    expect(due('township', 'general', t('2026-12-20T10:00'))).toEqual({ deadline: endOf('2026-12-28'), provisional: false });
  });
});
