import type { AppContext } from '../../context';
import { Open311Error } from './open311-format';

/**
 * GeoReport v2 services = the case categories (the contract's default taxonomy, editable):
 * service_code is the category code, service_name its Chinese label. No category needs extra
 * form fields (metadata false) and every request becomes a case at once (type realtime).
 */
export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime';
  keywords: string;
  group: string;
}

/** Descriptions, keywords and groups of the default categories; edited or added ones fall back to their labels. */
const DEFAULTS: Record<string, { description: string; keywords: string; group: string }> = {
  'policy-consultation': {
    description: '社保、救助、住房、户籍等政策的咨询与解答',
    keywords: '政策, 咨询, 社保, 救助, 住房',
    group: '咨询服务',
  },
  dispute: { description: '邻里、家庭、物业等矛盾纠纷的调解', keywords: '纠纷, 调解, 邻里, 物业, 矛盾', group: '矛盾调解' },
  'safety-hazard': { description: '消防、燃气、房屋、道路等安全隐患', keywords: '隐患, 消防, 燃气, 安全', group: '公共安全' },
  sanitation: { description: '垃圾堆放、污水外溢、卫生死角等环境卫生问题', keywords: '垃圾, 卫生, 污水, 清扫, 环境', group: '城市管理' },
  'livelihood-project': { description: '老旧小区改造、加装电梯等民生实事项目', keywords: '民生, 改造, 电梯, 项目', group: '民生服务' },
  'public-facility': { description: '路灯、井盖、健身器材等公共设施损坏或缺失', keywords: '路灯, 井盖, 设施, 损坏', group: '城市管理' },
  'legal-advice': { description: '法律问题咨询与法律援助', keywords: '法律, 援助, 咨询, 律师', group: '咨询服务' },
  other: { description: '不属于以上类别的其他问题', keywords: '其他', group: '其他' },
};

interface CategoryRow {
  code: string;
  label_zh: string;
  label_en: string;
}

function serviceOf(c: CategoryRow): Open311Service {
  const d = DEFAULTS[c.code];
  return {
    service_code: c.code,
    service_name: c.label_zh,
    description: d?.description ?? `${c.label_zh}（${c.label_en}）`,
    metadata: false,
    type: 'realtime',
    keywords: d ? `${d.keywords}, ${c.label_en}` : `${c.label_zh}, ${c.label_en}`,
    group: d?.group ?? '其他',
  };
}

/** Active categories, in their configured order. */
export async function listServices(ctx: AppContext): Promise<Open311Service[]> {
  const rows = await ctx.db
    .selectFrom('case_categories')
    .select(['code', 'label_zh', 'label_en'])
    .where('active', '=', true)
    .orderBy('sort')
    .orderBy('code')
    .execute();
  return rows.map(serviceOf);
}

/** One active category as a service; 404 in the spec's format when there is none. */
export async function getService(ctx: AppContext, code: string): Promise<Open311Service> {
  const row = await ctx.db
    .selectFrom('case_categories')
    .select(['code', 'label_zh', 'label_en'])
    .where('code', '=', code)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!row) throw new Open311Error(404, `service_code ${code} was not found`);
  return serviceOf(row);
}

/** The service definition: no attributes (metadata is false for every service). */
export async function getServiceDefinition(ctx: AppContext, code: string): Promise<{ service_code: string; attributes: [] }> {
  const s = await getService(ctx, code);
  return { service_code: s.service_code, attributes: [] };
}
