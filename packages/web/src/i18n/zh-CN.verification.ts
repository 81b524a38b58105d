/** 简体中文: 抽查核验 (A8.2 quarterly sample, A8.3 yearly check, D8). Merged deeply into the resources. */
const verification = {
  nav: { verification: '抽查核验' },
  verification: {
    title: '抽查核验', quarter: '季度', year: '年度', periodKind: { quarterly: '季度抽查', yearly: '年度核查' },
    tabs: { draws: '抽样与任务', summary: '各网格差错率' },
    draw: '抽取样本', yearly: '年度核查', noRegion: '请在区域树中选择一个区域', noDraws: '本期尚未抽样',
    drawTitle: '季度抽查抽样', yearlyTitle: '年度档案核查', region: '区域', seed: '随机种子（可选）',
    seedHelp: '留空则自动生成；同一种子总是抽到相同的住户，便于复核。',
    drawHelp: '按季度第一天各网格各类住户数抽样：一类户 50%、二类户 30%、三类户 10%，每类向上取整（以政策为准）。',
    yearlyHelp: '按政策比例（默认 100%）核查每名网格员负责网格的住户档案，任务分派给您本人。',
    exists: '本区域本期已抽样。重新抽样会作废原样本中未完成的任务（已完成的保留）。确定重新抽样？', redraw: '重新抽样',
    drawn: '已抽取 {{count}} 户', baseDate: '基准日 {{date}}', seedValue: '种子 {{seed}}', superseded: '已作废',
    current: '当前', createdAt: '抽样时间', policyVersion: '政策版本 {{version}}',
    countsTitle: '各类住户抽样数', size: '基数', drawnCol: '抽取', rate: '比例', group: { '1': '一类户', '2': '二类户', '3': '三类户' },
    worker: '网格员', noWorker: '（无网格员的网格）', grids: '网格数',
    tasks: '核查任务（{{count}}）', allStatuses: '全部状态', status: { pending: '待核查', done: '已核查', cancelled: '已作废' },
    col: { address: '地址', grid: '网格', visitClass: '类别', status: '状态', discrepancies: '差错项', action: '操作' },
    open: '核查', view: '查看', followUp: '{{count}} 项待跟进',
    summary: {
      total: '合计', tasks: '任务', done: '已核查', withDiscrepancy: '有差错户', rate: '差错率', discrepancies: '差错项',
      followUps: '待跟进', byClass: '按类别', empty: '本期没有核查任务', rateHelp: '差错率 = 有差错户 / 已核查户',
    },
  },
  verificationTask: {
    title: '核查表', back: '返回抽查核验', classAtDraw: '抽样时类别', classNow: '当前类别', household: '住户信息', member: '成员：{{name}}',
    field: {
      address: '地址', housing: '住房性质', landlord: '房东', name: '姓名', sex: '性别', birthDate: '出生日期', relation: '与户主关系',
      tags: '标签', idNumber: '身份证号', phone: '电话',
    },
    confirmed: '属实', corrected: '有误', newValue: '更正为', note: '备注（可选）', empty: '（空）',
    flagHint: '敏感信息不在此处修改：标记后由有权限的人员核实更正。', relationHint: '与户主关系的更正记录在核查表中，待住户档案中修改。',
    allConfirmed: '全部属实', submit: '提交核查结果', submitted: '核查结果已提交', remaining: '还有 {{count}} 项未作答',
    generalNote: '总体备注（可选）', conflict: '该任务已被他人更新，已重新加载，请核对后再提交。',
    result: '核查结果', resultSummary: '{{count}} 项有误，其中 {{followUps}} 项待跟进', applied: '已更正', followUp: '待跟进',
    checkedAt: '核查时间 {{time}}', readOnly: '您可查看此任务，但不能填写核查表。', cancelled: '此任务所属样本已重新抽取，任务已作废。',
  },
  errors: { DRAW_EXISTS: '本区域本期已抽样' },
  audit: {
    actions: { verification_draw: '抽样', verification_result: '录入核查结果' },
    entities: { 'verification-draw': '抽样', 'verification-task': '核查任务' },
  },
};

export default verification;
