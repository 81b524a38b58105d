/** Preset `marketing` (篇五, Part B of RULES.md): a broadband operator's territory sales teams. */
import { safeguards } from './preset-safeguards';
import type { PolicyValues } from './schema';

const PRODUCT_DEFAULT = 'Product default: the seed asks for prompt feedback (及时反馈) without a number.';

const caseClass = (zh: string, en: string, days: number) => ({
  label: { zh, en },
  limit: { value: days, unit: 'working-days' as const },
  extendable: false,
  rule: 'B4.2',
  see: ['D2'],
  note: PRODUCT_DEFAULT,
});

const meeting = (period: 'working-day' | 'week' | 'month') => ({ subject: 'grid-team', count: 1, period, rule: 'B4.5' });

const customerClass = (code: string, zh: string, en: string) => ({ code, label: { zh, en } });

export const MARKETING_PRESET: PolicyValues = {
  caseClasses: {
    consultation: caseClass('客户咨询', 'consultation', 1),
    complaint: caseClass('客户投诉', 'complaint', 2),
    fault: caseClass('故障报修', 'fault', 2),
  },
  tiers: {
    rule: 'B6.5',
    ladder: [
      { code: 'sales-rep', label: { zh: '营销员、安装运维人员', en: 'sales rep or installer' }, rule: 'B2' },
      { code: 'grid-manager', label: { zh: '网格经理', en: 'grid manager' }, rule: 'B6.5' },
      { code: 'company', label: { zh: '公司', en: 'company' }, rule: 'B6.5' },
    ],
  },
  warnShare: { value: 0.8, rule: 'D2', note: 'Product decision: the light turns yellow at this share of the time limit.' },
  extension: { reasonRequired: true, rule: 'D4', note: 'No class is extendable by default.' },
  visits: {
    inPersonOnly: { value: true, rule: 'D5' },
    obligations: {
      'gold-customer': {
        label: { zh: '金牌客户上门拜访', en: 'gold customer visit' },
        subject: 'customer:gold',
        count: 1,
        period: 'half-month',
        rule: 'B4.2',
        see: ['D5'],
      },
      'new-group-customer': {
        label: { zh: '新入网集团客户拜访', en: 'new group customer visit' },
        subject: 'customer:new-group',
        count: 1,
        period: 'week',
        appliesFor: { months: 1 },
        rule: 'B4.2',
        see: ['D5'],
        note: 'Product default: the seed says "often" in the first month without a number.',
      },
    },
  },
  meetings: {
    obligations: {
      'daily-meeting': { ...meeting('working-day'), note: 'Daily (morning) meeting.' },
      'weekly-meeting': meeting('week'),
      'monthly-meeting': meeting('month'),
    },
    restDayShift: { value: 'next-working-day', rule: 'D7' },
  },
  dailyLog: {
    obligations: { 'work-log': { subject: 'team-member', count: 1, period: 'working-day', rule: 'B4.3', see: ['D9'] } },
    review: {
      by: 'grid-manager',
      within: { value: 1, unit: 'working-days' },
      rule: 'B4.3',
      see: ['D9'],
      note: 'Reviewed by the end of the next working day after the log day.',
    },
  },
  marketing: {
    commissionCap: { value: 0.17, per: 'sale-line', inclusive: true, rule: 'B5.1', see: ['D12'] },
    growthStarThreshold: {
      value: 1.2,
      periods: ['month', 'quarter'],
      inclusive: true,
      rule: 'B5.3',
      see: ['D12'],
      note: 'Makes a person eligible; a selection step decides.',
    },
    customerClasses: {
      classes: [
        customerClass('network-covered', '网络覆盖客户', 'network-covered'),
        customerClass('existing', '存量客户', 'existing'),
        customerClass('potential', '潜在客户', 'potential'),
        customerClass('intended', '意向客户', 'intended'),
        customerClass('new', '新增客户', 'new'),
        customerClass('key', '重点客户', 'key'),
      ],
      rule: 'B3.4',
      note: 'Editable: the source list ends in 等.',
    },
  },
  ...safeguards(),
};
