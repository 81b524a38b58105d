/** 简体中文 (default). Domain words follow the terms table of RULES.md. */
import annotations from './zh-CN.annotations';
import cases from './zh-CN.cases';
import reports from './zh-CN.reports';
import statistics from './zh-CN.statistics';
import supervision from './zh-CN.supervision';
import terms from './zh-CN.terms';

const zhCN = {
  ...terms,
  ...cases,
  ...annotations,
  ...supervision,
  ...statistics,
  ...reports,
  app: { name: '网格通', title: '网格通 · 网格化管理', language: '语言', openMenu: '打开菜单' },
  demo: { bannerShort: '演示模式 · 密码 gridwork-demo', tag: '演示模式', banner: '演示模式：当前为演示数据，所有演示账号的密码均为 gridwork-demo，请勿录入真实信息' },
  nav: { supervision: '督办看板', hotline: '热线登记', map: '网格地图', regions: '区域管理', users: '人员与角色', policy: '政策', calendar: '工作日历', audit: '审计', cases: '案件', statistics: '统计分析', analysis: '月度问题分析', open311: 'Open311 客户端' },
  common: {
    actions: '操作', close: '关闭', delete: '删除', deleted: '已删除', edit: '编辑', loading: '加载中…', no: '否', yes: '是',
    refresh: '刷新', required: '必填', retry: '重试', save: '保存', saved: '已保存',
  },
  login: {
    subtitle: '网格化管理服务平台', username: '用户名', password: '密码', submit: '登录',
    usernameRequired: '请输入用户名', passwordRequired: '请输入密码',
    invalid: '用户名或密码错误', tooMany: '登录失败次数过多，请 15 分钟后再试', unavailable: '无法连接服务器，请检查网络后重试',
    demoTitle: '演示账号（点击填入，密码 {{password}}）', demoCommunity2: '第二社区', demoTown: '镇',
  },
  user: { logout: '退出登录', noRoles: '暂无角色' },
  regionTree: { title: '区域', search: '搜索名称或编码', clear: '取消选择（显示全部）', pick: '选择区域' },
  notFound: { title: '页面不存在', back: '返回网格地图' },
  map: {
    title: '网格地图', count: '共 {{count}} 个网格', inRegion: '{{count}} 个网格', empty: '当前范围内没有网格',
    locate: '我在哪个网格', locatedIn: '您在：{{name}}', locatedNone: '当前位置不在任何网格内', locateDenied: '无法获取位置，请允许定位权限',
  },
  grid: { code: '网格编码', name: '网格名称', parent: '上级', parentCode: '上级编码', path: '所属', selectInTree: '在区域树中选中' },
  regions: {
    title: '区域管理', allInScope: '全部', create: '新建下级', createUnder: '在“{{name}}”下新建', editTitle: '编辑“{{name}}”',
    type: '类型', code: '编码', name: '名称', preset: '政策预设', noChildren: '没有下级区域',
    deleteConfirm: '确定删除“{{name}}”？只能删除没有下级的区域。', pickHint: '在左侧区域树中选择一个区域，查看和管理它的下级。',
    gridCodeHint: '网格编码为 15 位：6 位行政区划码 + 3 位街道 + 3 位社区 + 3 位网格序号',
    point: '位置（WGS-84）', lng: '经度', lat: '纬度', geometryAdvanced: '高级：边界（GeoJSON 几何）',
    geometryHint: 'WGS-84 坐标的 Polygon 或 MultiPolygon；留空表示无边界', geometryInvalid: '边界不是有效的 JSON',
  },
  geojson: {
    importButton: '导入 GeoJSON', importTitle: '导入网格 GeoJSON',
    importHelp: 'FeatureCollection，每个要素为 Polygon 或 MultiPolygon，属性含 code（15 位）、name、parentCode。先“检查”，无误后再“导入”；文件有错误时不会做任何修改。',
    loaded: '已读取 {{name}}：{{count}} 个要素', notJson: '文件不是有效的 JSON', crs: '文件坐标系', wgs84: 'WGS-84（GPS）', gcj02: 'GCJ-02（高德/腾讯）',
    check: '检查', import: '导入', checkOk: '检查通过：将新建 {{created}} 个、更新 {{updated}} 个网格', imported: '已导入：新建 {{created}} 个、更新 {{updated}} 个网格',
    problems: '发现 {{count}} 个问题', nothingChanged: '未做任何修改，请修正文件后重新检查。',
    feature: '要素', code: '问题代码', message: '说明',
    export: '导出 GeoJSON', exportWgs84: '导出（WGS-84）', exportGcj02: '导出（GCJ-02，高德/腾讯）', exported: '已导出 {{count}} 个网格',
  },
  users: {
    title: '人员与角色', search: '搜索姓名、账号或区域', create: '新建人员', editTitle: '编辑“{{name}}”',
    username: '账号', displayName: '姓名', password: '初始密码', newPassword: '新密码', passwordKeep: '留空则不修改密码',
    usernameHint: '2–40 位小写字母、数字或 . _ -', passwordMin: '密码至少 {{min}} 位',
    status: '状态', active: '启用', inactive: '停用', roles: '角色', role: '角色', region: '区域',
    regionHint: '角色对该区域及其全部下级生效', assignRole: '分配角色', assignTitle: '为“{{name}}”分配角色',
    removeRoleConfirm: '移除 {{user}} 在“{{region}}”的{{role}}角色？',
  },
  policy: {
    title: '政策', attachedTo: '设定于：{{name}}', inherited: '当前区域未单独设定政策，沿用“{{name}}”的政策。',
    inForceTab: '现行政策', versionsTab: '版本历史', allValues: '全部参数', item: '项目', values: '取值', rule: '依据',
    preset: '预设', version: '版本', inForce: '现行', createdAt: '时间', createdBy: '修改人',
    editTitle: '编辑政策', loadPreset: '用预设值替换',
    editHelp: '以 JSON 编辑政策参数；保存后生成新版本（当前 v{{version}}），已有记录仍按原版本执行。',
    see: '另见', jsonSyntax: 'JSON 格式错误', problemPath: '位置', problemMessage: '问题',
    newAttachment: '将为“{{name}}”单独设定政策，此后它不再沿用“{{from}}”的政策。',
  },
  calendar: {
    title: '工作日历', weekdays: '一,二,三,四,五,六,日',
    kinds: { workday: '工作日', weekend: '周末', holiday: '法定节假日', 'adjusted-workday': '调休上班' },
    status: {
      library: '{{year}} 年：使用内置的官方节假日数据', confirmed: '{{year}} 年：已按官方放假通知确认',
      provisional: '{{year}} 年：尚无官方放假通知，当前为推算结果（周末 + 法定节日），期限仅供参考',
    },
    provisionalHelp: '请系统管理员在国务院办公厅发布该年度放假安排后，在“录入官方通知”中录入并确认。',
    override: '人工调整', provisionalShort: '推算', clickHint: '点击日期可设置人工调整',
    overridesTab: '人工调整', noticeTab: '录入官方通知', deadlineTab: '期限计算',
    addOverride: '新增调整', noOverrides: '本年度没有人工调整', overrideTitle: '设置日期调整', date: '日期', overrideKind: '调整为',
    asWorkday: '工作日', asHoliday: '休息日', note: '说明', noteRequired: '请填写调整原因', deleteOverrideConfirm: '删除 {{date}} 的调整？',
    noticeHelp: '按国务院办公厅 {{year}} 年部分节假日安排的通知录入：每个假期的起止日期，以及调休上班的日期。确认后该年度标记为已确认。',
    noticePaste: '粘贴通知原文', noticeFields: '逐项录入', fieldsDraftHint: '已按当前日历预填，请对照通知核对修改。',
    noticeTextPlaceholder: '粘贴国务院办公厅关于{{year}}年部分节假日安排的通知，例如：\n一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。\n二、春节：……',
    holidayRanges: '放假安排', adjustedWorkdays: '调休上班日', holidayName: '节日名称', from: '开始', to: '结束',
    addHoliday: '添加假期', addWorkday: '添加调休上班日', confirmYear: '确认 {{year}} 年安排', confirmed: '{{year}} 年已确认',
    fromDate: '受理日期', workingDays: '工作日数', compute: '计算',
    deadlineRule: '从受理日的下一个工作日起算，第 N 个工作日结束时到期（A3.4、D2）。',
    deadlineResult: '{{from}} 起 {{days}} 个工作日后：', resultConfirmed: '依据已确认的日历数据',
    resultProvisional: '涉及尚无官方通知的年度，结果为推算值，官方通知发布后可能变化',
  },
  audit: {
    title: '审计日志', at: '时间', actor: '操作人', action: '操作', entity: '对象', before: '修改前', after: '修改后',
    system: '系统', loadMore: '加载更多',
    actions: {
      auth_login: '登录', 'calendar_confirm-year': '确认年度日历', calendar_override: '设置日期调整', 'calendar_override-remove': '删除日期调整',
      demo_seed: '生成演示数据', policy_save: '保存政策', region_create: '新建区域', region_update: '修改区域', region_delete: '删除区域',
      role_assign: '分配角色', role_remove: '移除角色', user_create: '新建人员', 'user_create-admin': '创建管理员', user_update: '修改人员', grids_import: '导入网格',
      case_create: '登记案件', 'case_reporter-reveal': '查看反映人', 'case-category_save': '保存案件类别',
      'case_photo-add': '添加案件照片', 'case_deadline-recomputed': '重新计算期限', 'demo_seed-cases': '生成演示案件',
      'demo_seed-households': '生成演示住户', 'grid_import-create': '导入新建网格',
    },
    entities: { region: '区域', user: '人员', policy: '政策', 'calendar-day': '日历日期', 'calendar-year': '日历年度', deployment: '部署', grid: '网格', case: '案件', 'case-category': '案件类别' },
  },
};

export default zhCN;
