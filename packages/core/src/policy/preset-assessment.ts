/**
 * The default scoring model of the community and township presets (API contract: weights live in the
 * policy; every number here is a product default a deployment edits). Rates score weight × share met;
 * an excellent diary entry adds its weight to the author's annual score (A5.5); reward and penalty
 * points count as recorded (A10). Each call gives fresh objects.
 */
import type { PolicyValues } from './schema';

export function assessmentModel(preset: 'community' | 'township'): Pick<PolicyValues, 'assessment'> {
  const visits = preset === 'community' ? 'A7.2' : 'C7.1';
  const timeliness = preset === 'community' ? 'A3.4' : 'C5.2';
  const attendance = preset === 'community' ? 'A4' : 'C6';
  const diary = preset === 'community' ? 'A5.2' : 'C4';
  return {
    assessment: {
      items: [
        {
          item: 'visit-compliance',
          label: { zh: '走访达标率', en: 'Visit compliance' },
          weight: preset === 'community' ? 30 : 50,
          rule: visits,
          see: ['D5', 'D9'],
        },
        { item: 'case-timeliness', label: { zh: '按时办结率', en: 'Cases on time' }, weight: 20, rule: timeliness },
        { item: 'satisfaction', label: { zh: '群众满意率', en: 'Satisfaction' }, weight: 10, rule: 'A3.2' },
        { item: 'diary-compliance', label: { zh: '民情日记达标率', en: 'Diary compliance' }, weight: 10, rule: diary, see: ['D9'] },
        { item: 'attendance', label: { zh: '例会出勤率', en: 'Meeting attendance' }, weight: 10, rule: attendance, see: ['A6'] },
        // A8.2: the township rulebook has no sampled verification; its weight goes to visits
        ...(preset === 'community'
          ? [
              {
                item: 'verification' as const,
                label: { zh: '核查无差错率', en: 'Records without discrepancy' },
                weight: 20,
                rule: 'A8.2',
                see: ['D8'],
              },
            ]
          : []),
        {
          item: 'excellent-diary',
          label: { zh: '优秀民情日记', en: 'Excellent diary entries' },
          weight: 2,
          periods: ['year'],
          rule: 'A5.5',
          note: 'Product default: 2 points per entry selected excellent, in the annual score.',
        },
        {
          item: 'rewards-penalties',
          label: { zh: '奖惩', en: 'Rewards and penalties' },
          weight: 1,
          rule: 'A10',
          note: 'Points as recorded.',
        },
        {
          item: 'supervision',
          label: { zh: '月度督查评分', en: 'Monthly supervision rating' },
          weight: 10,
          levels: ['community'],
          rule: 'C8',
          note: "Product default: the supervisor's monthly rating (of 100) counts for the community.",
        },
      ],
    },
  };
}
