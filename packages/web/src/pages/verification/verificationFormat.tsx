/** Small display helpers of the verification pages. */
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../api/verification';

const STATUS_COLOUR: Record<TaskStatus, string> = { pending: 'blue', done: 'green', cancelled: 'default' };

export function StatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOUR[status]}>{t(`verification.status.${status}`)}</Tag>;
}

/** 0.6667 → "66.7%"; null → "—". */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;
}

/** Labels of the resident tags, by code (from GET /resident-tags). */
export type TagLabels = ReadonlyMap<string, string>;

/** A recorded or corrected value as the form shows it; ID numbers and phones arrive masked. */
export function formatValue(t: TFunction, name: string, value: unknown, tags: TagLabels): string {
  if (value === null || value === undefined || value === '') return t('verificationTask.empty');
  switch (name) {
    case 'housing':
      return t(`housing.${String(value)}`, { defaultValue: String(value) });
    case 'sex':
      return t(`sex.${String(value)}`, { defaultValue: String(value) });
    case 'relation':
      return t(`relation.${String(value)}`, { defaultValue: String(value) });
    case 'tags':
      return Array.isArray(value) && value.length > 0
        ? value.map((c) => tags.get(String(c)) ?? String(c)).join('、')
        : t('verificationTask.empty');
    default:
      return String(value);
  }
}
