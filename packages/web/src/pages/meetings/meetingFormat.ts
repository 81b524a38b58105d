/** Meeting labels and the month view's items: the policy's schedule joined with the meetings recorded. */
import type { TFunction } from 'i18next';
import { COMBINED_MEETING, EXTRA_MEETING_TYPES, type MeetingSummary, type ScheduledMeeting } from '../../api/meetings';
import { todayShanghai } from '../../lib/format';

export const typeLabel = (t: TFunction, type: string) => t(`meetings.types.${type}`, { defaultValue: type });

export const MEETING_STATUS_COLOURS: Record<string, string> = { scheduled: 'processing', held: 'success', cancelled: 'default' };

/** The meeting types a region may record: the policy's meetings, their combined form (D7) and the extras (A2.5, C2.4). */
export function meetingTypesOf(values: Record<string, unknown> | undefined): string[] {
  const m = values?.meetings as { obligations?: Record<string, unknown>; combined?: { value?: boolean } } | undefined;
  return [...Object.keys(m?.obligations ?? {}), ...(m?.combined?.value ? [COMBINED_MEETING] : []), ...EXTRA_MEETING_TYPES];
}

export type MonthItemState = 'held' | 'scheduled' | 'cancelled' | 'missed' | 'planned';

export interface MonthItem {
  key: string;
  date: string;
  type: string;
  scheduled: ScheduledMeeting | null;
  meeting: MeetingSummary | null;
  meetingId: number | null;
  state: MonthItemState;
}

export const dayOf = (iso: string) => todayShanghai(new Date(iso));

/** Each scheduled meeting with the meeting recorded for it (its id, else one of that type that day), then the others recorded. */
export function monthItems(schedule: ScheduledMeeting[], recorded: MeetingSummary[], today = todayShanghai()): MonthItem[] {
  const used = new Set<number>();
  const items: MonthItem[] = schedule.map((s, i) => {
    const meeting =
      recorded.find((m) => m.id === s.meetingId) ??
      recorded.find((m) => !used.has(m.id) && m.type === s.type && dayOf(m.startsAt) === s.date);
    if (meeting) used.add(meeting.id);
    const meetingId = meeting?.id ?? s.meetingId;
    const state: MonthItemState = meeting ? meeting.status : meetingId ? 'scheduled' : s.date < today ? 'missed' : 'planned';
    return { key: `s${i}`, date: s.date, type: s.type, scheduled: s, meeting: meeting ?? null, meetingId, state };
  });
  for (const m of recorded.filter((r) => !used.has(r.id))) {
    items.push({ key: `m${m.id}`, date: dayOf(m.startsAt), type: m.type, scheduled: null, meeting: m, meetingId: m.id, state: m.status });
  }
  return items.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}

/** The month's days as weeks, Monday first; null outside the month. */
export function monthWeeks(month: string): Array<Array<string | null>> {
  const first = new Date(`${month}-01T00:00:00Z`);
  const days = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: Array<string | null> = [...Array(lead).fill(null)];
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}
