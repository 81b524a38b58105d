/**
 * The JSON of a notice (list and live stream). A notice never shows sealed data (C3, D10): it is
 * built from ids, names of grids and regions and case titles, never from reporters or residents;
 * and any run of digits that could be an ID number or a phone inside its texts (a title typed with
 * a number in it, a reminder's text) is masked like the registry masks them.
 */
import { maskIdNumber } from '@gridwork/core/households';

/** 7+ digits (an ID number may end in X), or a mobile number written 3-4-4 with spaces or dashes. */
const PERSONAL_NUMBER = /\d{6,}[\dXx]|1\d{2}[\s-]\d{4}[\s-]\d{4}/g;

export function scrubText(text: string): string {
  return text.replace(PERSONAL_NUMBER, (m) => maskIdNumber(m.replace(/[\s-]/g, '')));
}

function scrub(value: unknown): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (Array.isArray(value)) return value.map(scrub);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v)]));
  return value;
}

export interface NoticeRow {
  id: number;
  case_id: number | null;
  subject_kind: string;
  subject_id: number;
  kind: string;
  at: Date;
  read_at?: Date | null;
  payload: unknown;
}

export function presentNotice(n: NoticeRow) {
  return {
    id: n.id,
    caseId: n.case_id,
    subject: { kind: n.subject_kind, id: n.subject_id },
    kind: n.kind,
    at: n.at.toISOString(),
    readAt: n.read_at?.toISOString() ?? null,
    payload: scrub(n.payload),
  };
}
