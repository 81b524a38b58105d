/** Each action's fields (API contract, section Cases): what the form shows, its defaults, the body it sends. */
import type { ActionName, CaseRecord } from '../../../api/cases';
import { fromShanghaiInput, toShanghaiInput } from '../../../lib/caseFormat';
import { peopleOf } from './timelineDetails';

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'datetime'
  | 'approve'
  | 'satisfaction'
  | 'caseClass'
  | 'user'
  | 'case'
  /** a handling unit: typed, or picked from the units the case can go to */
  | 'unit'
  /** a handler: the case's own grid team first, then the others in scope */
  | 'assignee';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  required?: boolean;
}

const reason: FieldSpec = { name: 'reason', kind: 'textarea', required: true };

export const ACTION_FIELDS: Record<ActionName, FieldSpec[]> = {
  accept: [{ name: 'caseClass', kind: 'caseClass' }],
  reject: [reason],
  merge: [{ name: 'intoCaseId', kind: 'case', required: true }],
  'resolve-on-spot': [{ name: 'details', kind: 'textarea', required: true }],
  escalate: [reason],
  assign: [
    { name: 'handlingUnit', kind: 'unit', required: true },
    { name: 'handlerId', kind: 'assignee' },
  ],
  transfer: [
    { name: 'toUserId', kind: 'user' },
    { name: 'toUnit', kind: 'text' },
    { name: 'explanation', kind: 'textarea', required: true },
  ],
  start: [],
  'request-extension': [reason, { name: 'proposedDeadline', kind: 'datetime', required: true }],
  'decide-extension': [{ name: 'approve', kind: 'approve', required: true }, { name: 'deadline', kind: 'datetime' }, reason],
  respond: [{ name: 'details', kind: 'textarea', required: true }],
  feedback: [
    { name: 'satisfaction', kind: 'satisfaction', required: true },
    { name: 'note', kind: 'textarea' },
  ],
  verify: [{ name: 'note', kind: 'textarea' }],
  close: [
    { name: 'handlingUnit', kind: 'text', required: true },
    { name: 'handler', kind: 'text', required: true },
    { name: 'completedAt', kind: 'datetime', required: true },
    { name: 'details', kind: 'textarea', required: true },
  ],
  archive: [],
  reopen: [reason],
};

/** Sensible starting values from the case (its class, unit, the pending extension, now). */
export function initialValues(action: ActionName, c: CaseRecord): Record<string, unknown> {
  switch (action) {
    case 'accept':
      return { caseClass: c.caseClass };
    case 'assign':
      return { handlingUnit: c.handlingUnit ?? undefined };
    case 'close':
      return {
        handlingUnit: c.handlingUnit ?? undefined,
        handler: c.handlerId ? peopleOf(c.timeline).get(c.handlerId) : undefined,
        completedAt: toShanghaiInput(new Date()),
      };
    case 'decide-extension':
      return { approve: true, deadline: c.extension ? toShanghaiInput(c.extension.proposedDeadline) : undefined };
    case 'feedback':
      return { satisfaction: 'satisfied' };
    default:
      return {};
  }
}

/** The request body: trimmed text, instants as Asia/Shanghai ISO, empty optional fields left out. */
export function toBody(
  action: ActionName,
  values: Record<string, unknown>,
  expectedVersion: number,
): Record<string, unknown> & { expectedVersion: number } {
  const body: Record<string, unknown> & { expectedVersion: number } = { expectedVersion };
  for (const f of ACTION_FIELDS[action]) {
    let v = values[f.name];
    if (typeof v === 'string') v = v.trim();
    if (v === undefined || v === null || v === '') continue;
    body[f.name] = f.kind === 'datetime' ? fromShanghaiInput(String(v)) : v;
  }
  if (action === 'decide-extension' && body.approve === false) delete body.deadline;
  return body;
}
