/**
 * The household survey forms (A8.1: "one form type per class") and the 三访四清 checklist of A7.1.
 * A form is a list of questions with a code answer from a fixed list or a short text; the web
 * renders it on the phone and the server stores the answers after checking them here.
 */
import type { VisitClass } from './visit-class';

export type SurveyQuestion =
  | { key: string; zh: string; en: string; kind: 'choice'; options: ReadonlyArray<{ code: string; zh: string; en: string }> }
  | { key: string; zh: string; en: string; kind: 'text'; maxLength: number };

const yesNo = [
  { code: 'yes', zh: '是', en: 'yes' },
  { code: 'no', zh: '否', en: 'no' },
] as const;
const text = (key: string, zh: string, en: string): SurveyQuestion => ({ key, zh, en, kind: 'text', maxLength: 500 });

const COMMON: SurveyQuestion[] = [
  { key: 'members-present', zh: '家庭成员是否在家', en: 'Members at home', kind: 'choice', options: yesNo },
  text('needs', '困难与诉求', 'Difficulties and requests'),
  text('opinions', '意见建议', 'Opinions and suggestions'),
];

const ELDERLY: SurveyQuestion[] = [
  {
    key: 'health',
    zh: '健康状况',
    en: 'Health',
    kind: 'choice',
    options: [
      { code: 'good', zh: '良好', en: 'good' },
      { code: 'fair', zh: '一般', en: 'fair' },
      { code: 'poor', zh: '较差', en: 'poor' },
    ],
  },
  { key: 'lives-alone', zh: '是否独居', en: 'Lives alone', kind: 'choice', options: yesNo },
  { key: 'care-arranged', zh: '日常照料是否落实', en: 'Daily care arranged', kind: 'choice', options: yesNo },
  { key: 'emergency-contact', zh: '紧急联系人是否可联系', en: 'Emergency contact reachable', kind: 'choice', options: yesNo },
];

const VULNERABLE: SurveyQuestion[] = [
  { key: 'assistance-current', zh: '救助待遇是否按时享受', en: 'Assistance received on time', kind: 'choice', options: yesNo },
  text('hardship', '主要困难', 'Main hardship'),
  { key: 'employment-help', zh: '是否需要就业帮扶', en: 'Needs employment help', kind: 'choice', options: yesNo },
];

const KEY: SurveyQuestion[] = [
  text('condition', '病情及治疗情况', 'Condition and treatment'),
  { key: 'caregiver', zh: '是否有人照护', en: 'Has a caregiver', kind: 'choice', options: yesNo },
  { key: 'medical-help', zh: '是否需要医疗救助', en: 'Needs medical assistance', kind: 'choice', options: yesNo },
];

const OTHERS: SurveyQuestion[] = [
  {
    key: 'residence',
    zh: '居住情况',
    en: 'Residence',
    kind: 'choice',
    options: [
      { code: 'owner', zh: '自有住房', en: 'owner' },
      { code: 'tenant', zh: '租住', en: 'tenant' },
      { code: 'other', zh: '其他', en: 'other' },
    ],
  },
  text('work', '从业情况', 'Work'),
];

/** A8.1: the form of a visit class (the class-1, class-2 and class-3 form types; 2-key adds its questions). */
export function surveyFormOf(visitClass: VisitClass): SurveyQuestion[] {
  if (visitClass === '1-general' || visitClass === '1-special') return [...ELDERLY, ...COMMON];
  if (visitClass === '2-general') return [...VULNERABLE, ...COMMON];
  if (visitClass === '2-key') return [...KEY, ...VULNERABLE, ...COMMON];
  return [...OTHERS, ...COMMON];
}

/** A7.1 三访四清: whom the team visits beyond households, and the four things to know. */
export const OUTREACH_TARGETS = ['party-branch-member', 'party-group-leader', 'owners-committee', 'resident'] as const;
export type OutreachTarget = (typeof OUTREACH_TARGETS)[number];
export const FOUR_CLEAR = ['party-activity', 'compound-management', 'resident-circumstances', 'resident-needs'] as const;

/** Problems of a filled form: unknown keys, answers outside the options, texts too long, questions left out. */
export function surveyProblems(
  form: readonly SurveyQuestion[],
  answers: Record<string, string>,
): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  const keys = new Set(form.map((q) => q.key));
  for (const key of Object.keys(answers))
    if (!keys.has(key)) out.push({ field: `body.answers.${key}`, message: 'not a question of this form' });
  for (const q of form) {
    const a = answers[q.key];
    if (a === undefined || a === '') {
      if (q.kind === 'choice') out.push({ field: `body.answers.${q.key}`, message: 'answer this question' });
    } else if (q.kind === 'choice' && !q.options.some((o) => o.code === a)) {
      out.push({ field: `body.answers.${q.key}`, message: `one of ${q.options.map((o) => o.code).join(', ')}` });
    } else if (q.kind === 'text' && a.length > q.maxLength) {
      out.push({ field: `body.answers.${q.key}`, message: `at most ${q.maxLength} characters` });
    }
  }
  return out;
}
