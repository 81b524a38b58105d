/** 简体中文: 统计分析 (case statistics). */
const statistics = {
  statistics: {
    title: '统计分析',
    region: '区域', from: '开始日期', to: '结束日期', range: '时间范围', query: '查询',
    presets: { month: '本月', quarter: '近三个月', year: '今年', last12: '近 12 个月' },
    rangeTooLong: '时间范围最长 366 天',
    cohortNote: '统计对象：所选时间内受理的案件，按其当前状态计算；满意度按每次回访计。',
    cards: {
      received: '受理', closed: '办结', onTimeRate: '按时办理率', avgHandlingDays: '平均办理天数', satisfaction: '群众满意率', overdueOpen: '超期未办',
      onTimeOf: '{{onTime}} / {{decided}} 件已判定', days: '{{value}} 天', answered: '{{count}} 次回访',
    },
    charts: {
      trend: '按月趋势：按时办理率与平均办理天数', volume: '按月受理与办结',
      byCategory: '按类别', byTier: '按处置层级', byRegion: '按下级区域', satisfaction: '群众满意度',
    },
    series: {
      received: '受理', closed: '办结', overdueOpen: '超期未办', onTimeRate: '按时办理率', avgHandlingDays: '平均办理天数',
      satisfied: '满意', basicallySatisfied: '基本满意', unsatisfied: '不满意',
    },
    detail: '明细',
    groupBy: { month: '按月', category: '按类别', tier: '按处置层级', region: '按下级区域', 'case-class': '按时限分类' },
    col: {
      group: '分组', received: '受理', closed: '办结', decided: '已判定', onTime: '按时', onTimeRate: '按时办理率', avgHandlingDays: '平均办理天数',
      satisfactionRate: '满意率', answers: '满意 / 基本 / 不满意', overdueOpen: '超期未办',
    },
    total: '合计', none: '—', noData: '所选范围内没有案件',
  },
};

export default statistics;
