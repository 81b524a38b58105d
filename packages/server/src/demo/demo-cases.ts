/**
 * Demo cases (issue 3 item 11): a few hundred cases over the past ~4 months in the demo street
 * (~300) and town (~40), in every state, on time and late, open ones green, yellow and red now,
 * across categories, classes, sources and tiers, with reporters (some anonymous, a few
 * confidential on the hotline, A9.4).
 *
 * Deterministic: one seeded PRNG; `now` and the calendar are arguments, so the same inputs give
 * the same rows. Every case goes through the pure core (`newCase`, then `applyCaseAction` with
 * the demo account that would really act, at increasing times) and is written with the service's
 * own mapping (`rowOfState`, `appendTimeline`, `insertReporter`).
 *
 * Three phases, each easy to extend (households and visits come later):
 *   1. plan: per area, what each case is (grid, category, class, source, target status, timing);
 *   2. play: in order of receipt (ids drawn from the cases sequence in that order, so a duplicate
 *      merges into an earlier case), each plan runs as a script of workflow steps;
 *   3. write: cases in multi-row inserts, then reporters and timeline entries.
 */
import { isWithin, type Role } from '@gridwork/core';
import type { WorkingCalendar } from '@gridwork/core/calendar';
import {
  applyCaseAction, backEntryRoles, CASE_STATUSES, computeDeadline, intakeEntryOf, intakeRoles, isHandlerOrResponder, lightOf, mayTakeAction, newCase,
  type ActionName, type CaseAction, type CaseState, type CaseStatus, type Light, type Satisfaction, type TimelineEntry,
} from '@gridwork/core/cases';
import { createRng, type Rng } from '@gridwork/core/demo';
import { flattenPolygonal, INSIDE, placePoint, type FlatShape, type Polygonal } from '@gridwork/core/geo';
import { isExtendable, nextTierOf, tierLadderOf, timeLimitOf, warnShareOf, type PolicyValues } from '@gridwork/core/policy';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { writeAudit } from '../modules/audit/audit.repository';
import { parsePath } from '../modules/auth/sessions.repository';
import { rowOfState } from '../modules/cases/case-row';
import type { ReporterRow } from '../modules/cases/cases.repository';
import { findPolicyInForce } from '../modules/policy/policy.repository';
import type { RegionRow } from '../modules/regions/regions.repository';
import type { DemoIndex } from './seed';

export interface DemoCasesOptions {
  now: Date;
  calendar: WorkingCalendar;
  seed: number;
}

export interface DemoCasesResult {
  cases: number;
  byStatus: Record<CaseStatus, number>;
  timelineEntries: number;
  reporters: number;
}

/** Where cases are generated: a street or town of the demo index and how many cases it gets. */
export const DEMO_CASE_AREAS: ReadonlyArray<{ key: string; count: number }> = [
  { key: 'xingfu', count: 300 },
  { key: 'qingshan', count: 40 },
];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MINUTE = 60_000;

type Source = 'field' | 'walk-in' | 'hotline' | 'online' | 'meeting' | 'superior' | 'open311';
type AreaKind = 'street' | 'town';

// ─── Tables: what the demo looks like ────────────────────────────────────────────────────────

/** Shares of the final status (after one case of each status per area). */
const STATUS_WEIGHTS: Record<CaseStatus, number> = {
  received: 9, accepted: 7, 'in-progress': 10, responded: 6, 'fed-back': 7, verified: 5,
  closed: 13, archived: 26, rejected: 6, merged: 4, reopened: 5,
};
/** Open, not yet met: the light now is chosen, the receipt time follows from it. */
const LIGHT_WEIGHTS: Partial<Record<CaseStatus, Record<Light, number>>> = {
  received: { green: 55, yellow: 25, red: 20 },
  accepted: { green: 45, yellow: 25, red: 30 },
  'in-progress': { green: 40, yellow: 30, red: 30 },
  responded: { green: 45, yellow: 25, red: 30 },
};
/** Age range (days before now) of the receipt for the statuses whose limit is met. */
const AGE_DAYS: Partial<Record<CaseStatus, [number, number]>> = {
  'fed-back': [1, 40], verified: [3, 60], closed: [8, 100], archived: [25, 118],
  rejected: [0.5, 115], merged: [0.5, 100], reopened: [5, 80],
};
/** Steps after the limit is met, by final status. */
const POST_STEPS: Partial<Record<CaseStatus, Array<'verify' | 'close' | 'archive'>>> = {
  verified: ['verify'], closed: ['verify', 'close'], archived: ['verify', 'close', 'archive'],
};
const LATE_SHARE = 0.2;

const CATEGORY_WEIGHTS: Record<string, number> = {
  sanitation: 18, 'public-facility': 17, 'safety-hazard': 15, dispute: 13, 'policy-consultation': 12,
  'livelihood-project': 8, 'legal-advice': 7, other: 10,
};
const SOURCE_WEIGHTS: Record<AreaKind, Record<Source, number>> = {
  street: { field: 32, hotline: 22, 'walk-in': 16, online: 14, meeting: 6, superior: 6, open311: 4 },
  town: { field: 40, 'walk-in': 25, hotline: 15, online: 10, meeting: 5, superior: 5, open311: 0 },
};
const ADVICE_CATEGORIES = ['policy-consultation', 'legal-advice'];
const DEPARTMENT_CATEGORIES = ['safety-hazard', 'public-facility', 'livelihood-project', 'sanitation'];

