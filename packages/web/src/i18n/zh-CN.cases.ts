/** 简体中文: cases (案件). Statuses, actions and lights as the product names them. */
const cases = {
  caseStatus: {
    received: '已登记', accepted: '已受理', 'in-progress': '办理中', responded: '已答复', 'fed-back': '已反馈', verified: '已核实',
    closed: '已办结', archived: '已归档', rejected: '已退回', merged: '已合并', reopened: '已重启',
  },
  caseActions: {
    intake: '登记', 'deadline-recomputed': '重新计算期限', 'photo-added': '添加照片',
    accept: '受理', reject: '退回', merge: '合并', 'resolve-on-spot': '当场解决', escalate: '上报', assign: '分派', transfer: '转办',
    start: '开始办理', 'request-extension': '申请延期', 'decide-extension': '审批延期', respond: '答复', feedback: '反馈居民',
    verify: '核实', close: '办结登记', archive: '归档', reopen: '重启',
  },
  light: {
    green: { name: '绿灯', state: '正常' }, yellow: { name: '黄灯', state: '临期' }, red: { name: '红灯', state: '超期' },
  },
  caseSources: {
    field: '网格巡查', 'walk-in': '来访', hotline: '热线', online: '网上', meeting: '会议', superior: '上级交办', open311: 'Open311',
  },
  satisfaction: { satisfied: '满意', 'basically-satisfied': '基本满意', unsatisfied: '不满意' },
  caseClasses: { consultation: '咨询类', general: '一般问题', complex: '复杂问题', 'especially-complex': '特别复杂问题', major: '重大疑难问题' },
  cases: {
    title: '案件', mine: '我的案件', all: '全部案件', new: '上报问题', refresh: '刷新', loadMore: '加载更多', back: '返回案件列表',
    open: '进行中', finished: '已结束', anyStatus: '全部状态', anySource: '全部来源',
    empty: '暂无案件', emptyMine: '暂无与您相关的案件', count: '共 {{count}} 件',
    col: {
      light: '状态灯', title: '事项', status: '状态', caseClass: '时限分类', deadline: '期限', grid: '网格', source: '来源',
      category: '类别', receivedAt: '受理时间', tier: '处置层级', id: '编号', handlingUnit: '承办单位', description: '问题描述',
    },
    left: '剩 {{value}}', overdue: '已超期 {{value}}', metOnTime: '按期完成', metLate: '超期完成',
    unit: { day: '{{count}} 天', hour: '{{count}} 小时', minute: '{{count}} 分钟' },
    provisional: '暂定', provisionalHint: '该年度官方放假安排未确认，期限为推算值，确认后自动重新计算',
    classLimit: '{{label}} · {{limit}}',
  },
  intake: {
    title: '上报问题', grid: '所在网格', locate: '定位', locating: '定位中…', located: '已定位到：{{name}}',
    locatedNone: '当前位置不在任何网格内', locatedOutside: '“{{name}}”不在您的管辖范围内', locateDenied: '无法获取位置，请允许定位权限',
    pickGridFirst: '请先选择网格', category: '问题类别', caseClass: '时限分类', source: '来源',
    caseTitle: '标题', caseTitlePlaceholder: '一句话说明问题，如：3号楼楼道堆放杂物', description: '详细描述',
    descriptionPlaceholder: '时间、地点、涉及人员、具体情况', reporter: '反映人', reporterName: '姓名', reporterPhone: '电话',
    phoneInvalid: '请输入有效的电话号码', anonymous: '匿名', confidential: '保密（仅热线与督办人员可见）', receivedAt: '受理时间（补录）',
    receivedAtHint: '补录纸质记录时填写；留空为当前时间', submit: '提交上报', submitted: '已上报，编号 {{id}}',
    networkFailed: '网络不佳，上报未确认。表单已保留，可点“重试”再次提交（不会重复上报）。',
    keyReused: '上一次提交可能已成功。请先在“我的案件”中查看；确认未上报后可作为新的上报提交。', submitAsNew: '作为新的上报提交',
    noPolicy: '该网格尚未设定政策，无法确定时限',
  },
  caseDetail: {
    reporter: '反映人', anonymous: '匿名反映', confidential: '保密', noReporter: '未登记反映人', reveal: '查看完整信息',
    revealTitle: '查看反映人信息', revealConfirm: '查看将被记录（审计）。确定查看该反映人的完整姓名和电话？', revealOk: '查看',
    map: '位置', noLocation: '未记录具体位置，显示所在网格', timeline: '办理过程', actionsTitle: '可执行操作', noActions: '当前没有您可执行的操作',
    conflict: '该案件刚被他人修改，已重新加载，请核对后再操作', notAllowed: '当前状态下已不能执行此操作，已重新加载',
    detailLine: '{{label}}：{{value}}', done: '已{{action}}', system: '系统', fromTo: '{{from}} → {{to}}', deadlineChange: '期限：{{from}} → {{to}}', person: '人员 #{{id}}',
    extensionPending: '延期申请待审批：{{reason}}（建议期限 {{deadline}}）', mergedInto: '已合并到案件 #{{id}}',
  },
  actionForm: {
    cancel: '取消', title: '{{action}} · 案件 #{{id}}', submit: '确定', noFields: '确定对该案件执行“{{action}}”？',
    reason: '理由', details: '处理情况', intoCaseId: '合并到案件', handlingUnit: '承办单位', handlerId: '承办人', toUserId: '转给人员',
    toUnit: '转给单位', explanation: '转办说明', proposedDeadline: '建议新期限', approve: '审批结果', approveYes: '批准', approveNo: '不批准',
    deadline: '批准的新期限', satisfaction: '居民满意度', note: '备注', handler: '承办人', completedAt: '办结时间', caseClass: '时限分类',
    targetRequired: '请填写转给人员或转给单位', pickCase: '选择同一网格中进行中的案件', userId: '人员编号',
  },
  detailKeys: {
    reason: '理由', details: '处理情况', explanation: '说明', note: '备注', satisfaction: '满意度', handlingUnit: '承办单位', handler: '承办人',
    handlerId: '承办人', completedAt: '办结时间', caseClass: '时限分类', classBefore: '原时限分类', tier: '处置层级', tierBefore: '原层级',
    tierAfter: '新层级', deadline: '期限', receivedAt: '受理时间', proposedDeadline: '建议期限', approve: '批准', toUnit: '转给单位',
    toUserId: '转给人员', intoCaseId: '合并到', onTime: '按期', metAt: '完成时间', reopened: '已重启', provisional: '期限暂定',
    deadlineProvisional: '期限暂定', policyVersion: '政策版本', handOver: '首问责任移交',
    photoId: '照片编号',
  },
  casePhotos: {
    title: '现场照片', empty: '暂无照片', camera: '拍照', album: '从相册选择', count: '{{count}} / {{max}} 张', uploading: '正在上传…',
    added: '已添加 {{count}} 张照片', full: '最多 {{max}} 张照片', tooLarge: '照片超过 10 MB，未上传', badType: '只支持 JPEG、PNG、WebP 照片',
    failed: '照片上传失败：{{message}}', someFailed: '案件已登记，但有 {{count}} 张照片未上传，可在案件详情中重新添加', intakeLabel: '现场照片（可选）',
    intakeHint: '手机可直接拍照；大照片会先压缩；最多 {{max}} 张，每张不超过 10 MB', remove: '移除',
  },
  mergeSuggestions: {
    title: '附近的同类案件（{{radius}} 米内）', empty: '附近没有同类的进行中案件', noLocation: '本案无位置，以下为同网格的同类案件',
    distance: '{{metres}} 米', sameGrid: '同网格', pick: '选为合并目标', picked: '已选',
  },
};

export default cases;
