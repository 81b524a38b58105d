/** Case display helpers: the relative deadline, Asia/Shanghai date-time inputs, submission keys. */
import type { TFunction } from 'i18next';
import type { CaseRecord, Light } from '../api/cases';
import { formatDateTime } from './format';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "2 天" / "3 小时" / "20 分钟": the largest whole unit of a duration. */
function spanText(t: TFunction, ms: number): string {
  if (ms >= DAY) return t('cases.unit.day', { count: Math.floor(ms / DAY) });
  if (ms >= HOUR) return t('cases.unit.hour', { count: Math.floor(ms / HOUR) });
  return t('cases.unit.minute', { count: Math.max(1, Math.floor(ms / MINUTE)) });
}

/** "剩 2 天", "已超期 3 小时", or whether the met limit was met in time. */
export function deadlineText(t: TFunction, c: Pick<CaseRecord, 'deadline' | 'onTime'>, now: number = Date.now()): string {
  if (c.onTime !== null) return t(c.onTime ? 'cases.metOnTime' : 'cases.metLate');
  const left = new Date(c.deadline).getTime() - now;
  return left >= 0 ? t('cases.left', { value: spanText(t, left) }) : t('cases.overdue', { value: spanText(t, -left) });
}

export const LIGHT_COLOURS: Record<Light, string> = { green: '#52c41a', yellow: '#faad14', red: '#ff4d4f' };
export const LIGHT_TAG: Record<Light, string> = { green: 'success', yellow: 'warning', red: 'error' };
/** A finished case's edge: no light (D2). */
export const LIGHT_OFF_COLOUR = '#d9d9d9';

const SHANGHAI_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as the value of `<input type="datetime-local">`, in Asia/Shanghai ("2026-10-09T16:00"). */
export function toShanghaiInput(d: Date | string = new Date()): string {
  const parts = Object.fromEntries(SHANGHAI_PARTS.formatToParts(new Date(d)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** A datetime-local value read as Asia/Shanghai wall time, as the API's ISO instant. */
export function fromShanghaiInput(v: string): string {
  return `${v.length === 16 ? `${v}:00` : v}+08:00`;
}

/** A random UUID v4; works on plain-http LAN addresses too, where crypto.randomUUID is missing. */
export function newSubmissionKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** "2026/11/27 09:10": the one date-and-time form of the app (lib/format.ts). */
export const formatMinute = (iso: string | null | undefined, lang: string): string => formatDateTime(iso, lang);
