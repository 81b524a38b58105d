/** 简体中文: concentrated rounds of the township preset (集中走访, C2.2, C7.1, D6). Merged deeply into the resources. */
const rounds = {
  nav: { rounds: '集中走访' },
  rounds: {
    title: '集中走访', month: '月份', prevMonth: '上月', nextMonth: '下月', noRegion: '当前范围内没有实行镇级网格服务团队政策的区域',
    empty: '该区域下没有网格', asOf: '统计截至 {{date}}',
    status: { 'on-track': '进展正常', behind: '进度落后', done: '已完成', overdue: '已逾期' },
    dayStatus: { met: '达标', due: '待走访', 'at-risk': '今日进行中', overdue: '未达标' },
    reportStatus: { none: '未生成', draft: '草稿', submitted: '已报送', acknowledged: '已确认' },
    window: '走访日：{{start}} 至 {{end}}，工作日 {{days}} 天，每天不少于 {{hours}} 小时',
    roundMonth: '季度首月集中走访：须走访网格内全部住户，{{due}} 前报社区负责人',
    reached: '已走访住户 {{reached}} / {{total}}', due: '报告截止', deadline: '本月截止',
    member: '成员', daysMet: '达标天数', soFar: '已过工作日', visits: '走访户次', hours: '走访时长（小时）', days: '每日走访',
    dayTip: '{{date}}：{{hours}} 小时（{{status}}）', noMembers: '本网格暂无网格员或网格长',
    notReachedTitle: '未走访住户（{{count}}）',
    createReport: '生成走访报告', openReport: '查看走访报告', created: '已生成报告草稿',
  },
  roundReport: {
    title: '{{grid}} · {{month}} 集中走访报告', status: '状态', version: '版本 {{version}}', generatedAt: '数据生成于 {{at}}',
    refresh: '按最新记录重新生成', refreshed: '已按最新记录重新生成',
    membersTitle: '成员走访情况', householdsTitle: '住户走访情况', householdsLine: '应访 {{total}} 户，已访 {{reached}} 户，未访 {{missing}} 户',
    notReachedTitle: '未走访住户及原因', address: '住址', reason: '未走访原因', reasonPlaceholder: '如：长期外出、住院、拒绝入户', reasonMissing: '请填写未走访原因',
    allReached: '全部住户均已走访',
    problemsTitle: '走访发现的问题', date: '日期', findings: '发现问题', needs: '群众需求', cases: '上报案件', noProblems: '本次走访未记录问题',
    summary: '走访总结', summaryPlaceholder: '本次集中走访的总体情况、发现的主要问题和下一步打算',
    submit: '报送社区负责人', submitConfirm: '报送后不能再修改，确定报送？', submitted: '已报送',
    submittedBy: '报送人', submittedAt: '报送时间', acknowledgedBy: '确认人', acknowledgedAt: '确认时间',
    note: '社区负责人意见', notePlaceholder: '意见（可选）', acknowledge: '确认收阅', acknowledged: '已确认收阅',
    print: '打印报告', conflict: '报告已被他人修改，已重新加载最新版本',
  },
  roundPrint: {
    heading: '{{grid}}集中走访情况报告', period: '走访期间', month: '所属月份', due: '报送时限', grid: '网格',
    memberCol: '成员', visitsCol: '走访户次', hoursCol: '走访时长（小时）', daysCol: '达标天数 / 工作日',
    households: '住户走访', householdsLine: '应访 {{total}} 户，已访 {{reached}} 户，未访 {{missing}} 户。',
    notReached: '未走访住户', address: '住址', reason: '原因', problems: '发现的问题和群众需求',
    date: '日期', findings: '发现问题', needs: '群众需求', cases: '上报案件', none: '无',
    summary: '走访总结', note: '社区负责人意见',
    submitter: '报送人', submittedAt: '报送时间', receiver: '社区负责人', acknowledgedAt: '确认时间',
    signTeam: '网格负责人（签字）', signHead: '社区负责人（签字）', printedOn: '打印日期', back: '返回', print: '打印',
    draftWarning: '草稿，尚未报送',
  },
  audit: {
    actions: { 'round-report_create': '生成走访报告', 'round-report_refresh': '更新走访报告', 'round-report_submit': '报送走访报告', 'round-report_acknowledge': '确认走访报告' },
    entities: { 'round-report': '集中走访报告' },
  },
};

export default rounds;
