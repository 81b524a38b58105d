/**
 * What the demo cases look like (see demo-cases.ts): the shares of statuses, lights, categories
 * and sources, which demo accounts act at each kind of step, the handling units, and the Chinese
 * texts (topics, responses, reasons, reporter names).
 */
import type { CaseStatus, Light } from '@gridwork/core/cases';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const MINUTE = 60_000;

export type Source = 'field' | 'walk-in' | 'hotline' | 'online' | 'meeting' | 'superior' | 'open311';
export type AreaKind = 'street' | 'town';

// ─── Shares and timing ────────────────────────────────────────────────────────────────────────

/** Shares of the final status (after one case of each status per area). */
export const STATUS_WEIGHTS: Record<CaseStatus, number> = {
  received: 9,
  accepted: 7,
  'in-progress': 10,
  responded: 6,
  'fed-back': 7,
  verified: 5,
  closed: 13,
  archived: 26,
  rejected: 6,
  merged: 4,
  reopened: 5,
};
/** Open, not yet met: the light now is chosen, the receipt time follows from it. */
export const LIGHT_WEIGHTS: Partial<Record<CaseStatus, Record<Light, number>>> = {
  received: { green: 55, yellow: 25, red: 20 },
  accepted: { green: 45, yellow: 25, red: 30 },
  'in-progress': { green: 40, yellow: 30, red: 30 },
  responded: { green: 45, yellow: 25, red: 30 },
};
/** Age range (days before now) of the receipt for the statuses whose limit is met. */
export const AGE_DAYS: Partial<Record<CaseStatus, [number, number]>> = {
  'fed-back': [1, 40],
  verified: [3, 60],
  closed: [8, 100],
  archived: [25, 118],
  rejected: [0.5, 115],
  merged: [0.5, 100],
  reopened: [5, 80],
};
/** Steps after the limit is met, by final status. */
export const POST_STEPS: Partial<Record<CaseStatus, Array<'verify' | 'close' | 'archive'>>> = {
  verified: ['verify'],
  closed: ['verify', 'close'],
  archived: ['verify', 'close', 'archive'],
};
export const LATE_SHARE = 0.2;

export const CATEGORY_WEIGHTS: Record<string, number> = {
  sanitation: 18,
  'public-facility': 17,
  'safety-hazard': 15,
  dispute: 13,
  'policy-consultation': 12,
  'livelihood-project': 8,
  'legal-advice': 7,
  other: 10,
};
export const SOURCE_WEIGHTS: Record<AreaKind, Record<Source, number>> = {
  street: { field: 32, hotline: 22, 'walk-in': 16, online: 14, meeting: 6, superior: 6, open311: 4 },
  town: { field: 40, 'walk-in': 25, hotline: 15, online: 10, meeting: 5, superior: 5, open311: 0 },
};
export const ADVICE_CATEGORIES = ['policy-consultation', 'legal-advice'];
export const DEPARTMENT_CATEGORIES = ['safety-hazard', 'public-facility', 'livelihood-project', 'sanitation'];

// ─── Who acts, and for which unit ─────────────────────────────────────────────────────────────

