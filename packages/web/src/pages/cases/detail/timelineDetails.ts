/** A timeline entry's details as readable "label: value" lines (deadline changes first). */
import type { TFunction } from 'i18next';
import type { CaseRecord, TimelineEntry } from '../../../api/cases';
import { formatMinute } from '../../../lib/caseFormat';
import { classText, type ClassOption, type TierOption } from '../useCaseRefs';

export interface DetailContext {
  lang: string;
  classes: ClassOption[];
  tiers: TierOption[];
  people: Map<number, string>;
}

/** Bookkeeping the reader does not need (previous handler ids, the requester, the raw policy version…). */
const HIDDEN = new Set([
  'deadlineBefore',
  'deadlineAfter',
  'handlerBefore',
  'unitBefore',
  'ownerBefore',
  'ownerAfter',
  'requestedBy',
  'onTimeBefore',
  'policyVersion',
  'receivedAt',
]);
const DATES = new Set(['deadline', 'proposedDeadline', 'completedAt', 'metAt']);
/** Details that hold a person's id; the API names them (`people` of the case). */
const PEOPLE = new Set(['handlerId', 'toUserId', 'respondedBy']);

function valueText(t: TFunction, key: string, v: unknown, ctx: DetailContext): string {
  if (DATES.has(key) && typeof v === 'string') return formatMinute(v, ctx.lang);
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  if (key === 'satisfaction') return t(`satisfaction.${String(v)}`, { defaultValue: String(v) });
  if (key === 'caseClass' || key === 'classBefore') return classText(t, String(v), ctx.classes);
  if (key.startsWith('tier'))
    return ctx.tiers.find((x) => x.code === v)?.label ?? t(`caseTierCodes.${String(v)}`, { defaultValue: String(v) });
  if (PEOPLE.has(key)) return ctx.people.get(Number(v)) ?? t('caseDetail.person', { id: v });
  if (key === 'intoCaseId') return `#${String(v)}`;
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export function detailLines(t: TFunction, e: TimelineEntry, ctx: DetailContext): string[] {
  const d = e.details ?? {};
  const lines: string[] = [];
  if (typeof d.deadlineBefore === 'string' && typeof d.deadlineAfter === 'string') {
    lines.push(
      t('caseDetail.deadlineChange', { from: formatMinute(d.deadlineBefore, ctx.lang), to: formatMinute(d.deadlineAfter, ctx.lang) }),
    );
  }
  for (const [key, v] of Object.entries(d)) {
    if (HIDDEN.has(key) || v === null || v === undefined || v === '') continue;
    if ((key === 'deadlineProvisional' || key === 'provisional') && v === false) continue;
    lines.push(t('caseDetail.detailLine', { label: t(`detailKeys.${key}`, { defaultValue: key }), value: valueText(t, key, v, ctx) }));
  }
  return lines;
}

/** Names of the people on the timeline (its actors, and those the API names for ids in details), to show ids as names. */
export function peopleOf(timeline: TimelineEntry[] | undefined, named: CaseRecord['people'] = []): Map<number, string> {
  const m = new Map<number, string>();
  for (const e of timeline ?? []) if (e.actor?.name) m.set(e.actor.id, e.actor.name);
  for (const p of named) if (p.name) m.set(p.id, p.name);
  return m;
}
