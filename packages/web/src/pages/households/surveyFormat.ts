/** The phone survey (A8.1): question and answer labels in the UI language, and the server's field problems as text. */
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { surveyFormOf } from '../../api/surveys';
import { VISIT_CLASSES, type VisitClass } from '../../api/households';

/** A question as the API sends it or as the core defines it. */
export interface Question {
  key: string;
  zh: string;
  en: string;
  options?: ReadonlyArray<{ code: string; zh: string; en: string }>;
}

export const textOf = (x: { zh: string; en: string }, lang: string) => (lang === 'en' ? x.en : x.zh);

/** The form a past survey was filled on (its class then), to label its answers. */
export function questionsOf(visitClass: string): readonly Question[] {
  return (VISIT_CLASSES as readonly string[]).includes(visitClass) ? surveyFormOf(visitClass as VisitClass) : [];
}

/** An answer as shown: a choice's label, a text as typed. */
export function answerText(q: Question | undefined, value: string, lang: string): string {
  const option = q?.options?.find((o) => o.code === value);
  return option ? textOf(option, lang) : value;
}

/** A problem the server reported for one answer, in the UI language (core's surveyProblems, or the body's schema). */
function problemText(t: TFunction, message: string): string {
  if (/^answer this question/.test(message)) return t('surveyFill.problems.required');
  if (/^one of /.test(message)) return t('surveyFill.problems.choice');
  const long = /(?:at most|more than) (\d+) characters/.exec(message);
  if (long) return t('surveyFill.problems.tooLong', { max: long[1] });
  if (/^not a question/.test(message)) return t('surveyFill.problems.unknown');
  return t('surveyFill.problems.invalid');
}

/**
 * The problems of a 400 by question (`body.answers.<key>`); `rest` tells whether some problem named no
 * question (then the error is shown as a whole too).
 */
export function answerProblems(t: TFunction, e: unknown): { byKey: Map<string, string[]>; rest: boolean } | null {
  if (!(e instanceof ApiError) || e.status !== 400 || !Array.isArray(e.details)) return null;
  const byKey = new Map<string, string[]>();
  let rest = false;
  for (const d of e.details as Array<{ field?: string; message?: string }>) {
    const key = /^body\.answers\.(.+)$/.exec(d.field ?? '')?.[1];
    if (!key) {
      rest = true;
      continue;
    }
    byKey.set(key, [...(byKey.get(key) ?? []), problemText(t, d.message ?? '')]);
  }
  return { byKey, rest };
}
