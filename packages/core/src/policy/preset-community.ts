/** Preset `community` (篇四, Part A of RULES.md): an urban community with workstations and grids. */
import { assessmentModel } from './preset-assessment';
import { safeguards } from './preset-safeguards';
import type { PolicyValues } from './schema';

const visit = (zh: string, en: string, subject: string, count: number, period: 'week' | 'month' | 'quarter') => ({
  label: { zh, en },
  subject: `household:${subject}`,
  count,
  period,
  rule: 'A7.2',
  see: ['D5'],
});

export const COMMUNITY_PRESET: PolicyValues = {
  caseClasses: {
    consultation: {
      label: { zh: '咨询类', en: 'consultation' },
      limit: { value: 2, unit: 'working-days' },
      extendable: false,
      rule: 'A3.4',
      see: ['D2'],
    },
    general: {
      label: { zh: '一般问题', en: 'general' },
      limit: { value: 5, unit: 'working-days' },
      extendable: false,
      rule: 'A3.4',
      see: ['D2'],
    },
    complex: {
      label: { zh: '情况复杂问题', en: 'complex' },
      limit: { value: 10, unit: 'working-days' },
      extendable: false,
      rule: 'A3.4',
      see: ['D2'],
    },
    'especially-complex': {
      label: { zh: '特别复杂问题', en: 'especially complex' },
      limit: { value: 10, unit: 'working-days' },
      extendable: true,
      rule: 'A3.4',
      see: ['D2', 'D4'],
      note: 'The seed gives no number: starts with 10 working days and may be extended, with a prompt explanation.',
    },
  },
  tiers: {
    rule: 'A2',
    ladder: [
      { code: 'grid-worker', label: { zh: '网格人员', en: 'grid worker' }, rule: 'A2.1' },
      { code: 'grid-leader', label: { zh: '网格长', en: 'grid leader' }, rule: 'A2.2' },
      {
        code: 'community',
        label: { zh: '社区', en: 'community' },
        rule: 'A2.3',
        note: 'The workstation aggregates; the community party general branch secretary reports upward.',
      },
      { code: 'street-office', label: { zh: '街道党工委、办事处', en: 'street office' }, rule: 'A2.3' },
      { code: 'district-department', label: { zh: '区、市属职能部门', en: 'district or city department' }, rule: 'A2.4' },
    ],
  },
  warnShare: { value: 0.8, rule: 'D2', note: 'Product decision: the light turns yellow at this share of the time limit.' },
  extension: {
    reasonRequired: true,
    rule: 'A3.4',
    see: ['D4'],
    note: 'The extension must be explained to the resident; the seed sets no maximum length.',
  },
  visits: {
    inPersonOnly: { value: true, rule: 'D5' },
    obligations: {
      '1-general': visit('一类户（一般老年群体）', 'class 1, general elderly', '1-general', 1, 'month'),
      '1-special': visit('一类户（特殊老年群体）', 'class 1, special elderly', '1-special', 2, 'month'),
      '2-general': visit('二类户（一般弱势群体）', 'class 2, general vulnerable', '2-general', 2, 'month'),
      '2-key': visit('二类户（重点弱势群体）', 'class 2, key vulnerable', '2-key', 1, 'week'),
      '3': visit('三类户', 'class 3, others', '3', 2, 'quarter'),
    },
  },
  verification: {
    sampling: {
      period: 'quarter',
      rounding: 'up',
      rates: {
        '1': { value: 0.5, visitClasses: ['1-general', '1-special'], rule: 'A8.2' },
        '2': { value: 0.3, visitClasses: ['2-general', '2-key'], rule: 'A8.2' },
        '3': { value: 0.1, visitClasses: ['3'], rule: 'A8.2' },
      },
      rule: 'A8.2',
      see: ['D8'],
    },
    recordCheck: { subject: 'grid-worker', period: 'year', share: 1, rule: 'A8.3', see: ['D8'] },
  },
  diary: {
    obligations: {
      'weekly-entry': { subject: 'team-member', count: 1, period: 'week', rule: 'A5.2', see: ['D9'] },
      'excellent-selection': {
        subject: 'community',
        count: 1,
        period: 'month',
        rule: 'A5.5',
        note: 'At month end the community party general branch selects excellent entries.',
      },
    },
  },
  meetings: {
    obligations: {
      'monthly-work': {
        subject: 'community',
        count: 1,
        period: 'month',
        rule: 'A4',
        note: 'May be held alone or together with the sentiment analysis meeting.',
      },
    },
    restDayShift: { value: 'next-working-day', rule: 'D7' },
    schedule: {
      'monthly-work': { day: 25, rule: 'A4', see: ['D7'], note: 'Product default: the seed sets no day; late in the month, to sum it up.' },
    },
  },
  training: {
    obligations: { 'monthly-training': { subject: 'grid-office', count: 1, period: 'month', rule: 'A6' } },
    rollCall: { value: true, rule: 'A6' },
  },
  ...assessmentModel('community'),
  ...safeguards(),
};
