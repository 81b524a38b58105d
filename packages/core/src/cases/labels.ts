/**
 * Names of a case's status, source and light as exports print them (Chinese; English beside it).
 * The web keeps its own i18n of the same words (web i18n `caseStatus`, `caseSources`, `light`);
 * packages/web/src/i18n/caseLabels.test.ts checks that the two agree.
 */
import type { Light } from './light';
import type { CaseStatus } from './types';

/** Where a case came in (API contract `source`). */
export const CASE_SOURCES = ['field', 'walk-in', 'hotline', 'online', 'meeting', 'superior', 'open311'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

type Label = { readonly zh: string; readonly en: string };

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, Label>> = {
  received: { zh: '已登记', en: 'Received' },
  accepted: { zh: '已受理', en: 'Accepted' },
  'in-progress': { zh: '办理中', en: 'In progress' },
  responded: { zh: '已答复', en: 'Responded' },
  'fed-back': { zh: '已反馈', en: 'Fed back' },
  verified: { zh: '已核实', en: 'Verified' },
  closed: { zh: '已办结', en: 'Closed' },
  archived: { zh: '已归档', en: 'Archived' },
  rejected: { zh: '已退回', en: 'Rejected' },
  merged: { zh: '已合并', en: 'Merged' },
  reopened: { zh: '已重启', en: 'Reopened' },
};

export const CASE_SOURCE_LABELS: Readonly<Record<CaseSource, Label>> = {
  field: { zh: '网格巡查', en: 'Field patrol' },
  'walk-in': { zh: '来访', en: 'Walk-in' },
  hotline: { zh: '热线', en: 'Hotline' },
  online: { zh: '网上', en: 'Online' },
  meeting: { zh: '会议', en: 'Meeting' },
  superior: { zh: '上级交办', en: 'Superior assignment' },
  open311: { zh: 'Open311', en: 'Open311' },
};

export const LIGHT_LABELS: Readonly<Record<Light, Label>> = {
  green: { zh: '绿灯', en: 'Green' },
  yellow: { zh: '黄灯', en: 'Yellow' },
  red: { zh: '红灯', en: 'Red' },
};

/** A code's Chinese name from one of the tables above; an unknown code stays as it is. */
export function zhLabel(table: Readonly<Record<string, Label>>, code: string): string {
  return Object.hasOwn(table, code) ? table[code].zh : code;
}
