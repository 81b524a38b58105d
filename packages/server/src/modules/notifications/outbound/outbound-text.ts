/**
 * The Chinese text a notice goes out with (SMS, group robots). It is built from what the notice
 * carries and keeps only the matter's number, title, kind and deadline or period (C3, D10): never a
 * reminder's free text, a reporter, a resident or the account behind a reveal burst; digits that could
 * be an ID number or a phone are masked as in the app (scrubText).
 */
import { maskIdNumber } from '@gridwork/core/households';
import { scrubText } from '../notice-view';
import { NOTICE_KIND_LABELS_ZH } from '@gridwork/core/notices/labels';

export interface OutboundNotice {
  kind: string;
  case_id: number | null;
  subject_kind: string;
  subject_id: number;
  payload: unknown;
}

export interface OutboundText {
  /** The heading: the notice's kind in Chinese. */
  title: string;
  /** One line: what the notice is about. */
  body: string;
}

const HEADINGS = NOTICE_KIND_LABELS_ZH;

/** 'YYYY-MM-DD HH:mm' in Asia/Shanghai (UTC+8 all year), or null for anything that is not a time. */
export function shanghaiMinute(value: unknown): string | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const t = new Date(value).getTime();
  if (Number.isNaN(t)) return null;
  return new Date(t + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** 7+ digits with spaces between them (an ID number in groups, a phone typed with double spaces). */
const SPACED_NUMBER = /\d(?:\s*\d){6,}(?:\s*[Xx])?/g;

/**
 * A value of the notice for the text: full-width digits made plain (NFKC) and spaces collapsed before
 * masking, so a number typed on a phone's keyboard or in groups is masked too.
 */
const str = (v: unknown, max = 60): string =>
  typeof v === 'string' || typeof v === 'number'
    ? scrubText(String(v).normalize('NFKC').replace(/\s+/g, ' '))
        .replace(SPACED_NUMBER, (m) => maskIdNumber(m.replace(/\s/g, '')))
        .trim()
        .slice(0, max)
    : '';

function caseLine(n: OutboundNotice, p: Record<string, unknown>): string {
  const title = str(p.title);
  const deadline = shanghaiMinute(p.deadline);
  const head = `案件 #${n.case_id}${title ? `「${title}」` : ''}`;
  switch (n.kind) {
    case 'case-warning':
      return `${head}将于 ${deadline ?? '期限'} 到期，请及时办理`;
    case 'case-overdue':
      return `${head}已超过办理期限${deadline ? `（${deadline}）` : ''}`;
    case 'case-assigned':
      return `${head}已分派办理${deadline ? `，期限 ${deadline}` : ''}`;
    case 'feedback-due':
      return `${head}已答复，请向居民反馈`;
    case 'case-reminder':
      return `${head}收到催办，请尽快办理`;
    default:
      return `${head}有新通知`;
  }
}

function otherLine(n: OutboundNotice, p: Record<string, unknown>): string {
  switch (n.kind) {
    case 'round-report-submitted':
    case 'round-report-acknowledged':
      return `${str(p.gridName)} · ${str(p.month)} 集中走访报告`;
    case 'round-report-due':
      return p.overdue === true
        ? `${str(p.gridName)} · ${str(p.month)} 集中走访报告已逾期，请尽快报送`
        : `${str(p.gridName)} · ${str(p.month)} 集中走访报告，${str(p.due)} 前报送`;
    case 'verification-task-assigned':
      return `${str(p.regionName)} · ${str(p.year)} 年度档案核查，共 ${str(p.tasks)} 户`;
    case 'meeting-announce':
      return `${str(p.title)} · ${str(p.regionName)} · ${shanghaiMinute(p.startsAt) ?? ''}`;
    case 'reveal-burst':
      return `有账号 ${str(p.minutes)} 分钟内已查看 ${str(p.count)} 条敏感信息，后续查看已暂停，请登录系统核查`;
    default:
      return '有一条新通知，请登录系统查看';
  }
}

export function outboundText(n: OutboundNotice): OutboundText {
  const p = n.payload && typeof n.payload === 'object' ? (n.payload as Record<string, unknown>) : {};
  return { title: HEADINGS[n.kind] ?? '通知', body: n.case_id !== null ? caseLine(n, p) : otherLine(n, p) };
}

/** Plain text (SMS, robots' text messages). */
export const plainText = (t: OutboundText): string => `【网格通】${t.title}：${t.body}`;

/** Markdown characters in the notice's own words become full-width look-alikes: a title cannot add a link or a heading. */
const MARKDOWN_LOOKALIKE: Record<string, string> = {
  '[': '［',
  ']': '］',
  '(': '（',
  ')': '）',
  '<': '‹',
  '>': '›',
  '*': '＊',
  _: '＿',
  '`': '＇',
  '#': '＃',
  '!': '！',
  '\\': '＼',
  '~': '～',
};

export const markdownText = (t: OutboundText): string =>
  `### 网格通 · ${t.title}\n\n${t.body.replace(/[[\]()<>*_`#!\\~]/g, (c) => MARKDOWN_LOOKALIKE[c]).replace(/\s*\n\s*/g, ' ')}`;
