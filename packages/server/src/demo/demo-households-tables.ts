/**
 * What the demo households look like (see demo-households.ts): names by generation, household
 * make-ups and their shares, circumstance shares, ID number region codes, phone prefixes and the
 * Chinese texts of residents' records and visit notes. Fictional throughout.
 */

export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '肖',
  '田',
  '董',
  '袁',
  '潘',
  '于',
  '蒋',
  '蔡',
  '余',
  '杜',
  '叶',
  '程',
  '苏',
  '魏',
  '吕',
  '丁',
  '任',
  '沈',
  '姚',
  '卢',
  '姜',
  '崔',
  '钟',
  '谭',
  '陆',
  '汪',
  '范',
  '金',
];

/** Given names by birth cohort and sex: names follow the fashion of their decade. */
export const GIVEN_NAMES: Record<'old' | 'middle' | 'young' | 'child', Record<'M' | 'F', string[]>> = {
  old: {
    M: [
      '建国',
      '国强',
      '德福',
      '志刚',
      '永福',
      '长顺',
      '金生',
      '振华',
      '玉林',
      '富贵',
      '国庆',
      '建华',
      '志明',
      '树林',
      '明德',
      '福海',
      '宝山',
      '文清',
    ],
    F: [
      '桂兰',
      '秀英',
      '玉珍',
      '淑珍',
      '凤英',
      '秀兰',
      '桂英',
      '玉兰',
      '素芬',
      '翠花',
      '淑华',
      '秀珍',
      '兰英',
      '桂芳',
      '月娥',
      '凤琴',
      '玉梅',
      '淑芬',
    ],
  },
  middle: {
    M: [
      '伟',
      '勇',
      '军',
      '磊',
      '涛',
      '斌',
      '强',
      '鹏',
      '超',
      '海峰',
      '建军',
      '志强',
      '晓东',
      '国平',
      '卫东',
      '文斌',
      '立新',
      '红军',
      '永刚',
      '东升',
    ],
    F: [
      '丽',
      '静',
      '敏',
      '艳',
      '娟',
      '霞',
      '红梅',
      '丽华',
      '晓燕',
      '秀梅',
      '海燕',
      '雪梅',
      '春燕',
      '丽娟',
      '玉洁',
      '慧',
      '晓红',
      '凤霞',
      '丽萍',
      '彩霞',
    ],
  },
  young: {
    M: ['浩', '宇', '鑫', '杰', '俊杰', '子豪', '博文', '浩然', '宇航', '嘉豪', '天宇', '泽宇', '明轩', '文涛', '家乐', '思远'],
    F: ['婷', '雪', '琳', '欣怡', '梦瑶', '佳怡', '雨萱', '思琪', '诗涵', '晓彤', '若曦', '雅琪', '佳慧', '婉清', '心怡', '梦洁'],
  },
  child: {
    M: ['梓轩', '子墨', '浩宇', '宇轩', '睿', '沐宸', '俊熙', '铭泽', '奕辰', '一鸣', '皓轩', '子睿', '昊然', '煜城'],
    F: ['梓涵', '欣妍', '一涵', '可馨', '语桐', '诗琪', '梦琪', '子涵', '若汐', '芷若', '依诺', '雨桐', '安然', '书瑶'],
  },
};

export type AreaKind = 'street' | 'town';

/** Household make-ups and their shares per area kind (a town has more elderly and three-generation homes). */
export type Makeup =
  | 'single'
  | 'young-couple'
  | 'family-1'
  | 'family-2'
  | 'single-parent'
  | 'three-generation'
  | 'middle-couple'
  | 'middle-single'
  | 'elderly-couple'
  | 'elderly-alone';

export const MAKEUP_WEIGHTS: Record<AreaKind, Record<Makeup, number>> = {
  street: {
    single: 12,
    'young-couple': 11,
    'family-1': 25,
    'family-2': 7,
    'single-parent': 4,
    'three-generation': 9,
    'middle-couple': 14,
    'middle-single': 4,
    'elderly-couple': 9,
    'elderly-alone': 5,
  },
  town: {
    single: 6,
    'young-couple': 7,
    'family-1': 18,
    'family-2': 10,
    'single-parent': 3,
    'three-generation': 15,
    'middle-couple': 14,
    'middle-single': 4,
    'elderly-couple': 15,
    'elderly-alone': 8,
  },
};

/** The share (0..1) of households of `kind` with one of `makeups`. */
export function shareOf(kind: AreaKind, makeups: readonly Makeup[]): number {
  const weights = MAKEUP_WEIGHTS[kind];
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  return makeups.reduce((sum, m) => sum + weights[m], 0) / total;
}

/** Shares of households (0..1) with each circumstance; elderly tags follow from the make-up. */
export const SHARES = {
  migrant: { street: 0.1, town: 0.04 },
  rentedLocal: { street: 0.08, town: 0.03 },
  lowIncome: 0.04,
  disabled: 0.03,
  seriouslyIll: 0.02,
  emptyNest: 0.7,
  livingAlone: 0.6,
  salaried: 0.55,
  businessOwner: 0.08,
  override: 0.012,
  deceased: 0.012,
  movedOut: 0.02,
  movedWithin: 0.004,
  /** Households that came to the registry in the last two months. */
  recent: 0.03,
  /** Households whose head turns 60 this month (class 3 → class 1). */
  turning60: 0.004,
};