/** Demo accounts by preference for each kind of step; the first one whose roles reach the grid and allow the action acts. */
const INTAKE_BY_SOURCE: Record<Source, string[]> = {
  field: ['worker1', 'worker2', 'townworker1', 'leader1', 'station1', 'lead1', 'street1', 'town1'],
  hotline: ['hotline1', 'town1'],
  'walk-in': ['station1', 'lead1', 'street1', 'town1'],
  online: ['station1', 'lead1', 'street1', 'town1'],
  meeting: ['lead1', 'street1', 'town1'],
  superior: ['street1', 'town1'],
  open311: ['hotline1', 'town1'],
};
const COORDINATORS = ['leader1', 'station1', 'lead1', 'street1', 'town1', 'admin'];
const CLERKS = ['station1', 'lead1', 'street1', 'town1', 'admin'];
const VERIFIERS = ['supervisor1', 'lead1', 'station1', 'street1', 'town1'];
/** Who handles at each tier of either preset's ladder (A2, C5.3). */
const HANDLERS_BY_TIER: Record<string, string[]> = {
  'grid-worker': ['worker1', 'worker2', 'townworker1', 'leader1', 'station1', 'lead1', 'street1'],
  'grid-leader': ['leader1', 'townworker1', 'station1', 'lead1', 'street1', 'town1'],
  community: ['station1', 'lead1', 'street1', 'town1'],
  'street-office': ['street1'],
  'district-department': ['dept1'],
  'higher-department': ['dept1'],
  'town-leadership': ['town1'],
};
const DEPARTMENT_UNITS: Record<string, string> = {
  'safety-hazard': '区应急管理局', 'public-facility': '区城市管理委员会', 'livelihood-project': '区住房和城乡建设委员会',
  sanitation: '区城市管理综合执法局', dispute: '区司法局', 'legal-advice': '区司法局',
};
const OFFICE_UNITS: Record<AreaKind, Record<string, string>> = {
  street: { dispute: '综治中心', 'legal-advice': '综治中心', 'policy-consultation': '社区建设办公室', 'livelihood-project': '社区建设办公室', other: '办事处' },
  town: { dispute: '综治中心', 'legal-advice': '综治中心', 'livelihood-project': '农业农村办公室', 'policy-consultation': '社会事务办公室', other: '人民政府' },
};

