/** Display helpers for households and visits: colours by status and class, dates, field errors. */
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';

/** Visit status colours (D5): overdue red, at-risk amber, due blue, met green. */
export const STATUS_COLOURS: Record<string, string> = { overdue: '#ff4d4f', 'at-risk': '#faad14', due: '#1677ff', met: '#52c41a' };
export const STATUS_TAG: Record<string, string> = { overdue: 'error', 'at-risk': 'warning', due: 'processing', met: 'success' };
export const CLASS_TAG: Record<string, string> = {
  '2-key': 'magenta',
  '2-general': 'purple',
  '1-special': 'volcano',
  '1-general': 'orange',
  '3': 'default',
};

/** '1' (elderly), '2' (vulnerable) or '3' (others): the survey form type of A8.1. */
export function classKind(visitClass: string): '1' | '2' | '3' {
  return visitClass.startsWith('1') ? '1' : visitClass.startsWith('2') ? '2' : '3';
}

/** "10月9日 周五" / "Fri 9 Oct" for a YYYY-MM-DD date (Asia/Shanghai). */
export function shortDate(date: string | null | undefined, lang: string): string {
  if (!date) return '—';
  const d = new Date(`${date.slice(0, 10)}T12:00:00+08:00`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
  }).format(d);
}

/** Map colour of a compliance rate: green ≥ 90 %, yellow ≥ 60 %, red below; grey for a grid without households. */
export function rateColour(rate: number, households: number): string {
  if (households === 0) return '#bfbfbf';
  return rate >= 0.9 ? '#52c41a' : rate >= 0.6 ? '#faad14' : '#ff4d4f';
}

interface FieldProblem {
  field?: string;
  message?: string;
  problem?: string;
}

/**
 * Shows each field problem of a 400 under its form field ("body.endedAt" → `endedAt`,
 * "body.location.lat" → `location`). Returns true when every problem found its field.
 */
export function applyFieldErrors(form: FormInstance, e: unknown, fields: readonly string[], t: TFunction, problemKeys?: string): boolean {
  if (!(e instanceof ApiError) || e.status !== 400 || !Array.isArray(e.details) || e.details.length === 0) return false;
  let all = true;
  const byField = new Map<string, string[]>();
  for (const d of e.details as FieldProblem[]) {
    const name = (d.field ?? '').replace(/^body\./, '').split('.')[0];
    if (!fields.includes(name)) {
      all = false;
      continue;
    }
    const text = problemKeys && d.problem ? t(`${problemKeys}.${d.problem}`, { defaultValue: d.message ?? d.problem }) : (d.message ?? '');
    byField.set(name, [...(byField.get(name) ?? []), text]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return all;
}