/** ID number address codes (first six digits): the district for most, home provinces for migrants. */
export const ID_PREFIXES = {
  street: ['110105', '110105', '110105', '110101', '110102', '110106', '110108'],
  town: ['110112', '110112', '110112', '110105', '110113'],
  migrant: ['410102', '510104', '342401', '130102', '370102', '430102', '420106', '610113', '360102', '230102'],
};

export const PHONE_PREFIXES = [
  '138',
  '139',
  '135',
  '136',
  '137',
  '150',
  '151',
  '152',
  '158',
  '159',
  '186',
  '187',
  '188',
  '133',
  '153',
  '180',
  '189',
  '130',
  '131',
  '155',
  '156',
  '185',
  '176',
  '199',
];

export const BUSINESSES = ['早餐店', '便利店', '理发店', '五金店', '水果店', '家电维修铺', '快递驿站', '小饭馆'];
export const EMPLOYERS = ['快递公司', '建筑工地', '餐馆', '物流园', '商场', '保洁公司', '外卖平台', '汽修厂'];
export const SKILLS = ['电工', '厨师', '会计', '驾驶', '维修家电', '书法', '护理', '理发', '法律咨询', '水暖维修', '电脑维修', '心理咨询'];
export const NOTES = [
  '有意愿参加社区志愿服务',
  '需关注用药情况',
  '子女在外地，电话联系为主',
  '楼栋长，熟悉本楼情况',
  '党员，参加社区党支部活动',
  '独自出行不便，外出需陪同',
  '平时白天在家',
  '夜班工作，白天休息',
  '热心邻里事务',
];
export const VIEWS = [
  '希望增设健身器材',
  '建议小区加装电梯',
  '希望增加社区食堂',
  '反映停车位紧张',
  '希望多组织文化活动',
  '建议改善垃圾分类设施',
];
export const RELATIONS_ABROAD = [
  '儿子在外区工作，每周回家',
  '女儿在外地，逢年过节回来',
  '与邻居关系融洽',
  '亲属在本社区居住',
  '老家在外省，亲属较少',
];

export const MOVED_OUT_NOTES = ['到外地工作', '婚后迁往外区', '考入外地大学', '随子女迁往外省', '参军入伍', '购房迁出本街道'];
export const DECEASED_NOTES = ['因病去世', '病逝，家属已办理相关手续', '高龄去世'];
export const MOVED_WITHIN_NOTES = ['结婚后另立户', '购房后在本街道另立户'];

export const OVERRIDES: Array<{ visitClass: '1-special' | '2-key' | '2-general' | '3'; reason: string }> = [
  { visitClass: '2-key', reason: '户主术后康复期，家属申请增加走访频次' },
  { visitClass: '1-special', reason: '子女长期在国外，老人实际无人照料' },
  { visitClass: '2-general', reason: '家庭突发变故，收入骤减，临时困难救助观察期' },
  { visitClass: '3', reason: '老人随子女长住外地，每季度回来一次，经社区确认' },
  { visitClass: '2-key', reason: '精神障碍患者，按社区严重精神障碍患者管理要求加强走访' },
];

export const LANDLORD_NOTE = ['', '', '（租期一年）', '（经中介出租）', '（租期两年）'];

// ─── Visit notes ──────────────────────────────────────────────────────────────────────────────

export type Theme = 'elderly' | 'vulnerable' | 'migrant' | 'general';

export const FINDINGS: Record<Theme, string[]> = {
  elderly: [
    '老人身体状况良好，按时服药',
    '老人腿脚不便，家中地面湿滑，已提醒注意防滑',
    '了解到子女近期回家探望，老人情绪良好',
    '老人独自在家，冰箱食物充足，燃气阀门已关',
    '测量血压正常，提醒按时复查',
    '老人反映夜间睡眠不好，已建议就医',
    '宣传防诈骗知识，老人表示接到过可疑电话',
    '老人家中烟感报警器电池耗尽，已协助更换',
  ],
  vulnerable: [
    '低保年审材料已收齐，待社区审核',
    '卧床老人护理情况良好，家属照料到位',
    '残疾人两项补贴已按月到账',
    '病人近期住院治疗，家属情绪低落，已做心理疏导',
    '家中护理床老化，已登记需求',
    '了解家庭收支情况，生活基本有保障',
  ],
  migrant: [
    '租户信息已核对，居住登记已更新',
    '提醒租户办理居住证',
    '出租房内电动车充电存在隐患，已劝导整改',
    '租户子女入学问题已了解',
    '出租屋消防通道畅通，灭火器在有效期内',
  ],
  general: [
    '反映楼道灯损坏',
    '家中燃气管道老化，已提醒联系燃气公司更换',
    '反映小区停车难',
    '宣传垃圾分类政策',
    '反映楼上漏水影响居住',
    '家庭情况无变化',
    '反映小区路面破损',
    '宣传医保缴费政策',
    '邻里关系和睦，无矛盾纠纷',
  ],
};

export const NEEDS: Record<Theme, string[]> = {
  elderly: ['希望卫生间安装扶手', '需要办理高龄津贴', '申请居家养老上门服务', '希望社区组织免费体检', '需要助餐服务'],
  vulnerable: ['需要残疾证换证指导', '咨询医保报销政策', '申请临时救助', '希望协调康复器材借用', '希望安排志愿者定期探访'],
  migrant: ['咨询子女入学政策', '咨询居住证办理流程', '希望了解就业培训信息'],
  general: ['希望协调物业维修漏水', '希望增设电动车充电桩', '希望修缮单元门禁', '咨询老旧小区改造进度'],
};
