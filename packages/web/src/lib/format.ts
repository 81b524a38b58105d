/**
 * Dates and times for display: always Asia/Shanghai, in the UI language, one form on every page and
 * printed sheet: a day "2026/12/07" (formatDate), an instant "2026/12/07 09:10" (formatDateTime; seconds
 * only where they matter, the audit log), a month "2026年12月" (formatMonth).
 */

export function formatDateTime(iso: string | null | undefined, lang: string, opts: { seconds?: boolean } = {}): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(opts.seconds ? { second: '2-digit' as const } : {}),
    hour12: false,
  }).format(d);
}

/** Today's date (YYYY-MM-DD) in Asia/Shanghai. */
export function todayShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A day ('YYYY-MM-DD', or the day of an instant) in the same form as formatDateTime ("2026/12/07"). */
export function formatDate(date: string | null | undefined, lang: string): string {
  if (!date) return '—';
  const d = new Date(date.length === 10 ? `${date}T12:00:00+08:00` : date);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
}

/** A month ('YYYY-MM') as "2026年12月" / "December 2026". */
export function formatMonth(month: string, lang: string): string {
  const d = new Date(`${month}-15T12:00:00+08:00`);
  if (Number.isNaN(d.getTime())) return month;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long' }).format(
    d,
  );
}

/** The month ('YYYY-MM') `delta` months from `month`. */
export function addMonths(month: string, delta: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}
