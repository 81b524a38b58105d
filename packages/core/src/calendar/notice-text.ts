/**
 * Reads the State Council holiday notice in its usual Chinese form, one numbered line per holiday:
 *   一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
 * In each line's sentences (split at 。), dates of a sentence with 放假 / 补休 are days off
 * (X至Y is a range), dates of a sentence with 上班 are working days; other sentences are ignored.
 * Cross-checks: a weekday in brackets must match the date, and 共N天 must match the days listed.
 * A missing month or year is taken from the previous date of the line (else the notice's year);
 * a range like 12月30日至1月1日 starts in the previous year.
 */
import { civilOf, dayNumberOf, daysInMonth, formatDayNumber, weekdayOfDayNumber } from './dates';
import { validationError, type Issue } from './calendar-data';
import type { HolidayNotice } from './notice';

const LINE_RE = /^\s*(?:[一二三四五六七八九十]+、|\d+\s*[.．、])\s*([^：:]+?)\s*[：:]\s*(.+)$/;
const DATE_RE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\s*[（(]([^）)]*)[）)])?/g;
const RANGE_SEP_RE = /^\s*[至到～~—–－-]+\s*$/;
const WEEKDAY_RE = /(?:周|星期|礼拜)([一二三四五六日天])/;
const COUNT_RE = /共\s*(\d+|[一二三四五六七八九十]+)\s*天/;
const CN_DIGITS = '一二三四五六七八九十';
const CN_WEEKDAYS = '一二三四五六日';

interface LineContext {
  lineNo: number;
  year: number;
  month?: number;
  issues: Issue[];
}

interface DateToken {
  day: number;
  /** True when the token ends a range X至Y that starts at the previous token. */
  rangeEnd: boolean;
  explicitYear: boolean;
}

const issue = (ctx: LineContext, message: string) => ctx.issues.push({ path: `line ${ctx.lineNo}`, message });

function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (tens ? CN_DIGITS.indexOf(tens) + 1 : text.includes('十') ? 1 : 0) * 10 + (ones ? CN_DIGITS.indexOf(ones) + 1 : 0);
}

function checkWeekday(ctx: LineContext, day: number, bracket: string | undefined, label: string): void {
  const match = bracket ? WEEKDAY_RE.exec(bracket) : null;
  if (!match) return;
  const said = match[1] === '天' ? 7 : CN_WEEKDAYS.indexOf(match[1]) + 1;
  const actual = weekdayOfDayNumber(day);
  if (said !== actual) issue(ctx, `${label} is a 周${CN_WEEKDAYS[actual - 1]}, the notice says ${match[0]}`);
}

function readDates(sentence: string, ctx: LineContext): DateToken[] {
  const tokens: DateToken[] = [];
  let lastEnd = -1;
  for (const m of sentence.matchAll(DATE_RE)) {
    const label = m[0];
    if (m[1]) ctx.year = Number(m[1]);
    if (m[2]) ctx.month = Number(m[2]);
    const dayOfMonth = Number(m[3]);
    const between = lastEnd >= 0 ? sentence.slice(lastEnd, m.index) : '';
    lastEnd = m.index + m[0].length;
    if (ctx.month === undefined) {
      issue(ctx, `${label}: the month is missing`);
      return [];
    }
    if (ctx.month < 1 || ctx.month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(ctx.year, ctx.month)) {
      issue(ctx, `${label} is not a real date`);
      continue;
    }
    const day = dayNumberOf(ctx.year, ctx.month, dayOfMonth);
    checkWeekday(ctx, day, m[4], label);
    tokens.push({ day, rangeEnd: tokens.length > 0 && RANGE_SEP_RE.test(between), explicitYear: Boolean(m[1]) });
  }
  return tokens;
}

/** Expands ranges into single days; 12月30日至1月1日 without years starts the year before. */
function expand(tokens: DateToken[], ctx: LineContext): number[] {
  const days: number[] = [];
  tokens.forEach((token, i) => {
    if (!token.rangeEnd) return void days.push(token.day);
    let from = days.pop() as number;
    if (from > token.day && !tokens[i - 1].explicitYear) {
      const [y, m, d] = civilOf(from);
      from = dayNumberOf(y - 1, m, d);
    }
    if (from > token.day) return void issue(ctx, `range ending ${formatDayNumber(token.day)} starts after it ends`);
    for (let day = from; day <= token.day; day++) days.push(day);
  });
  return days;
}

function readSentence(sentence: string, ctx: LineContext, off: number[], work: number[]): boolean {
  const isWork = sentence.includes('上班');
  const isOff = /放假|补休|休息/.test(sentence);
  const tokens = readDates(sentence, ctx);
  const hasDates = /\d日/.test(sentence);
  if (tokens.length === 0 || (!isWork && !isOff)) return hasDates;
  if (isWork && isOff) {
    issue(ctx, `"${sentence}" mixes days off and working days: split it at 。`);
    return true;
  }
  const days = expand(tokens, ctx);
  (isWork ? work : off).push(...days);
  const count = COUNT_RE.exec(sentence);
  if (count && isOff && chineseNumber(count[1]) !== days.length) {
    issue(ctx, `${count[0]} but ${days.length} days are listed`);
  }
  return true;
}

/** Consecutive days of one line become one { name, from, to } block. */
function blocks(name: string, days: number[]): HolidayNotice['holidays'] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const out: HolidayNotice['holidays'] = [];
  sorted.forEach((day, i) => {
    if (i > 0 && day === sorted[i - 1] + 1) out[out.length - 1].to = formatDayNumber(day);
    else out.push({ name, from: formatDayNumber(day), to: formatDayNumber(day) });
  });
  return out;
}

/** Parses the notice text into the structured form; throws VALIDATION_FAILED naming each line. */
export function parseHolidayNoticeText(year: number, text: string): HolidayNotice {
  const notice: HolidayNotice = { year, holidays: [], workdays: [] };
  const issues: Issue[] = [];
  const normalised = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  normalised.split(/\r?\n/).forEach((line, i) => {
    const match = LINE_RE.exec(line);
    if (!match) return;
    const [name, body] = [match[1].trim(), match[2]];
    const ctx: LineContext = { lineNo: i + 1, year, issues };
    const off: number[] = [];
    const work: number[] = [];
    const found = body.split('。').map((s) => readSentence(s, ctx, off, work));
    if (!found.includes(true)) return void issue(ctx, `${name}: no dates found`);
    notice.holidays.push(...blocks(name, off));
    notice.workdays.push(...work.map((day) => ({ date: formatDayNumber(day), name })));
  });
  if (issues.length === 0 && notice.holidays.length === 0) {
    issues.push({ path: 'text', message: 'no numbered holiday lines (一、元旦：...) found' });
  }
  if (issues.length > 0) throw validationError(`the ${year} notice text could not be read`, issues);
  return notice;
}
