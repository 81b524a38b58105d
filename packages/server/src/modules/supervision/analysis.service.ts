/**
 * The monthly analysis list (C5.1, C8): the cases a grid-level analysis meeting goes through —
 * those open at the end of the month, and the hot ones: reported by several residents (other
 * cases merged into it), escalated at least twice, or flagged hot by a supervisor.
 */
import type { AppContext } from '../../context';
import { isoShanghai } from '../../lib/time';
import type { SessionUser } from '../auth/sessions.repository';
import { getRegionInScope } from '../regions/regions.repository';
import { analysisRows, HOT_REASONS } from './analysis.repository';

export async function monthlyAnalysis(ctx: AppContext, actor: SessionUser, q: { regionId: number; month: string }) {
  const region = await getRegionInScope(ctx.db, actor, q.regionId);
  const [y, m] = q.month.split('-').map(Number);
  const monthEnd = new Date(Date.UTC(y, m, 1) - 8 * 3_600_000 - 1); // end of the month, Asia/Shanghai
  const rows = await analysisRows(ctx.db, actor, region.path, monthEnd);
  const grids = new Map<number, { gridId: number; gridName: string; open: number; hot: number; cases: unknown[] }>();
  for (const r of rows) {
    const g = grids.get(r.gridId) ?? { gridId: r.gridId, gridName: r.gridName, open: 0, hot: 0, cases: [] };
    g.open += r.open ? 1 : 0;
    g.hot += r.hot ? 1 : 0;
    g.cases.push({
      id: r.id,
      title: r.title,
      status: r.status,
      category: r.category,
      caseClass: r.caseClass,
      tier: r.tier,
      deadline: isoShanghai(r.deadline),
      open: r.open,
      hot: r.hot,
      hotReasons: HOT_REASONS.filter((k) => r[k]),
    });
    grids.set(r.gridId, g);
  }
  return { region: { id: region.id, name: region.name }, month: q.month, grids: [...grids.values()] };
}
