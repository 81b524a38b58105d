/**
 * TZ independence of the whole calendar, library included. chinese-days reads the process TZ when
 * its module loads, so each zone needs a fresh Node process: this test starts one per zone.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from './index';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const indexPath = fileURLToPath(new URL('./index.ts', import.meta.url));

/** What the calendar answers; must be the same in every zone. */
function answers(calendarApi: typeof api) {
  const calendar = calendarApi.createWorkingCalendar({
    overrides: [{ date: '2027-02-20', kind: 'workday', note: '' }],
    confirmedYears: [],
  });
  const pattern = (year: number) =>
    calendar
      .daysOfYear(year)
      .map((d) => d.kind[0] + (d.name ?? ''))
      .join('|');
  return {
    years: [2025, 2026, 2027, 2031].map(pattern),
    add: calendar.addWorkingDays('2026-09-30', 5),
    boundary: calendar.addWorkingDays('2026-12-31', 1),
    civil: calendar.civilDeadlineDate('2026-09-24', 7),
    statutory: [2027, 2028, 2040, 2099].map((y) => calendarApi.statutoryHolidays(y)),
    shanghai: calendarApi.shanghaiDate(new Date('2026-09-30T16:00:00Z')),
  };
}

function answersIn(tz: string): { answers: ReturnType<typeof answers>; echo: string } {
  const script = `
    const api = await import(${JSON.stringify(indexPath)});
    const { default: chineseDays } = await import('chinese-days');
    const answers = (${answers.toString()})(api);
    process.stdout.write(JSON.stringify({ answers, echo: chineseDays.getDayDetail('2026-10-01').date }));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(out) as { answers: ReturnType<typeof answers>; echo: string };
}

describe('TZ independence', () => {
  it('D1 D2 D3 the calendar gives the same answers in UTC, Shanghai, New York and Kiritimati (+14)', () => {
    const reference = answers(api);
    expect(reference.add).toEqual({ date: '2026-10-13', provisional: false });
    for (const tz of ['Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati']) {
      const { answers: got, echo } = answersIn(tz);
      expect(got, tz).toEqual(JSON.parse(JSON.stringify(reference)));
      // The package itself shifts dates west of UTC: it echoes 2026-10-01 as 09-30 in New York.
      expect(echo, tz).toBe(tz === 'America/New_York' ? '2026-09-30' : '2026-10-01');
    }
  }, 60_000);
});
