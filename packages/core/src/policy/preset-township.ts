/** Preset `township` (篇六, Part C of RULES.md): a town grid service team serving its communities. */
import { assessmentModel } from './preset-assessment';
import { safeguards } from './preset-safeguards';
import type { PolicyValues } from './schema';

const caseClass = (zh: string, en: string, days: number) => ({
  label: { zh, en },
  limit: { value: days, unit: 'calendar-days' as const },
  extendable: false,
  rule: 'C5.2',
  see: ['D3'],
});

/** Days 1-15 of the first month of each quarter (C2.2); a fresh object each time, so copies never alias. */
const quarterRoundWindow = () => ({ monthOfPeriod: 1, fromDay: 1, toDay: 15 });

export const TOWNSHIP_PRESET: PolicyValues = {
  caseClasses: {
    general: caseClass('一般性问题', 'general', 7),
    complex: caseClass('较复杂问题', 'complex', 15),
    major: {
      ...caseClass('重大疑难问题', 'major or difficult', 30),
      referral: {
        to: 'town-leadership',
        within: { value: 30, unit: 'calendar-days' },
        rule: 'C5.2',
        see: ['D3'],
        note: 'Resolved within 30 days, or referred to the town party committee and government within them.',
      },
    },
  },
  tiers: {
    rule: 'C5.3',
    ladder: [
      { code: 'grid-leader', label: { zh: '网格负责人', en: 'grid leader' }, rule: 'C5.3' },
      { code: 'community', label: { zh: '社区', en: 'community' }, rule: 'C5.3' },
      { code: 'higher-department', label: { zh: '上级部门', en: 'higher department' }, rule: 'C5.3' },
      { code: 'town-leadership', label: { zh: '镇领导', en: 'town leadership' }, rule: 'C5.3' },
    ],
    startByCategory: { dispute: 'community' },
  },
  warnShare: { value: 0.8, rule: 'D2', note: 'Product decision: the light turns yellow at this share of the time limit.' },
  extension: { reasonRequired: true, rule: 'D4', note: 'C5.2 makes no class extendable.' },
  visits: {
    inPersonOnly: { value: true, rule: 'D5' },
    obligations: {
      'quarterly-round': {
        label: { zh: '季度首月集中走访', en: 'quarterly round' },
        subject: 'household',
        count: 1,
        period: 'quarter',
        window: quarterRoundWindow(),
        rule: 'C2.2',
        see: ['D6'],
        note: 'Every household of the grid, on days 1-15 of the first month of each quarter.',
      },
      'visiting-hours': {
        label: { zh: '每月1—15日入户走访', en: 'monthly visiting days' },
        subject: 'team-member',
        count: 1,
        period: 'working-day',
        window: { fromDay: 1, toDay: 15 },
        minHours: 2,
        rule: 'C7.1',
        see: ['D6'],
        note: 'At least 2 hours on each working day of days 1-15 of every month.',
      },
      'round-report': {
        label: { zh: '走访情况报社区负责人', en: 'round report to the community head' },
        subject: 'grid',
        count: 1,
        period: 'quarter',
        window: quarterRoundWindow(),
        rule: 'C2.2',
        see: ['D6'],
        note: 'Due before the 16th (end of the 15th) of the first month of each quarter.',
      },
    },
  },
  diary: {
    obligations: {
      'weekly-entry': {
        subject: 'team-member',
        count: 1,
        period: 'week',
        rule: 'C4',
        see: ['A5.2', 'D9'],
        note: 'The grid (chief) responsible person supervises the team diaries; one entry a week as in A5.2.',
      },
    },
  },
  meetings: {
    obligations: {
      'weekly-team': { subject: 'grid', count: 1, period: 'week', rule: 'C4' },
      'team-16th': {
        subject: 'grid',
        count: 1,
        period: 'month',
        window: { fromDay: 16, toDay: 16 },
        rule: 'C2.4',
        see: ['D7'],
        note: 'In principle on the 16th; the grid responsible person may call an urgent meeting.',
      },
      'monthly-work': { subject: 'grid', count: 1, period: 'month', rule: 'C6', see: ['D7'] },
      'problem-analysis': {
        subject: 'grid-level',
        count: 1,
        period: 'month',
        rule: 'C5.1',
        see: ['D7'],
        note: 'Each grid level, at least once a month.',
      },
    },
    combined: { value: true, meetings: ['team-16th', 'monthly-work', 'problem-analysis'], rule: 'D7' },
    restDayShift: { value: 'next-working-day', rule: 'D7' },
    schedule: {
      'weekly-team': { weekday: 1, rule: 'C4', note: 'Product default: the seed sets no weekday; Monday reviews the week before.' },
      'team-16th': { day: 16, rule: 'C2.4', see: ['D7'] },
      'monthly-work': { day: 16, rule: 'C6', see: ['D7'], note: 'Product default: held with the 16th team meeting.' },
      'problem-analysis': { day: 16, rule: 'C5.1', see: ['D7'], note: 'Product default: held with the 16th team meeting.' },
    },
  },
  supervision: {
    obligations: {
      'monthly-supervision': {
        subject: 'grid',
        count: 1,
        period: 'month',
        rule: 'C8',
        note: 'By the community governance office; the result counts in the community assessment.',
      },
    },
  },
  ...assessmentModel('township'),
  ...safeguards(),
};
