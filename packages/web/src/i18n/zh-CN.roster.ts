/** 简体中文: household roster (户籍花名册, A11.1) import and export. Merged deeply into the resources. */
const roster = {
  nav: { roster: '花名册导入导出' },
  roster: {
    title: '户籍花名册导入导出',
    intro: '按模板填写：每位居民一行，同一户的成员填相同的“户编号”。先“试运行”检查，再正式导入。报告只显示行号、列名和问题，不显示身份证号和电话。',
    template: '下载模板', templateHelp: '模板含填写说明（“说明”工作表）和下拉选项；网格编码列列出您可以登记的网格。',
    file: '选择文件', noFile: '请选择 .xlsx 文件', tooLarge: '文件超过 20 MB，请拆分后导入', chosen: '{{name}}（{{size}}）',
    mode: '导入方式', allOrNothing: '全部或不导入', allOrNothingHelp: '任一行有误则不写入任何数据',
    validOnly: '仅导入有效户', validOnlyHelp: '导入没有问题的户；某户任一成员行有误则整户不导入',
    dryRun: '试运行（只检查，不写入）', check: '检查', import: '导入', run: '开始',
    resultDry: '检查完成：共 {{rows}} 行，可导入 {{households}} 户 {{residents}} 人',
    resultDone: '已导入 {{households}} 户 {{residents}} 人（共 {{rows}} 行）',
    resultNone: '未写入任何数据：共 {{rows}} 行',
    firstShown: '下表列出按行排序的前 {{count}} 个', rejectedCount: '{{count}} 个问题', warningsCount: '{{count}} 条提示', rejectedHouseholds: '未导入 {{count}} 户 {{residents}} 人',
    row: '行', column: '列', problem: '问题', message: '说明', noProblems: '没有问题',
    warningsTitle: '提示（已忽略的脱敏值）',
    exportTitle: '导出（身份证号和电话均脱敏）', exportRoster: '导出花名册', exportHouseholds: '导出住户列表', exportRegion: '导出范围（默认全部）',
    exportHelp: '导出的花名册与模板格式相同，可修改后重新导入；其中脱敏的身份证号和电话在导入时被忽略。每次导出均记入审计。',
    exported: '已导出', householdsGridOnly: '住户列表按网格导出：请选择一个网格，或清空范围导出全部',
    problems: {
      required: '必填', invalid: '格式或取值不对', 'too-long': '过长', 'not-a-date': '不是日期', 'too-early': '早于 1900 年', future: '晚于今天',
      format: '格式不对', region: '地区码不对', 'birth-date': '号码中的出生日期不对', 'check-digit': '校验位不对',
      'birth-date-mismatch': '与出生日期不一致', 'sex-mismatch': '与性别不一致', 'future-birth-date': '号码中的出生日期晚于今天',
      'not-text': '须按文本填写', duplicate: '已有现住居民使用', 'already-registered': '本辖区已登记同名同生日居民（是否重复导入？）', 'duplicate-in-file': '文件内重复', 'unknown-tag': '标签不在列表中',
      'unknown-grid': '网格编码不在您的范围内', 'forbidden-grid': '无权在该网格登记', 'unknown-place': '找不到小区或楼栋',
      'household-mismatch': '与同户其他行不一致', 'household-rejected': '同户其他行有误，整户未导入', 'masked-ignored': '脱敏值已忽略',
    },
  },
  errors: {
    ROSTER_NOT_XLSX: '上传的不是 xlsx 文件，请另存为 Excel 工作簿（.xlsx）', ROSTER_LAYOUT_INVALID: '表格缺少必需的列，请使用花名册模板',
    ROSTER_EMPTY: '花名册没有数据行（数据从模板第 3 行开始）', ROSTER_TOO_MANY_ROWS: '一次最多导入 20000 行，请拆分文件',
    ROSTER_TOO_LARGE: '文件内容过大（单元格、合并区域或文字过多），请拆分后再导入', ROSTER_IMPORT_BUSY: '正在处理其他导入，请稍后再试',
    EXPORT_TOO_LARGE: '导出行数过多，请选择更小的范围', UNSUPPORTED_MEDIA_TYPE: '不支持的文件类型', PAYLOAD_TOO_LARGE: '文件过大',
  },
  audit: { actions: { roster_import: '导入花名册' }, entities: { roster: '花名册' } },
};

export default roster;
