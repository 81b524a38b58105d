/** 简体中文: policy validation problems, one text per stable code of core policy/semantic.ts, and the field path's parts. */
import type { PolicyProblemCode } from '@gridwork/core/policy/semantic';

const codes: Record<PolicyProblemCode, string> = {
  INVALID: '取值无效',
  TYPE: '应为{{type}}',
  REQUIRED: '缺少必填项“{{property}}”',
  UNKNOWN_PROPERTY: '不认识的项目“{{property}}”，请删除或检查拼写',
  ONE_OF: '只能取以下值之一：{{options}}',
  CODE_FORMAT: '代码只能用小写英文字母、数字和连字符（例如 general-case）',
  RULE_ID_FORMAT: '应为规则编号，例如 A3.4',
  MINIMUM: '不能小于 {{limit}}',
  MAXIMUM: '不能大于 {{limit}}',
  TOO_SHORT: '至少要有 {{limit}} 个字',
  TOO_LONG: '最多 {{limit}} 个字',
  TOO_FEW: '至少要有 {{limit}} 项',
  TOO_MANY: '最多 {{limit}} 项',
  UNKNOWN_RULE: '规则编号“{{id}}”不存在',
  WINDOW_PERIOD: '“{{period}}”周期不能设置时间窗口',
  WINDOW_ORDER: '起始日（{{from}} 日）晚于截止日（{{to}} 日）',
  MONTH_OF_PERIOD_NOT_APPLICABLE: '只有按季度或按年的周期才能指定第几个月',
  MONTH_OF_PERIOD_MISSING: '按{{period}}的时间窗口需要指定第几个月',
  MONTH_OF_PERIOD_RANGE: '一个{{period}}只有 {{months}} 个月',
  DUPLICATE_TIER: '层级代码“{{code}}”重复',
  UNKNOWN_TIER: '层级“{{tier}}”不在处置层级中',
  REFERRAL_TOO_LATE: '转报时限 {{within}} 超过了该类的办理时限 {{limit}}',
  UNKNOWN_MEETING: '没有“{{meeting}}”这种会议',
  DAY_AND_WEEKDAY: '“每月几日”和“每周几”只能设置一个',
  UNKNOWN_VISIT_CLASS: '没有“{{visitClass}}”这个走访分类',
  CLASS_RATE_TWICE: '走访分类“{{visitClass}}”已在抽查比例“{{rate}}”中',
  DUPLICATE_CUSTOMER_CLASS: '客户分类“{{code}}”重复',
  ITEM_WEIGHTED_TWICE: '考核项目“{{item}}”重复设置了权重',
};

/** The policy form (issue 11): labels, units of fields by key, the diff before saving. */
const policyForm = {
  formView: '表单',
  help:
    '按项目填写政策参数；每项后的蓝色标签是它依据的规则编号。保存前会列出改动（与预设、与现行 v{{version}} 对比）；' +
    '保存后生成新版本，已有记录仍按原版本执行。新增或删除时限分类、周期性任务、层级等列表项，请切换到 JSON 编辑。',
  unset: '未设置',
  codesHint: '输入编码后回车',
  cancel: '取消',
  changedFromPreset: '已改 · 预设 {{value}}',
  problemCount: '{{count}} 处问题',
  fixFirst: '有 {{count}} 处问题，请先修正（未保存）',
  nothingChanged: '没有修改，无需保存',
  diffTitle: '确认保存政策',
  diffSummary: '本次修改 {{edited}} 项（与现行 v{{version}} 相比）；保存后与预设“{{preset}}”不同的共 {{differ}} 项。',
  presetSwitch: '预设将由“{{from}}”改为“{{to}}”。',
  confirmSave: '确认保存',
  editedNow: '本次修改',
  differsOnly: '与预设不同',
  presetValue: '预设值',
  currentValue: '现行值（v{{version}}）',
  newValue: '新值',
  units: {
    count: '次',
    minutes: '分钟',
    minHours: '小时',
    months: '个月',
    day: '日',
    fromDay: '日',
    toDay: '日',
    monthOfPeriod: '月',
    weight: '分',
  },
};

/** Policy keys the form shows that the tree did not name yet (merged into `policyKeys`). */
const policyKeys = {
  privacy: '个人信息保护',
  revealLimit: '敏感信息查看上限',
  minutes: '时间窗口',
  assessment: '考核',
  items: '考核项目',
  item: '考核项目',
  weight: '权重',
  levels: '适用层级',
  schedule: '会议日期',
  'monthly-work': '月度工作例会',
  day: '每月几日',
  weekday: '每周几（1 = 周一）',
  maxLength: '最长延期',
  startByCategory: '按类别的起始层级',
  dispute: '矛盾纠纷',
  'weekly-team': '每周例会',
  'team-16th': '16 日例会',
  'problem-analysis': '问题分析会',
};

const policyProblems = {
  policyForm,
  policyKeys,
  policyValues: { keep: '保持原日期' },
  policyProblem: {
    codes,
    document: '整个政策',
    item: '第 {{n}} 项',
    field: '参数',
    types: { number: '数字', integer: '整数', string: '文字', boolean: '是或否', object: '一组参数（对象）', array: '列表' },
  },
};

export default policyProblems;
