import { describe, expect, it } from 'vitest';
import { mergedLength, visitMinutesByDay } from './visit-hours';

const v = (start: string, end: string, ...visitorIds: number[]) => ({ visitorIds, startedAt: new Date(start), endedAt: new Date(end) });

describe('visiting time per visitor and day (C7.1, D6)', () => {
  it('C7.1 overlapping visits of one visitor on a day are merged, not double counted', () => {
    const rows = visitMinutesByDay(
      [
        v('2027-01-05T09:00:00+08:00', '2027-01-05T10:00:00+08:00', 7),
        v('2027-01-05T09:30:00+08:00', '2027-01-05T11:00:00+08:00', 7),
        v('2027-01-05T14:00:00+08:00', '2027-01-05T14:45:00+08:00', 7),
      ],
      '2027-01-01',
      '2027-01-15',
    );
    expect(rows).toEqual([{ userId: 7, date: '2027-01-05', visits: 3, minutes: 165 }]);
  });

  it('C7.1 a visit crossing midnight (Asia/Shanghai) splits by day; each visitor of a visit gets its time', () => {
    const rows = visitMinutesByDay([v('2027-01-05T23:00:00+08:00', '2027-01-06T01:30:00+08:00', 7, 9)], '2027-01-01', '2027-01-31');
    expect(rows).toEqual([
      { userId: 7, date: '2027-01-05', visits: 1, minutes: 60 },
      { userId: 9, date: '2027-01-05', visits: 1, minutes: 60 },
      { userId: 7, date: '2027-01-06', visits: 1, minutes: 90 },
      { userId: 9, date: '2027-01-06', visits: 1, minutes: 90 },
    ]);
  });

  it('C7.1 only the days from..to are reported; touching intervals add up', () => {
    const rows = visitMinutesByDay(
      [v('2027-01-31T23:00:00+08:00', '2027-02-01T02:00:00+08:00', 7), v('2027-02-01T02:00:00+08:00', '2027-02-01T03:00:00+08:00', 7)],
      '2027-02-01',
      '2027-02-28',
    );
    expect(rows).toEqual([{ userId: 7, date: '2027-02-01', visits: 2, minutes: 180 }]);
    expect(
      mergedLength([
        [5, 10],
        [0, 3],
        [2, 4],
        [10, 12],
      ]),
    ).toBe(11);
  });
});
