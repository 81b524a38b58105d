/** 简体中文: 督办看板, 热线登记 and the notice bell. */
const supervision = {
  supervision: {
    title: '督办看板',
    region: '下级区域',
    open: '在办',
    yellow: '黄灯',
    red: '红灯',
    light: '灯色',
    grid: '网格',
    unit: '承办单位',
    urgent: '临期与超期案件（{{count}}）',
  },
  hotline: { title: '热线登记', register: '登记来电', allStatuses: '全部状态' },
  notices: {
    title: '通知',
    empty: '没有未读通知',
    kind: {
      'case-warning': '临期提醒',
      'case-overdue': '超期提醒',
      'case-assigned': '新分派',
      'feedback-due': '待反馈居民',
      'case-reminder': '督办催办',
      'round-report-submitted': '走访报告已报送',
      'round-report-acknowledged': '走访报告已确认',
      'round-report-due': '走访报告待报送',
      'verification-task-assigned': '年度核查任务',
      'meeting-announce': '请提前告知居民',
      'reveal-burst': '敏感信息查看超限',
    },
    detail: {
      round: '{{grid}} · {{month}} 集中走访报告',
      roundDue: '{{grid}} · {{month}} 集中走访报告，{{due}} 前报送',
      roundOverdue: '{{grid}} · {{month}} 集中走访报告，已逾期',
      verification: '{{region}} · {{year}} 年度档案核查，共 {{tasks}} 户',
      meetingAnnounce: '{{title}} · {{region}} · {{at}}',
      revealBurst: '{{name}}（{{username}}）{{minutes}} 分钟内已查看 {{count}} 条敏感信息，后续查看已暂停',
    },
  },
};

export default supervision;
