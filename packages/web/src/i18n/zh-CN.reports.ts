/** 简体中文: 月度问题分析 (C5.1), 跟踪反馈表 (A3.2), Open311 客户端. */
const reports = {
  analysis: {
    title: '月度问题分析', month: '月份', print: '打印', region: '区域',
    heading: '{{region}} {{month}} 问题分析清单',
    summary: '{{grids}} 个网格，在办 {{open}} 件，热点 {{hot}} 件',
    grid: '网格', gridLine: '在办 {{open}} 件 · 热点 {{hot}} 件',
    col: { id: '编号', title: '事项', category: '类别', caseClass: '时限分类', tier: '处置层级', status: '状态', deadline: '期限', hot: '热点原因', handler: '承办人（会上确定）' },
    reason: { 'several-residents': '多人反映', escalated: '多次上报', flagged: '督办标记' },
    open: '在办', empty: '本月没有在办或热点案件',
    note: '依据 C5.1：各级网格每月至少召开一次问题分析会，对反映的问题进行分析并确定承办人。热点：多人反映（有案件合并至此）、上报两次以上，或督办人员标记。',
    printedAt: '打印时间：{{at}}',
  },
  feedbackForm: {
    title: '群众诉求办理跟踪反馈表', print: '打印', back: '返回案件', button: '打印跟踪反馈表',
    caseNo: '编号', issuer: '填报单位', printedOn: '填表日期',
    resident: '反映人', phone: '联系电话', anonymous: '匿名', confidential: '（保密）',
    matter: '诉求事项', description: '具体内容', category: '问题类别', caseClass: '时限分类', deadline: '办理时限',
    receivedAt: '受理时间', source: '受理渠道', grid: '所属网格',
    handlingUnit: '承办单位', handler: '承办人', result: '办理结果', completedAt: '办结时间',
    feedback: '反馈群众', feedbackAt: '反馈时间', feedbackContent: '反馈内容',
    view: '群众意见', verification: '核实情况', verifiedAt: '核实时间', verifier: '核实人',
    onTime: '是否按期', onTimeYes: '按期', onTimeNo: '超期', pending: '办理中',
    signatures: { handler: '经办人', gridWorker: '网格员', head: '负责人', resident: '群众签字' },
    date: '日期', footnote: '本表由社区工作总站填写，送网格员告知群众结果（A3.2）；办结后由工作站登记归档（A3.3）。',
  },
  open311: {
    title: 'Open311 客户端', create: '新建客户端', name: '名称', region: '服务区域',
    createdAt: '创建时间', status: '状态', active: '有效', inactive: '已停用', revoke: '停用', revokeConfirm: '停用后该密钥立即失效，确定停用“{{name}}”？',
    revoked: '已停用', empty: '暂无 Open311 客户端',
    keyTitle: '客户端密钥', keyOnce: '密钥只显示这一次（服务器只保存其 SHA-256 摘要），请立即复制并妥善保存。', copy: '复制', copied: '已复制', done: '我已保存',
    help: '外部渠道（如市民热线平台、小程序）通过 GeoReport v2 接口 /open311/v2 提交诉求；每个客户端一把密钥，诉求只能落在其服务区域内的网格。',
    actingUser: '系统账号',
  },
};

export default reports;
