/** Labels and numbers of a supervision report (C8), shared by the report page and its printed sheet. */
import type { TFunction } from 'i18next';
import { addMonths, todayShanghai } from '../../lib/format';

/** The months a report can be written for: those that have ended, newest first. */
export function endedMonths(count = 24): string[] {
  const now = todayShanghai().slice(0, 7);
  return Array.from({ length: count }, (_, i) => addMonths(now, -1 - i));
}

/** A month that has not ended (the next one). */
export function notEndedMonth(): string {
  return addMonths(todayShanghai().slice(0, 7), 1);
}

/** A count that may carry a fraction (points), without trailing zeros. */
export function num(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 10) / 10);
}

/** done of `of` as a percentage, or a dash when nothing was due. */
export function percentOf(done: number, of: number): string {
  return of > 0 ? `${Math.round((done / of) * 1000) / 10}%` : '—';
}

/** A rate (0-1) as a percentage. */
export function rateText(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

export function teamItemLabel(t: TFunction, item: string): string {
  return t(`supReports.team.items.${item}`, { defaultValue: t(`assessment.items.${item}`, { defaultValue: item }) });
}

export function visitClassLabel(t: TFunction, key: string, label: string): string {
  return t(`visitClass.${key}`, { defaultValue: label });
}

export function meetingTypeLabel(t: TFunction, type: string): string {
  return t(`meetings.types.${type}`, { defaultValue: type });
}

export function rewardKindLabel(t: TFunction, kind: string): string {
  return t(`rewards.kinds.${kind}`, { defaultValue: kind });
}

export function rewardGroundLabel(t: TFunction, ground: string): string {
  return t(`rewards.grounds.${ground}`, { defaultValue: ground });
}