interface Topic {
  title: string;
  description: string;
  area?: AreaKind;
}
/** Titles and descriptions; {place} a compound, building or hamlet of the grid, {bld} a building and unit there, {who} the reporter. */
const TOPICS: Record<string, Topic[]> = {
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
    { title: '{place}楼上漏水引发邻里纠纷', description: '{place}{bld}住户反映楼上卫生间漏水，墙面发霉，双方多次协商未果，请求社区调解。', area: 'street' },
    { title: '{place}停车位占用纠纷', description: '{who}反映在{place}的固定车位长期被他人占用，与对方沟通无果，情绪较为激动。', area: 'street' },
    { title: '{place}犬只扰民引发争执', description: '{place}有住户饲养大型犬，夜间吠叫且出门不拴绳，邻居多次投诉引发争执。' },
    { title: '{place}装修噪音扰民', description: '{place}{bld}住户装修在午休和晚间施工，噪音较大，邻居与装修方发生口角。', area: 'street' },
    { title: '老人赡养费用家庭纠纷', description: '{who}反映子女之间就老人赡养费用分担产生矛盾，老人生活受到影响，希望调解。' },
    { title: '{place}宅基地边界纠纷', description: '{place}两户村民因宅基地边界和院墙位置发生争执，已影响正常生活，请求调解。', area: 'town' },
    { title: '{place}土地流转租金纠纷', description: '{place}村民反映承包地流转租金未按约定支付，与承租方多次协商无果。', area: 'town' },
  ],
  'safety-hazard': [
    { title: '{place}楼道堆放杂物', description: '{place}{bld}楼道内长期堆放纸箱、旧家具，堵塞疏散通道，存在消防隐患。', area: 'street' },
    { title: '{place}电动自行车入户充电', description: '{place}{bld}有住户将电动自行车推进楼道充电，飞线充电情况较多，存在火灾隐患。', area: 'street' },
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
    { title: '{place}老旧小区改造进度', description: '{who}询问{place}老旧小区综合整治的施工进度和完工时间，反映施工围挡影响出行。', area: 'street' },
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
const RESPONSES: Record<string, string[]> = {
  'policy-consultation': ['已向居民详细解释政策规定和申请条件，告知所需材料和办理地点。', '已提供办事指南，指导居民通过政务服务网在线申请。'],
  dispute: ['组织双方当面调解，达成调解协议，双方签字确认。', '联系物业和双方当事人现场协调，矛盾已化解。'],
  'safety-hazard': ['已联合物业清理隐患并张贴提示，安排网格员定期巡查。', '已通知产权单位现场处置，隐患已消除。'],
  sanitation: ['已协调环卫部门清运，现场恢复整洁，并增加清运频次。', '已约谈责任商户限期整改，复查已达标。'],
  'livelihood-project': ['已将居民诉求纳入年度民生项目清单，并向居民说明推进计划。', '已召开居民议事会征求意见，项目按计划推进。'],
  'public-facility': ['已报修，维修单位完成维修，设施恢复正常使用。', '已更换损坏部件，现场复查正常。'],
  'legal-advice': ['已安排社区法律顾问提供咨询，告知维权途径和所需证据。', '已引导居民申请法律援助，并协助准备材料。'],
  other: ['已向相关单位反映并协调处理，向居民反馈了处理情况。', '已记录居民建议并转有关部门研究答复。'],
};
const REASONS = {
  reject: ['不属于本级受理范围，已告知居民向有关部门反映。', '信息不完整且多次联系不上反映人。', '属于司法程序已受理事项，已告知依法通过诉讼途径解决。'],
  escalate: ['本级无法协调解决，需上级统筹处理。', '涉及多个部门职责，申请上报协调。', '问题较为复杂，需要上级部门介入。'],
  transfer: ['该事项由对方职责范围办理更合适，办理移交。', '经核实属其他单位管辖，转交办理并告知居民。'],
  extension: ['需要协调多个产权单位，办理时间较长，已向居民说明并申请延期。', '涉及工程施工，需等待施工窗口期，申请延期办理。'],
  decide: ['理由充分，同意延期，请按新时限办结。'],
  reopen: ['督办回访发现问题反弹，重新办理。', '居民再次反映问题未彻底解决。'],
};
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗', '郑', '梁', '谢', '宋', '唐', '韩', '冯', '董', '曹', '袁'];
const GIVEN_NAMES = ['秀英', '桂兰', '建国', '建华', '志强', '丽华', '淑珍', '文军', '海燕', '晓东', '春梅', '德胜', '玉兰', '国庆', '红梅', '振华', '雪梅', '立新', '美玲', '小龙', '浩然', '子涵', '欣怡', '宇航', '佳怡', '俊杰', '婷', '磊', '伟', '敏', '静', '强', '军', '勇', '艳', '娟', '涛', '明', '超', '霞'];

// ─── Context loaded once: policies, people, places ───────────────────────────────────────────

interface Person {
  id: number;
  username: string;
  /** The person's name without the role prefix of the demo display name. */
  name: string;
  /** Roles whose region reaches the grid. */
  roles: Role[];
}

interface Spot {
  name: string;
  kind: 'compound' | 'building';
  point: [number, number] | null;
}

interface GridCtx {
  grid: RegionRow;
  community: RegionRow;
  workstation: RegionRow | null;
  spots: Spot[];
  shape: FlatShape | null;
  people: Person[];
  weight: number;
}

interface AreaCtx {
  kind: AreaKind;
  top: RegionRow;
  count: number;
  policy: { values: PolicyValues; version: number; regionId: number };
  grids: GridCtx[];
}

interface Env {
  rng: Rng;
  now: Date;
  /** No generated instant lies after this (one minute before `now`). */
  cap: number;
  calendar: WorkingCalendar;
  defaultTiers: Map<string, string | null>;
}

async function loadAreas(trx: Transaction<DB>, index: DemoIndex): Promise<AreaCtx[]> {
  const byId = new Map([...index.regions.values()].map((r) => [r.id, r]));
  const assignments = await trx
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .innerJoin('regions as r', 'r.id', 'ra.region_id')
    .select(['u.id', 'u.username', 'u.display_name', 'ra.role', 'r.path'])
    .where('u.id', 'in', [...index.users.values()])
    .orderBy('u.id')
    .execute();
  const gridRows = [...index.regions.values()].filter((r) => r.type === 'grid');
  const shapes = await trx.selectFrom('regions').select(['id', 'geometry']).where('id', 'in', gridRows.map((g) => g.id)).execute();
  const places = await trx
    .selectFrom('regions')
    .select(['parent_id', 'type', 'name', 'point'])
    .where('parent_id', 'in', gridRows.map((g) => g.id))
    .where('type', 'in', ['compound', 'building'])
    .orderBy('code')
    .execute();
  const areas: AreaCtx[] = [];
  for (const { key, count } of DEMO_CASE_AREAS) {
    const top = index.regions.get(key);
    if (!top) throw new Error(`demo region ${key} is missing`);
    const found = await findPolicyInForce(trx, parsePath(top.path));
    if (!found) throw new Error(`no policy in force at demo region ${key}`);
    const grids = gridRows.filter((g) => g.path.startsWith(top.path)).map((grid): GridCtx => {
      const path = parsePath(grid.path);
      const people = new Map<number, Person>();
      for (const a of assignments) {
        if (!isWithin(path, parsePath(a.path))) continue;
        const p = people.get(a.id) ?? { id: a.id, username: a.username, name: a.display_name.split(' ').pop()!, roles: [] };
        p.roles.push(a.role as Role);
        people.set(a.id, p);
      }
      const ancestors = path.map((id) => byId.get(id)).filter((r): r is RegionRow => r !== undefined);
      const geometry = shapes.find((s) => s.id === grid.id)?.geometry as Polygonal | null | undefined;
      const local = [...people.values()].filter((p) => assignments.some((a) => a.id === p.id && a.path === grid.path));
      const workstation = ancestors.find((r) => r.type === 'workstation') ?? null;
      const staffed = [...people.values()].some((p) => p.roles.includes('workstation-staff'));
      return {
        grid,
        community: ancestors.find((r) => r.type === 'community')!,
        workstation,
        spots: places.filter((p) => p.parent_id === grid.id).map((p) => ({ name: p.name, kind: p.type as Spot['kind'], point: (p.point as [number, number] | null) ?? null })),
        shape: geometry ? flattenPolygonal(geometry) : null,
        people: [...people.values()],
        // Grids with their own demo accounts get more cases, so every demo user has work to see.
        weight: 1 + (local.length > 0 ? 6 : 0) + (staffed ? 1 : 0),
      };
    });
    areas.push({
      kind: top.type === 'town' ? 'town' : 'street',
      top,
      count,
      policy: { values: found.values as PolicyValues, version: found.version, regionId: found.regionId },
      grids,
    });
  }
  return areas;
}

// ─── Phase 1: plans ──────────────────────────────────────────────────────────────────────────

interface CasePlan {
  seq: number;
  area: AreaCtx;
  at: GridCtx;
  target: CaseStatus;
  category: string;
  caseClass: string;
  source: Source;
  owner: Person;
  receivedAt: Date;
  intakeAt: Date;
  /** The cycle that meets the limit meets it late. */
  late: boolean;
  onSpot: boolean;
  /** First answer unsatisfied, handled again, then satisfied (closed and archived only). */
  redo: boolean;
  escalations: number;
  transfer: boolean;
  extension: 'none' | 'pending' | 'approved';
  classChange: string | null;
  reopenVia: 'reopen' | 'unsatisfied';
  /** Steps after the limit is met, and how long they take in all. */
  post: Array<'verify' | 'close' | 'archive'>;
  postMs: number;
  /** Reopened cases: when the new cycle starts. */
  reopenAt: number | null;
  title: string;
  description: string;
  reporter: ReporterRow | null;
  location: { lat: number; lng: number } | null;
  id: number;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng.next() * items.length)];
}

function weighted<K extends string>(rng: Rng, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  let x = rng.next() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) if ((x -= w) < 0) return k;
  return entries[entries.length - 1][0];
}

function personOf(at: GridCtx, usernames: readonly string[], ok: (p: Person) => boolean = () => true): Person | undefined {
  for (const u of usernames) {
    const p = at.people.find((x) => x.username === u);
    if (p && ok(p)) return p;
  }
  return undefined;
}