/** Demo accounts by preference for each kind of step; the first one whose roles reach the grid and allow the action acts. */
export const INTAKE_BY_SOURCE: Record<Source, string[]> = {
  field: ['worker1', 'worker2', 'townworker1', 'leader1', 'station1', 'lead1', 'street1', 'town1'],
  hotline: ['hotline1', 'town1'],
  'walk-in': ['station1', 'lead1', 'street1', 'town1'],
  online: ['station1', 'lead1', 'street1', 'town1'],
  meeting: ['lead1', 'street1', 'town1'],
  superior: ['street1', 'town1'],
  open311: ['hotline1', 'town1'],
};
export const COORDINATORS = ['leader1', 'station1', 'lead1', 'street1', 'town1', 'admin'];
export const CLERKS = ['station1', 'lead1', 'street1', 'town1', 'admin'];
export const VERIFIERS = ['supervisor1', 'lead1', 'station1', 'street1', 'town1'];
/** Who handles at each tier of either preset's ladder (A2, C5.3). */
export const HANDLERS_BY_TIER: Record<string, string[]> = {
  'grid-worker': ['worker1', 'worker2', 'townworker1', 'leader1', 'station1', 'lead1', 'street1'],
  'grid-leader': ['leader1', 'townworker1', 'station1', 'lead1', 'street1', 'town1'],
  community: ['station1', 'lead1', 'street1', 'town1'],
  'street-office': ['street1'],
  'district-department': ['dept1'],
  'higher-department': ['dept1'],
  'town-leadership': ['town1'],
};
export const DEPARTMENT_UNITS: Record<string, string> = {
  'safety-hazard': '区应急管理局',
  'public-facility': '区城市管理委员会',
  'livelihood-project': '区住房和城乡建设委员会',
  sanitation: '区城市管理综合执法局',
  dispute: '区司法局',
  'legal-advice': '区司法局',
};
export const OFFICE_UNITS: Record<AreaKind, Record<string, string>> = {
  street: {
    dispute: '综治中心',
    'legal-advice': '综治中心',
    'policy-consultation': '社区建设办公室',
    'livelihood-project': '社区建设办公室',
    other: '办事处',
  },
  town: {
    dispute: '综治中心',
    'legal-advice': '综治中心',
    'livelihood-project': '农业农村办公室',
    'policy-consultation': '社会事务办公室',
    other: '人民政府',
  },
};

// ─── Texts ────────────────────────────────────────────────────────────────────────────────────

