/** Assessment display helpers: item values by kind, record outcomes and where a record's page is. */
import { ITEM_KIND } from '@gridwork/core/assessment/items';
import type { i18n as I18n, TFunction } from 'i18next';
import type { AssessmentItem, RecordRow, ScorePart } from '../../api/assessment';

export const itemLabel = (t: TFunction, item: string) => t(`assessment.items.${item}`, { defaultValue: item });

const kindOf = (item: AssessmentItem) => (ITEM_KIND as Record<string, 'rate' | 'count' | 'sum'>)[item] ?? 'rate';

/** A rate as a percentage with what it is of ("92.3% (12/13)"), a count or sum as recorded. */
export function valueText(part: Pick<ScorePart, 'item' | 'value' | 'done' | 'of'>): string {
  if (kindOf(part.item) !== 'rate') return String(part.value);
  const pct = `${(part.value * 100).toFixed(1)}%`;
  return part.of > 0 ? `${pct} (${part.done}/${part.of})` : pct;
}

export const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** The outcome of a record in words when it is a code the app knows (attendance, satisfaction, a reward's kind…). */
export function outcomeText(t: TFunction, i18n: I18n, outcome: string): string {
  for (const ns of ['assessment.outcomes', 'attendance', 'satisfaction', 'rewards.kinds']) {
    if (i18n.exists(`${ns}.${outcome}`)) return t(`${ns}.${outcome}`);
  }
  return outcome;
}

/** A reward's label ends with its ground's code ("陈静：dedication"): in words. */
export function recordLabel(t: TFunction, i18n: I18n, r: RecordRow): string {
  if (r.ref?.type !== 'reward') return r.label;
  const at = r.label.lastIndexOf('：');
  const ground = r.label.slice(at + 1);
  return at >= 0 && i18n.exists(`rewards.grounds.${ground}`) ? `${r.label.slice(0, at + 1)}${t(`rewards.grounds.${ground}`)}` : r.label;
}

/** The web page of a record, where there is one. */
export function recordPath(ref: RecordRow['ref']): string | null {
  if (!ref) return null;
  switch (ref.type) {
    case 'case':
      return `/cases/${ref.id}`;
    case 'diary':
      return `/diaries/${ref.id}`;
    case 'meeting':
      return `/meetings/${ref.id}`;
    case 'training':
      return `/trainings/${ref.id}`;
    case 'verification-task':
      return `/verification/tasks/${ref.id}`;
    default:
      return null;
  }
}
