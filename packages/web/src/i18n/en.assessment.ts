/** English: assessment (scores, ranks, the records behind them). Typed against the Chinese file. */
import type zhAssessment from './zh-CN.assessment';

const assessment: typeof zhAssessment = {
  nav: { assessment: 'Assessment' },
  assessment: {
    title: 'Assessment',
    noRegion: 'No region in your scope is assessed',
    monthly: 'Monthly',
    yearly: 'Yearly',
    asOf: 'As of {{date}}',
    levels: { worker: 'Workers', grid: 'Grids', workstation: 'Workstations', community: 'Communities' },
    items: {
      'visit-compliance': 'Visit compliance',
      'case-timeliness': 'Cases on time',
      satisfaction: 'Satisfaction',
      'diary-compliance': 'Diary compliance',
      'excellent-diary': 'Excellent diary entries',
      attendance: 'Meeting attendance',
      verification: 'Records without discrepancy',
      'rewards-penalties': 'Rewards and penalties',
      supervision: 'Supervision rating',
    },
    rank: 'Rank',
    name: 'Name',
    score: 'Score',
    weight: 'weight {{weight}}',
    weightLabel: 'Weight',
    rule: 'Rule',
    value: 'Achieved',
    points: 'Points',
    rankOf: 'rank {{rank}} of {{count}}',
    ranking: 'Ranking ({{count}})',
    trend: 'Monthly trend',
    trendOf: '{{name}} · monthly scores {{year}}',
    trendEmpty: 'No monthly scores this year yet',
    hint:
      "Click a name for its monthly trend, a part's points for the records behind them. " +
      "Scores are computed from the records with the policy's weights.",
    noRecords: 'No records',
    counts: { done: 'counts', missed: 'missed', excused: 'excused', points: 'pts' },
    outcomes: { 'on-time': 'on time', late: 'late', selected: 'selected excellent' },
  },
};

export default assessment;