interface Topic {
  title: string;
  description: string;
  area?: AreaKind;
}
/** Titles and descriptions; {place} a compound, building or hamlet of the grid, {bld} a building and unit there, {who} the reporter. */
export const TOPICS: Record<string, Topic[]> = {
  'policy-consultation': [
    { title: '咨询高龄老人津贴申领条件', description: '{who}咨询家中八十岁老人如何申领高龄津贴，需要准备哪些材料、到哪里办理。' },
    { title: '咨询城乡居民医保缴费时间', description: '{who}询问明年城乡居民医保的缴费时间、缴费标准和线上缴费方式。' },
    { title: '咨询公租房申请流程', description: '{who}一家在{place}租房居住，咨询公共租赁住房的申请条件和审核流程。', area: 'street' },
    { title: '咨询灵活就业人员社保补贴', description: '{who}近期失业后灵活就业，咨询能否申请社会保险补贴及办理渠道。' },
    { title: '咨询残疾人两项补贴办理', description: '{who}家属持有残疾证，咨询困难残疾人生活补贴和重度残疾人护理补贴的申请办法。' },
    { title: '咨询新生儿落户和参保登记', description: '{who}孩子刚出生，咨询办理户口登记和新生儿参保的顺序与材料。' },
    { title: '咨询农村低保申请条件', description: '{who}家中收入下降，咨询农村最低生活保障的申请条件和评议程序。', area: 'town' },
    { title: '咨询耕地地力保护补贴发放', description: '{who}询问今年耕地地力保护补贴的发放时间和核对承包面积的办法。', area: 'town' },
  ],
  dispute: [
    {
      title: '{place}楼上漏水引发邻里纠纷',
      description: '{place}{bld}住户反映楼上卫生间漏水，墙面发霉，双方多次协商未果，请求社区调解。',
      area: 'street',
    },
    {
      title: '{place}停车位占用纠纷',
      description: '{who}反映在{place}的固定车位长期被他人占用，与对方沟通无果，情绪较为激动。',
      area: 'street',
    },
    { title: '{place}犬只扰民引发争执', description: '{place}有住户饲养大型犬，夜间吠叫且出门不拴绳，邻居多次投诉引发争执。' },
    { title: '{place}装修噪音扰民', description: '{place}{bld}住户装修在午休和晚间施工，噪音较大，邻居与装修方发生口角。', area: 'street' },
    { title: '老人赡养费用家庭纠纷', description: '{who}反映子女之间就老人赡养费用分担产生矛盾，老人生活受到影响，希望调解。' },
    {
      title: '{place}宅基地边界纠纷',
      description: '{place}两户村民因宅基地边界和院墙位置发生争执，已影响正常生活，请求调解。',
      area: 'town',
    },
    { title: '{place}土地流转租金纠纷', description: '{place}村民反映承包地流转租金未按约定支付，与承租方多次协商无果。', area: 'town' },
  ],
  'safety-hazard': [
    { title: '{place}楼道堆放杂物', description: '{place}{bld}楼道内长期堆放纸箱、旧家具，堵塞疏散通道，存在消防隐患。', area: 'street' },
    {
      title: '{place}电动自行车入户充电',
      description: '{place}{bld}有住户将电动自行车推进楼道充电，飞线充电情况较多，存在火灾隐患。',
      area: 'street',
    },
    { title: '{place}外墙瓷砖脱落', description: '{place}{bld}外墙瓷砖松动脱落，下方为人行通道，存在高空坠物风险。', area: 'street' },
    { title: '{place}附近井盖破损', description: '{place}附近路口井盖破损下陷，夜间行人和车辆通行存在安全隐患。' },
    { title: '{place}燃气立管锈蚀', description: '{place}{bld}户外燃气立管锈蚀严重，居民担心泄漏，请求尽快检查更换。', area: 'street' },
    { title: '{place}河道护栏缺失', description: '{place}村边河道一段护栏缺失，附近儿童常在此玩耍，存在落水风险。', area: 'town' },
    { title: '{place}危旧房屋存在倒塌风险', description: '{place}一处无人居住的老旧土坯房墙体开裂，雨季存在倒塌风险。', area: 'town' },
  ],
  sanitation: [
    { title: '{place}垃圾清运不及时', description: '{place}垃圾桶站满溢，已有两天未清运，气味较大，影响居民生活。' },
    { title: '{place}绿地内建筑垃圾未清理', description: '{place}绿地内堆放装修建筑垃圾，长期无人清理，影响环境。', area: 'street' },
    { title: '{place}餐饮油烟扰民', description: '{place}底商餐馆油烟直排，低楼层居民无法开窗，多次反映未改善。', area: 'street' },
    { title: '{place}小广告乱贴乱画', description: '{place}{bld}单元门和楼道内小广告较多，居民希望集中清理并加强管理。', area: 'street' },
    { title: '{place}下水道堵塞污水外溢', description: '{place}附近下水道堵塞，污水外溢到路面，行人通行不便。' },
    { title: '{place}河塘漂浮垃圾', description: '{place}村口河塘水面有大量漂浮垃圾和塑料袋，易滋生蚊虫。', area: 'town' },
    { title: '{place}秸秆堆放占道', description: '{place}村道两侧堆放秸秆，占用道路且存在火灾隐患。', area: 'town' },
  ],
  'livelihood-project': [
    {
      title: '{place}老旧小区改造进度',
      description: '{who}询问{place}老旧小区综合整治的施工进度和完工时间，反映施工围挡影响出行。',
      area: 'street',
    },
    { title: '{place}加装电梯意见征集', description: '{place}{bld}居民希望加装电梯，询问意见征集、资金分摊和审批流程。', area: 'street' },
    { title: '建议在{place}附近设置便民菜站', description: '{who}反映周边买菜不便，建议在{place}附近设置便民菜站或早市。' },
    { title: '{place}养老服务驿站建设', description: '{who}希望在{place}附近建设养老服务驿站，提供助餐和日间照料服务。', area: 'street' },
    { title: '{place}村道硬化', description: '{place}村内一段道路仍为土路，雨天泥泞难行，村民希望纳入道路硬化项目。', area: 'town' },
    { title: '{place}自来水水压不足', description: '{place}早晚用水高峰时段水压不足，部分住户无水可用，希望改造供水管网。' },
  ],
  'public-facility': [
    { title: '{place}路灯不亮', description: '{place}附近多盏路灯夜间不亮，行人通行不便，存在安全隐患。' },
    { title: '{place}健身器材损坏', description: '{place}健身区单杠和漫步机损坏，老人使用时存在危险，请求维修。', area: 'street' },
    { title: '{place}人行道地砖松动', description: '{place}门前人行道地砖松动翘起，雨后踩踏溅水，老人易绊倒。', area: 'street' },
    { title: '{place}单元门禁损坏', description: '{place}{bld}单元门禁损坏已一周，陌生人可随意进出，居民担心安全。', area: 'street' },
    { title: '{place}雨水箅子堵塞', description: '{place}雨水箅子被落叶和垃圾堵塞，下雨时路面积水严重。' },
    { title: '{place}公厕设施损坏', description: '{place}公共厕所洗手池和冲水设施损坏，卫生状况较差。', area: 'town' },
  ],
  'legal-advice': [
    { title: '咨询劳动合同解除补偿', description: '{who}被单位提出解除劳动合同，咨询经济补偿的计算标准和维权途径。' },
    { title: '咨询房屋租赁押金退还', description: '{who}租房到期后房东拒不退还押金，咨询如何依法维护权益。' },
    { title: '咨询遗产继承手续', description: '{who}父亲去世后留下一套住房，咨询继承公证和过户的办理流程。' },
    { title: '咨询被拖欠工资如何维权', description: '{who}在建筑工地务工被拖欠三个月工资，咨询申请劳动仲裁和法律援助的办法。' },
    { title: '咨询婚前财产约定', description: '{who}咨询婚前财产约定的法律效力以及是否需要公证。' },
  ],
  other: [
    { title: '建议增设公交站点', description: '{who}反映{place}附近公交站点较远，建议增设站点或调整线路。' },
    { title: '{place}快递柜占用消防通道', description: '{place}快递柜摆放在消防通道上，居民建议调整位置。', area: 'street' },
    { title: '{place}流浪猫狗较多', description: '{place}流浪猫狗较多，夜间争斗吵闹，偶有伤人情况，希望妥善处置。' },
    { title: '{place}一带网络信号差', description: '{who}反映{place}一带手机信号和宽带网络较差，影响居家办公和孩子上网课。' },
  ],
};
export const RESPONSES: Record<string, string[]> = {
  'policy-consultation': [
    '已向居民详细解释政策规定和申请条件，告知所需材料和办理地点。',
    '已提供办事指南，指导居民通过政务服务网在线申请。',
  ],
  dispute: ['组织双方当面调解，达成调解协议，双方签字确认。', '联系物业和双方当事人现场协调，矛盾已化解。'],
  'safety-hazard': ['已联合物业清理隐患并张贴提示，安排网格员定期巡查。', '已通知产权单位现场处置，隐患已消除。'],
  sanitation: ['已协调环卫部门清运，现场恢复整洁，并增加清运频次。', '已约谈责任商户限期整改，复查已达标。'],
  'livelihood-project': ['已将居民诉求纳入年度民生项目清单，并向居民说明推进计划。', '已召开居民议事会征求意见，项目按计划推进。'],
  'public-facility': ['已报修，维修单位完成维修，设施恢复正常使用。', '已更换损坏部件，现场复查正常。'],
  'legal-advice': ['已安排社区法律顾问提供咨询，告知维权途径和所需证据。', '已引导居民申请法律援助，并协助准备材料。'],
  other: ['已向相关单位反映并协调处理，向居民反馈了处理情况。', '已记录居民建议并转有关部门研究答复。'],
};
export const REASONS = {
  reject: [
    '不属于本级受理范围，已告知居民向有关部门反映。',
    '信息不完整且多次联系不上反映人。',
    '属于司法程序已受理事项，已告知依法通过诉讼途径解决。',
  ],
  escalate: ['本级无法协调解决，需上级统筹处理。', '涉及多个部门职责，申请上报协调。', '问题较为复杂，需要上级部门介入。'],
  transfer: ['该事项由对方职责范围办理更合适，办理移交。', '经核实属其他单位管辖，转交办理并告知居民。'],
  extension: ['需要协调多个产权单位，办理时间较长，已向居民说明并申请延期。', '涉及工程施工，需等待施工窗口期，申请延期办理。'],
  decide: ['理由充分，同意延期，请按新时限办结。'],
  reopen: ['督办回访发现问题反弹，重新办理。', '居民再次反映问题未彻底解决。'],
};
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
  '林',
  '高',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '韩',
  '冯',
  '董',
  '曹',
  '袁',
];
export const GIVEN_NAMES = [
  '秀英',
  '桂兰',
  '建国',
  '建华',
  '志强',
  '丽华',
  '淑珍',
  '文军',
  '海燕',
  '晓东',
  '春梅',
  '德胜',
  '玉兰',
  '国庆',
  '红梅',
  '振华',
  '雪梅',
  '立新',
  '美玲',
  '小龙',
  '浩然',
  '子涵',
  '欣怡',
  '宇航',
  '佳怡',
  '俊杰',
  '婷',
  '磊',
  '伟',
  '敏',
  '静',
  '强',
  '军',
  '勇',
  '艳',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
];
