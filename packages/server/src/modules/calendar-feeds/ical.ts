/** iCalendar (RFC 5545) text: escaped values, folded lines, CRLF. */
export interface IcalEvent {
  uid: string;
  summary: string;
  /** A timed event (start instant and minutes) or an all-day span (first and last date, inclusive). */
  start: Date | string;
  minutes?: number;
  lastDate?: string;
  location?: string | null;
  description?: string | null;
}

/**
 * TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma; every line break (CRLF, LF or a
 * bare CR) as `\n`; other control characters dropped (a lenient reader would split lines on them).
 */
export function icalText(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n');
  return [...escaped].filter((ch) => isPrintable(ch.codePointAt(0)!)).join('');
}

/** Tab and everything from the space up, but DEL. */
const isPrintable = (code: number) => code === 9 || (code >= 0x20 && code !== 0x7f);

/** Folds a content line at 75 octets, never inside a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const dateValue = (d: string) => d.replace(/-/g, '');
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function icalCalendar(name: string, events: IcalEvent[], now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Gridwork//网格通//ZH',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${icalText(name)}`,
  ];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${stamp(now)}`);
    if (typeof e.start === 'string') {
      lines.push(`DTSTART;VALUE=DATE:${dateValue(e.start)}`, `DTEND;VALUE=DATE:${dateValue(nextDay(e.lastDate ?? e.start))}`);
    } else {
      lines.push(`DTSTART:${stamp(e.start)}`, `DURATION:PT${e.minutes ?? 60}M`);
    }
    lines.push(`SUMMARY:${icalText(e.summary)}`);
    if (e.location) lines.push(`LOCATION:${icalText(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${icalText(e.description)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