const shanghaiHour = (t: number): number => new Date(t + 8 * HOUR).getUTCHours();
const isNight = (hour: number): boolean => hour < 8 || hour >= 21;

/** Moves a night-time instant back to 20:xx the evening before (Asia/Shanghai): residents report in the daytime. */
function daytime(t: number): number {
  const hour = shanghaiHour(t);
  return isNight(hour) ? t - (hour >= 21 ? hour - 20 : hour + 4) * HOUR : t;
}

/** Moves a night-time instant on to 08:xx the next morning (Asia/Shanghai). */
function workHours(t: number): number {
  const hour = shanghaiHour(t);
  return isNight(hour) ? t + (hour >= 21 ? 32 - hour : 8 - hour) * HOUR : t;
}

function classOf(rng: Rng, area: AreaCtx, category: string): string {
  const advice = ADVICE_CATEGORIES.includes(category);
  const weights: Record<string, number> = area.kind === 'town'
    ? (advice ? { general: 90, complex: 10 } : { general: 55, complex: 32, major: 13 })
    : (advice ? { consultation: 70, general: 30 } : { consultation: 5, general: 55, complex: 28, 'especially-complex': 12 });
  return weighted(rng, weights);
}

function reporterOf(rng: Rng, source: Source, kind: AreaKind): ReporterRow | null {
  const named = (): ReporterRow => ({
    name: pick(rng, SURNAMES) + pick(rng, GIVEN_NAMES),
    phone: `138${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
    anonymous: false,
    confidential: false,
  });
  const anonymous: ReporterRow = { name: null, phone: null, anonymous: true, confidential: false };
  const x = rng.next();
  switch (source) {
    case 'meeting':
    case 'superior':
      return null;
    case 'field':
      return x < 0.35 ? null : named();
    case 'hotline':
      // A9.4: supervision-hotline reports with a confidential reporter (street hotline only).
      if (kind === 'street' && x < 0.12) return { ...named(), confidential: true };
      return x < 0.27 ? anonymous : named();
    case 'online':
      return x < 0.2 ? anonymous : named();
    default:
      return named();
  }
}

function textOf(rng: Rng, area: AreaCtx, at: GridCtx, category: string, reporter: ReporterRow | null): { title: string; description: string } {
  const topic = pick(rng, TOPICS[category].filter((t) => !t.area || t.area === area.kind));
  const spot = at.spots.length ? pick(rng, at.spots) : { name: at.grid.name, kind: 'compound' as const, point: null };
  const bld = area.kind === 'town' ? '' : spot.kind === 'building' ? `${rng.int(1, 4)}单元` : `${rng.int(1, 16)}号楼${rng.int(1, 4)}单元`;
  const resident = area.kind === 'town' ? '村民' : '居民';
  // A confidential or anonymous reporter's name never goes into the text (A9.4).
  const who = reporter?.name && !reporter.confidential ? `${resident}${reporter.name}` : reporter?.anonymous ? `匿名${resident}` : resident;
  const fill = (s: string) => s.replaceAll('{place}', spot.name).replaceAll('{bld}', bld).replaceAll('{who}', who);
  return { title: fill(topic.title), description: fill(topic.description) };
}

function locationOf(rng: Rng, at: GridCtx, source: Source): { lat: number; lng: number } | null {
  if (!['field', 'online', 'open311'].includes(source)) return null;
  const spots = at.spots.filter((s) => s.point);
  if (!spots.length) return null;
  const [lng0, lat0] = pick(rng, spots).point!;
  const lng = Number((lng0 + rng.between(-0.00015, 0.00015)).toFixed(6));
  const lat = Number((lat0 + rng.between(-0.00015, 0.00015)).toFixed(6));
  const inside = !at.shape || placePoint(at.shape, lng, lat) === INSIDE;
  return inside ? { lat, lng } : { lat: lat0, lng: lng0 };
}

/** Roughly how many calendar days the class's time limit spans. */
function spanDays(policy: PolicyValues, caseClass: string): number {
  const limit = timeLimitOf(policy, caseClass);
  return limit.unit === 'working-days' ? limit.value * 1.4 + 1 : limit.value + 1;
}

function deadlineOf(env: Env, area: AreaCtx, caseClass: string, receivedAt: number): number {
  return computeDeadline(new Date(receivedAt), timeLimitOf(area.policy.values, caseClass), env.calendar).deadline.getTime();
}

/** Open and unmet: a receipt time that gives the wanted light now. */
function receivedForLight(env: Env, area: AreaCtx, caseClass: string, light: Light, maxRedDays: number): number {
  const s = spanDays(area.policy.values, caseClass);
  const [lo, hi] = light === 'green' ? [0.02, 0.7 * s] : light === 'yellow' ? [0.7 * s, 1.1 * s] : [1.05 * s, Math.max(1.1 * s + 1, Math.min(s + maxRedDays, 100))];
  const warnShare = warnShareOf(area.policy.values);
  let r = env.cap;
  for (let attempt = 0; attempt < 60; attempt++) {
    r = daytime(env.now.getTime() - env.rng.between(lo, hi) * DAY);
    const deadline = new Date(deadlineOf(env, area, caseClass, r));
    if (lightOf({ clockStart: new Date(r), deadline, metAt: null }, env.now, warnShare) === light) return r;
  }
  return r;
}

/** A plan before its times are chosen. */
type PlanDraft = Omit<CasePlan, 'receivedAt' | 'intakeAt'>;

/** Met: a receipt old enough for the whole script (late meeting, second round, steps after) to fit before now. */
function receivedForMet(env: Env, area: AreaCtx, plan: PlanDraft): number {
  const [lo, hi] = AGE_DAYS[plan.target]!;
  let r = env.cap;
  for (let attempt = 0; attempt < 40; attempt++) {
    r = daytime(env.now.getTime() - env.rng.between(lo, hi) * DAY);
    const span = deadlineOf(env, area, plan.caseClass, r) - r;
    const met = plan.late ? r + span + 6 * DAY + (plan.extension === 'approved' ? 15 * DAY : 0) : r + 0.7 * span;
    const end = met + (plan.redo ? 1.5 * span + 6 * DAY : 0) + plan.postMs + 2 * HOUR;
    if (end <= env.cap) return r;
  }
  plan.late = false;
  plan.redo = false;
  return daytime(env.now.getTime() - hi * DAY);
}

/**
 * Reopened: the reopening time gives the wanted light of the new cycle now (its deadline counts
 * from the reopening); the first cycle lies before it.
 */
function timesForReopened(env: Env, area: AreaCtx, plan: PlanDraft): { receivedAt: number; reopenAt: number } {
  const reopenAt = receivedForLight(env, area, plan.caseClass, weighted(env.rng, { green: 40, yellow: 25, red: 35 }), 25);
  const span = spanDays(area.policy.values, plan.caseClass) * DAY;
  const before = span * env.rng.between(plan.late ? 1.3 : 0.5, plan.late ? 2 : 1.2) + plan.postMs + 3 * HOUR;
  return { receivedAt: daytime(reopenAt - before), reopenAt };
}

function planCase(env: Env, area: AreaCtx, seq: number, target: CaseStatus): CasePlan {
  const { rng } = env;
  const at = area.grids[weightedIndex(rng, area.grids.map((g) => g.weight))];
  const category = weighted(rng, CATEGORY_WEIGHTS);
  const caseClass = classOf(rng, area, category);
  const source = weighted(rng, SOURCE_WEIGHTS[area.kind]);
  const owner = personOf(at, INTAKE_BY_SOURCE[source], (p) => p.roles.some((r) => intakeRoles.includes(r))) ?? personOf(at, ['admin'])!;
  const reporter = reporterOf(rng, source, area.kind);
  const met = AGE_DAYS[target] !== undefined;
  const extendable = isExtendable(area.policy.values, caseClass);
  const ladder = tierLadderOf(area.policy.values);
  const reopenVia = rng.next() < 0.55 ? 'reopen' : 'unsatisfied';
  const post = POST_STEPS[target] ?? (target === 'reopened' && reopenVia === 'reopen' ? (['verify', 'close'] as const).slice(0, rng.int(0, 2)) : []);
  const plan: PlanDraft = {
    seq, area, at, target, category, caseClass, source, owner,
    late: met && rng.next() < (['rejected', 'merged'].includes(target) ? LATE_SHARE / 2 : LATE_SHARE),
    onSpot: ['fed-back', 'verified', 'closed', 'archived'].includes(target) && rng.next() < (target === 'fed-back' ? 0.35 : 0.2),
    redo: ['closed', 'archived'].includes(target) && rng.next() < 0.08,
    escalations: rng.next() < 0.06 ? Math.min(2, ladder.length - 1) : rng.next() < 0.18 ? 1 : 0,
    transfer: rng.next() < 0.08,
    extension: !extendable ? 'none' : rng.next() < 0.6 ? (target === 'in-progress' && rng.next() < 0.5 ? 'pending' : 'approved') : 'none',
    classChange: met && target !== 'reopened' && rng.next() < 0.1 ? nextClass(area, caseClass) : null,
    reopenVia,
    post: [...post],
    postMs: post.reduce((sum, s) => sum + (s === 'archive' ? rng.between(1, 10) * DAY : rng.between(3 * HOUR, 3 * DAY)), 0),
    reopenAt: null,
    ...textOf(rng, area, at, category, reporter),
    reporter,
    location: locationOf(rng, at, source),
    id: 0,
  };
  const lights = LIGHT_WEIGHTS[target];
  let receivedAt: number;
  if (lights) receivedAt = receivedForLight(env, area, caseClass, weighted(rng, lights), target === 'received' ? 6 : 40);
  else if (target === 'reopened') ({ receivedAt, reopenAt: plan.reopenAt } = timesForReopened(env, area, plan));
  else receivedAt = receivedForMet(env, area, plan);
  // Back-entry of a paper or phone record a little later, by those who may (contract: receivedAt).
  const backEntry = ['hotline', 'walk-in'].includes(source) && owner.roles.some((r) => backEntryRoles.includes(r)) && rng.next() < 0.25;
  const intakeAt = backEntry ? Math.min(workHours(receivedAt + rng.between(20 * MINUTE, 5 * HOUR)), env.cap - 30 * MINUTE) : receivedAt;
  return { ...plan, receivedAt: new Date(receivedAt), intakeAt: new Date(Math.max(receivedAt, intakeAt)) };
}

function weightedIndex(rng: Rng, weights: number[]): number {
  let x = rng.next() * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < weights.length; i++) if ((x -= weights[i]) < 0) return i;
  return weights.length - 1;
}

/** Accepted as the next, more demanding class of the policy (D4), if there is one. */
function nextClass(area: AreaCtx, caseClass: string): string | null {
  const classes = Object.keys(area.policy.values.caseClasses);
  return classes[classes.indexOf(caseClass) + 1] ?? null;
}

// ─── Phase 2: play each plan through the core ────────────────────────────────────────────────

class Flow {
  c: CaseState;
  readonly entries: TimelineEntry[] = [];
  /** The time of the latest step. */
  cursor: number;
  /** Steps before the final one stay before this (the reopening of a reopened case, else now). */
  readonly limit: number;

  constructor(
    readonly plan: CasePlan,
    readonly env: Env,
  ) {
    const { area, owner } = plan;
    const defaultTier = env.defaultTiers.get(plan.category);
    const ladder = tierLadderOf(area.policy.values).map((t) => t.code);
    this.c = newCase({
      id: plan.id, receivedAt: plan.receivedAt, caseClass: plan.caseClass, tier: defaultTier && ladder.includes(defaultTier) ? defaultTier : undefined,
      ownerId: owner.id, policy: area.policy.values, policyVersion: area.policy.version, calendar: env.calendar, now: plan.intakeAt,
    });
    this.entries.push(intakeEntryOf(this.c, owner.id, plan.intakeAt));
    this.cursor = plan.intakeAt.getTime();
    this.limit = plan.reopenAt === null ? env.cap : plan.reopenAt - 30 * MINUTE;
  }

  get rng(): Rng {
    return this.env.rng;
  }

  get policy(): PolicyValues {
    return this.plan.area.policy.values;
  }

  /** The first of `usernames` (then any coordinator, then admin) whose roles allow `action` on the case now. */
  who(action: ActionName, usernames: readonly string[]): Person {
    const ok = (p: Person) => mayTakeAction(this.c, { id: p.id, roles: p.roles }, action) && (action !== 'verify' || !isHandlerOrResponder(this.c, p.id));
    const p = personOf(this.plan.at, [...usernames, ...COORDINATORS], ok);
    if (!p) throw new Error(`demo cases: nobody may ${action} case ${this.c.id}`);
    return p;
  }

  usernameOf(id: number | null): string[] {
    const p = id === null ? undefined : this.plan.at.people.find((x) => x.id === id);
    return p ? [p.username] : [];
  }

  act(action: CaseAction, who: Person, at: number): void {
    if (at <= this.cursor) at = this.cursor + MINUTE;
    at = this.inDaytime(at);
    if (at > this.env.cap) throw new Error(`demo cases: step ${action.action} of case ${this.c.id} would lie in the future`);
    const { next, entry } = applyCaseAction(this.c, action, {
      actor: { id: who.id, roles: who.roles }, now: new Date(at), policy: this.policy, calendar: this.env.calendar, expectedVersion: this.c.version,
    });
    this.c = next;
    this.entries.push(entry);
    this.cursor = at;
  }

  /**
   * Moves a night-time step to the evening before or the next morning, when that keeps the order
   * of the steps, stays before the limit, and keeps the step on its side of the running deadline.
   */
  private inDaytime(at: number): number {
    if (!isNight(shanghaiHour(at))) return at;
    const deadline = this.c.deadline.getTime();
    const latest = Math.max(at, this.limit);
    for (const t of [daytime(at), workHours(at)]) {
      if (t > this.cursor && t <= latest && t <= this.env.cap && t <= deadline === at <= deadline) return t;
    }
    return at;
  }
}

type Step = (f: Flow, at: number) => void;

/** Spreads the steps over (cursor, until]: increasing times, stratified so none bunch up. */
function run(f: Flow, steps: Step[], until: number): void {
  const from = f.cursor;
  const to = Math.min(f.limit, Math.max(until, from + steps.length * 10 * MINUTE));
  steps.forEach((step, i) => {
    const t = from + ((to - from) * (i + f.rng.between(0.2, 0.95))) / steps.length;
    step(f, Math.round(t / 1000) * 1000);
  });
}

function handlerFor(f: Flow): Person {
  const { plan, c } = f;
  const wantsDepartment = DEPARTMENT_CATEGORIES.includes(plan.category) && f.rng.next() < (plan.area.kind === 'town' ? 0.45 : 0.25);
  const names = wantsDepartment ? ['dept1'] : (HANDLERS_BY_TIER[c.tier] ?? ['street1', 'town1']);
  return personOf(plan.at, [...names, 'street1', 'town1', 'admin'])!;
}

function unitOf(f: Flow, p: Person): string {
  const { area, at, category } = f.plan;
  const role = p.roles[0];
  if (role === 'department-handler') return DEPARTMENT_UNITS[category] ?? '区住房和城乡建设委员会';
  if (role === 'street-officer' || role === 'town-officer') return area.top.name + (OFFICE_UNITS[area.kind][category] ?? (area.kind === 'street' ? '城市管理办公室' : '人民政府'));
  if (role === 'community-lead') return at.community.name + (at.community.name.endsWith('村') ? '村民委员会' : '居民委员会');
  if (role === 'workstation-staff') return at.workstation?.name ?? at.community.name;
  if (role === 'grid-leader' || role === 'grid-worker') return at.grid.name;
  return area.top.name;
}

const step = {
  escalate: (): Step => (f, at) => {
    if (nextTierOf(f.policy, f.c.tier) === null) return;
    f.act({ action: 'escalate', reason: pick(f.rng, REASONS.escalate) }, f.who('escalate', f.rng.next() < 0.5 ? f.usernameOf(f.c.ownerId) : COORDINATORS), at);
  },
  accept: (caseClass: string | null): Step => (f, at) =>
    f.act(caseClass ? { action: 'accept', caseClass } : { action: 'accept' }, f.who('accept', COORDINATORS), at),
  assign: (): Step => (f, at) => {
    const h = handlerFor(f);
    f.act({ action: 'assign', handlingUnit: unitOf(f, h), handlerId: h.id }, f.who('assign', COORDINATORS), at);
  },
  transfer: (): Step => (f, at) => {
    const others = f.plan.at.people.filter((p) => p.id !== f.c.handlerId && p.roles.some((r) => ['workstation-staff', 'community-lead', 'street-officer', 'town-officer', 'department-handler'].includes(r)));
    if (!others.length) return;
    const to = pick(f.rng, others);
    f.act({ action: 'transfer', toUserId: to.id, toUnit: unitOf(f, to), explanation: pick(f.rng, REASONS.transfer) }, f.who('transfer', f.usernameOf(f.c.handlerId)), at);
  },
  start: (): Step => (f, at) => f.act({ action: 'start' }, f.who('start', f.usernameOf(f.c.handlerId)), at),
  requestExtension: (): Step => (f, at) => {
    if (f.c.extension || !isExtendable(f.policy, f.c.caseClass) || at >= f.c.deadline.getTime()) return;
    const proposedDeadline = computeDeadline(f.c.deadline, { value: f.rng.int(5, 10), unit: 'working-days' }, f.env.calendar).deadline;
    f.act({ action: 'request-extension', reason: pick(f.rng, REASONS.extension), proposedDeadline }, f.who('request-extension', f.usernameOf(f.c.handlerId)), at);
  },
  decideExtension: (): Step => (f, at) => {
    const request = f.c.extension;
    if (!request || request.proposedDeadline.getTime() <= at) return;
    const deciders = COORDINATORS.filter((u) => !f.usernameOf(request.requestedBy).includes(u));
    f.act({ action: 'decide-extension', approve: true, reason: pick(f.rng, REASONS.decide) }, f.who('decide-extension', deciders), at);
  },
  respond: (): Step => (f, at) => f.act({ action: 'respond', details: pick(f.rng, RESPONSES[f.plan.category]) }, f.who('respond', f.usernameOf(f.c.handlerId)), at),
  feedback: (satisfaction: Satisfaction): Step => (f, at) => {
    const note = satisfaction === 'unsatisfied' ? '居民认为问题未根本解决，要求重新处理。' : '电话回访，居民对处理结果表示认可。';
    f.act({ action: 'feedback', satisfaction, note }, f.who('feedback', f.usernameOf(f.c.ownerId)), at);
  },
  resolveOnSpot: (): Step => (f, at) =>
    f.act({ action: 'resolve-on-spot', details: `现场${pick(f.rng, RESPONSES[f.plan.category])}` }, f.who('resolve-on-spot', f.usernameOf(f.c.ownerId)), at),
  verify: (): Step => (f, at) =>
    f.act({ action: 'verify', note: '现场核查，处理到位。' }, f.who('verify', f.rng.next() < 0.5 ? VERIFIERS : [...VERIFIERS.slice(1), VERIFIERS[0]]), at),
  close: (): Step => (f, at) => {
    const handler = f.plan.at.people.find((p) => p.id === (f.c.handlerId ?? f.c.respondedBy)) ?? f.plan.owner;
    const completedAt = new Date(Math.min(f.c.metAt?.getTime() ?? at, at));
    const satisfaction = f.c.feedback?.satisfaction === 'basically-satisfied' ? '基本满意' : '满意';
    const details = `${pick(f.rng, RESPONSES[f.plan.category])}经回访，居民${satisfaction}。`;
    f.act({ action: 'close', handlingUnit: f.c.handlingUnit ?? unitOf(f, handler), handler: handler.name, completedAt, details }, f.who('close', CLERKS), at);
  },
  archive: (): Step => (f, at) => f.act({ action: 'archive' }, f.who('archive', CLERKS), at),
  reopen: (): Step => (f, at) => f.act({ action: 'reopen', reason: pick(f.rng, REASONS.reopen) }, f.who('reopen', ['supervisor1', ...COORDINATORS]), at),
  reject: (): Step => (f, at) => f.act({ action: 'reject', reason: pick(f.rng, REASONS.reject) }, f.who('reject', COORDINATORS), at),
  merge: (intoCaseId: number): Step => (f, at) => f.act({ action: 'merge', intoCaseId }, f.who('merge', COORDINATORS), at),
};

/** Intake → accept → (escalate) → assign → (transfer) → start → (extension) → respond, cut at `upto`. */
function handling(plan: CasePlan, rng: Rng, upto: 'accepted' | 'in-progress' | 'responded'): Step[] {
  const steps: Step[] = [];
  if (plan.escalations >= 1) steps.push(step.escalate());
  steps.push(step.accept(plan.classChange));
  if (plan.escalations >= 2) steps.push(step.escalate());
  if (upto === 'accepted') return rng.next() < 0.5 ? [...steps, step.assign()] : steps;
  steps.push(step.assign());
  if (plan.transfer) steps.push(step.transfer());
  steps.push(step.start());
  if (plan.extension !== 'none') steps.push(step.requestExtension());
  if (plan.extension === 'approved') steps.push(step.decideExtension());
  return upto === 'in-progress' ? steps : [...steps, step.respond()];
}

/** When the limit is met: on time (before the running deadline) or late, leaving room for the steps after. */
function meetTime(f: Flow, late: boolean, withinMs = Infinity): number {
  const cap = f.limit - f.plan.postMs;
  const lo = f.cursor + 10 * MINUTE;
  const deadline = f.c.deadline.getTime();
  let t = late ? deadline + f.rng.between(3 * HOUR, 5 * DAY) : lo + f.rng.between(0, 1) * (Math.min(deadline, cap, f.cursor + withinMs) - lo);
  t = Math.min(t, cap);
  return Math.round(Math.max(t, lo) / 1000) * 1000;
}

/** End of the handling window of a cycle: some share of the way to its deadline. */
function handlingUntil(f: Flow, late: boolean): number {
  const span = f.c.deadline.getTime() - f.cursor;
  const v = late ? f.rng.between(0.5, 1.0) : f.rng.between(0.2, 0.7);
  return Math.min(f.cursor + v * span, f.limit - f.plan.postMs - 2 * HOUR);
}

/** Verify, close, archive (as far as the plan goes) after the limit is met. */
function afterMet(f: Flow): void {
  if (f.plan.post.length) run(f, f.plan.post.map((s) => step[s]()), f.cursor + f.plan.postMs);
}

/** The whole met path up to the first satisfied answer: on the spot, or handled (maybe twice) and fed back. */
function meetLimit(f: Flow): void {
  const { plan, rng } = f;
  if (plan.onSpot) return step.resolveOnSpot()(f, meetTime(f, plan.late, 2 * DAY));
  run(f, handling(plan, rng, 'responded'), handlingUntil(f, plan.late));
  if (plan.redo) {
    step.feedback('unsatisfied')(f, meetTime(f, false, 2 * DAY));
    run(f, [step.start(), step.respond()], handlingUntil(f, plan.late));
  }
  step.feedback(rng.next() < 0.75 ? 'satisfied' : 'basically-satisfied')(f, meetTime(f, plan.late));
}

function play(plan: CasePlan, env: Env, earlier: CasePlan[]): Flow {
  const f = new Flow(plan, env);
  const { rng } = env;
  const openUntil = () => f.cursor + rng.between(0.35, 0.95) * (f.limit - f.cursor);
  switch (plan.target) {
    case 'received':
      break;
    case 'accepted':
    case 'in-progress':
    case 'responded':
      run(f, handling(plan, rng, plan.target), openUntil());
      break;
    case 'rejected':
      step.reject()(f, meetTime(f, plan.late, 2 * DAY));
      break;
    case 'merged': {
      const into = mergeTarget(plan, earlier);
      if (!into) {
        step.reject()(f, meetTime(f, plan.late, 2 * DAY));
        break;
      }
      if (rng.next() < 0.3) run(f, [step.accept(null)], f.cursor + 6 * HOUR);
      step.merge(into.id)(f, meetTime(f, plan.late, 3 * DAY));
      break;
    }
    case 'reopened':
      // The new cycle starts at plan.reopenAt: an unsatisfied answer (A3.2) or a reopening after the result.
      if (plan.reopenVia === 'unsatisfied') {
        run(f, handling(plan, rng, 'responded'), handlingUntil(f, plan.late));
        step.feedback('unsatisfied')(f, plan.reopenAt!);
      } else {
        meetLimit(f);
        afterMet(f);
        step.reopen()(f, plan.reopenAt!);
      }
      break;
    default:
      meetLimit(f);
      afterMet(f);
  }
  return f;
}

/** A duplicate merges into an earlier case of the same area and category, the nearest one first. */
function mergeTarget(plan: CasePlan, earlier: CasePlan[]): CasePlan | undefined {
  const same = earlier.filter((p) => p.area === plan.area && p.category === plan.category);
  return same.filter((p) => p.at === plan.at).pop() ?? same.filter((p) => p.at.community.id === plan.at.community.id).pop() ?? same.pop();
}

// ─── Phase 3: write ──────────────────────────────────────────────────────────────────────────

async function writeCases(trx: Transaction<DB>, flows: Flow[]): Promise<{ timelineEntries: number; reporters: number }> {
  const rows = flows.map(({ plan, c, cursor }) => ({
    id: plan.id,
    top_region_id: plan.area.top.id,
    grid_id: plan.at.grid.id,
    grid_path: plan.at.grid.path,
    title: plan.title,
    description: plan.description,
    category: plan.category,
    source: plan.source,
    received_at: plan.receivedAt,
    policy_version: plan.area.policy.version,
    policy_region_id: plan.area.policy.regionId,
    lat: plan.location?.lat ?? null,
    lng: plan.location?.lng ?? null,
    created_by: plan.owner.id,
    visit_id: null,
    ...rowOfState(c),
    created_at: plan.intakeAt,
    updated_at: new Date(cursor),
  }));
  for (let i = 0; i < rows.length; i += 100) await trx.insertInto('cases').values(rows.slice(i, i + 100) as never).execute();
  // The mapping of `insertReporter`, in one statement.
  const reporters = flows.flatMap(({ plan }) => (plan.reporter ? [{ top_region_id: plan.area.top.id, case_id: plan.id, ...plan.reporter }] : []));
  if (reporters.length) await trx.insertInto('case_reporters').values(reporters).execute();
  const timeline = flows.flatMap(({ plan, entries }) => entries.map((e, i) => timelineRowOf(plan.area.top.id, plan.id, i + 1, e)));
  for (let i = 0; i < timeline.length; i += 500) await trx.insertInto('case_timeline').values(timeline.slice(i, i + 500)).execute();
  return { timelineEntries: timeline.length, reporters: reporters.length };
}

/**
 * One timeline row, mapped exactly as `appendTimeline` maps an entry (details plus the deadline
 * move as ISO strings), with `seq` given: the whole timeline of a case is written at once here.
 */
function timelineRowOf(topRegionId: number, caseId: number, seq: number, e: TimelineEntry) {
  const details = { ...e.details, ...(e.deadlineBefore ? { deadlineBefore: e.deadlineBefore.toISOString(), deadlineAfter: e.deadlineAfter?.toISOString() } : {}) };
  return {
    top_region_id: topRegionId,
    case_id: caseId,
    seq,
    at: e.at,
    actor_id: e.actorId,
    action: e.action,
    from_status: e.fromStatus,
    to_status: e.toStatus,
    details: JSON.stringify(details),
  };
}

/** Generates the demo cases into an empty demo (same transaction as the regions, policies and users it builds on). */
export async function seedDemoCases(trx: Transaction<DB>, index: DemoIndex, opts: DemoCasesOptions): Promise<DemoCasesResult> {
  const categories = await trx.selectFrom('case_categories').select(['code', 'default_tier']).where('active', '=', true).execute();
  const env: Env = {
    rng: createRng(opts.seed),
    now: opts.now,
    cap: opts.now.getTime() - MINUTE,
    calendar: opts.calendar,
    defaultTiers: new Map(categories.map((c) => [c.code, c.default_tier])),
  };
  const areas = await loadAreas(trx, index);
  const plans: CasePlan[] = [];
  for (const area of areas) {
    for (let i = 0; i < area.count; i++) {
      // One case of every status first, so each area shows them all; then by the status shares.
      const target = i < CASE_STATUSES.length ? CASE_STATUSES[i] : weighted(env.rng, STATUS_WEIGHTS);
      plans.push(planCase(env, area, plans.length, target));
    }
  }
  plans.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.seq - b.seq);
  const allocated = await allocateIds(trx, plans.length);
  plans.forEach((p, i) => (p.id = allocated[i]));
  const flows: Flow[] = [];
  plans.forEach((plan, i) => flows.push(play(plan, env, plans.slice(0, i))));
  const { timelineEntries, reporters } = await writeCases(trx, flows);
  const byStatus = Object.fromEntries(CASE_STATUSES.map((s) => [s, flows.filter((f) => f.c.status === s).length])) as Record<CaseStatus, number>;
  await writeAudit(trx, { actorId: null, action: 'demo.seed-cases', entity: 'deployment', entityId: null, after: { cases: flows.length, byStatus, timelineEntries, reporters } });
  return { cases: flows.length, byStatus, timelineEntries, reporters };
}

/** `n` ids from the cases' own identity sequence, ascending: inserts with them keep the sequence right. */
async function allocateIds(trx: Transaction<DB>, n: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`SELECT nextval(pg_get_serial_sequence('cases', 'id')) AS id FROM generate_series(1, ${n})`.execute(trx);
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}
