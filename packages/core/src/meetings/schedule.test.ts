import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar';
import { PRESETS, clonePreset } from '../policy';
import { meetingSchedule } from './schedule';

const calendar = createWorkingCalendar({ overrides: [], confirmedYears: [] });

describe('meeting schedules from the policy (A4, C2.4, C4, C5.1, C6, D7)', () => {
  it('D7 contract example: the township 16th of February 2026 (Spring Festival) moves to 2026-02-24, combined', () => {
    const s = meetingSchedule(PRESETS.township, '2026-02', calendar);
    expect(s.find((m) => m.type === 'combined-monthly')).toMatchObject({
      date: '2026-02-24',
      setDate: '2026-02-16',
      shifted: true,
      rule: 'D7',
      combines: ['team-16th', 'monthly-work', 'problem-analysis'],
    });
    expect(s.map((m) => m.type)).not.toContain('team-16th');
    // the weekly meetings of 02-16 and 02-23 both move to 02-24: one meeting that day
    expect(s.filter((m) => m.type === 'weekly-team' && m.date === '2026-02-24')).toHaveLength(1);
  });

  it('C4 weekly team meetings on Mondays, a Monday holiday moving to the next working day', () => {
    const weekly = meetingSchedule(PRESETS.township, '2026-10', calendar).filter((m) => m.type === 'weekly-team');
    // Mondays of October 2026: 5 (National Day holiday) → 8 (Thursday, the first working day after), 12, 19, 26
    expect(weekly.map((m) => m.date)).toEqual(['2026-10-08', '2026-10-12', '2026-10-19', '2026-10-26']);
    expect(weekly[0]).toMatchObject({ setDate: '2026-10-05', shifted: true, rule: 'C4' });
  });

  it('C2.4 the 16th on a Saturday moves to Monday the 18th; held apart when the policy does not combine (D7 option)', () => {
    const v = clonePreset('township');
    v.meetings!.combined!.value = false;
    const s = meetingSchedule(v, '2027-01', calendar);
    expect(s.filter((m) => m.type !== 'weekly-team').map((m) => [m.type, m.date])).toEqual([
      ['monthly-work', '2027-01-18'],
      ['problem-analysis', '2027-01-18'],
      ['team-16th', '2027-01-18'],
    ]);
    expect(s.find((m) => m.type === 'team-16th')).toMatchObject({ setDate: '2027-01-16', rule: 'C2.4' });
  });

  it('D7 a policy may keep the set day', () => {
    const v = clonePreset('township');
    v.meetings!.restDayShift.value = 'keep';
    expect(meetingSchedule(v, '2026-02', calendar).find((m) => m.type === 'combined-monthly')).toMatchObject({
      date: '2026-02-16',
      shifted: false,
    });
  });

  it('A4 the community monthly work meeting, once a month on its set day', () => {
    expect(meetingSchedule(PRESETS.community, '2026-12', calendar)).toEqual([
      { type: 'monthly-work', date: '2026-12-25', setDate: '2026-12-25', shifted: false, rule: 'A4' },
    ]);
    // 2026-04-25 is a Saturday: Monday 04-27
    expect(meetingSchedule(PRESETS.community, '2026-04', calendar)[0]).toMatchObject({ date: '2026-04-27', shifted: true });
  });

  it('a set day past the end of a short month falls on its last day', () => {
    const v = clonePreset('community');
    v.meetings!.schedule!['monthly-work'].day = 31;
    expect(meetingSchedule(v, '2027-02', calendar)[0]).toMatchObject({ setDate: '2027-02-28' });
  });
});
