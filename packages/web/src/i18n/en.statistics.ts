/** English: case statistics. Typed against the Chinese. */
import type zhStatistics from './zh-CN.statistics';

const statistics: typeof zhStatistics = {
  statistics: {
    title: 'Statistics',
    region: 'Region',
    from: 'From',
    to: 'To',
    range: 'Date range',
    query: 'Show',
    presets: { month: 'This month', quarter: 'Last 3 months', year: 'This year', last12: 'Last 12 months' },
    rangeTooLong: 'The range is at most 366 days',
    cohortNote: 'Covers the cases received in the range, as they stand now; satisfaction counts every feedback given.',
    cards: {
      received: 'Received',
      closed: 'Closed',
      onTimeRate: 'On-time rate',
      avgHandlingDays: 'Avg. handling days',
      satisfaction: 'Satisfaction',
      overdueOpen: 'Overdue open',
      onTimeOf: '{{onTime}} of {{decided}} decided',
      days: '{{value}} days',
      answered: '{{count}} answers',
    },
    charts: {
      trend: 'Monthly: on-time rate and average handling days',
      volume: 'Monthly: received and closed',
      byCategory: 'By category',
      byTier: 'By handling tier',
      byRegion: 'By sub-region',
      satisfaction: 'Resident satisfaction',
    },
    series: {
      received: 'Received',
      closed: 'Closed',
      overdueOpen: 'Overdue open',
      onTimeRate: 'On-time rate',
      avgHandlingDays: 'Avg. handling days',
      satisfied: 'Satisfied',
      basicallySatisfied: 'Basically satisfied',
      unsatisfied: 'Unsatisfied',
    },
    detail: 'Details',
    groupBy: { month: 'By month', category: 'By category', tier: 'By tier', region: 'By sub-region', 'case-class': 'By time class' },
    col: {
      group: 'Group',
      received: 'Received',
      closed: 'Closed',
      decided: 'Decided',
      onTime: 'On time',
      onTimeRate: 'On-time rate',
      avgHandlingDays: 'Avg. handling days',
      satisfactionRate: 'Satisfaction',
      answers: 'Satisfied / basically / unsatisfied',
      overdueOpen: 'Overdue open',
    },
    total: 'Total',
    none: '—',
    noData: 'No cases in this range',
  },
};

export default statistics;
