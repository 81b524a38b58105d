/** Supervision board (督办, C8): yellow and red cases by region, derived from now, with the urgent cases themselves. */
import type { AppContext } from '../../context';
import { isoShanghai } from '../../lib/time';
import type { SessionUser } from '../auth/sessions.repository';
import { listRegionsByIds, type RegionRow } from '../regions/regions.repository';
import { countLightsByGrid, listUrgentCases } from './board.repository';

/** The most urgent cases the board's JSON lists. */
export const BOARD_CASES = 200;

/** The board of a region already checked in scope; at most `caseLimit` urgent cases, most urgent first. */
export async function supervisionBoard(ctx: AppContext, actor: SessionUser, region: RegionRow, caseLimit = BOARD_CASES) {
  const now = ctx.clock();
  const [byGrid, urgent] = await Promise.all([
    countLightsByGrid(ctx.db, actor, region.path, now),
    listUrgentCases(ctx.db, actor, region.path, now, caseLimit),
  ]);
  const counts = foldIntoChildren(byGrid, region.path);
  const names = new Map(
    (
      await listRegionsByIds(
        ctx.db,
        counts.map((c) => c.childId),
      )
    ).map((r) => [r.id, r]),
  );
  const children = counts
    .filter((c) => names.has(c.childId))
    .map((c) => ({
      id: c.childId,
      name: names.get(c.childId)!.name,
      type: names.get(c.childId)!.type,
      open: c.open,
      yellow: c.yellow,
      red: c.red,
    }))
    .sort((a, b) => b.red - a.red || b.yellow - a.yellow || a.name.localeCompare(b.name));
  const sum = (k: 'open' | 'yellow' | 'red') => counts.reduce((s, c) => s + c[k], 0);
  return {
    region: { id: region.id, name: region.name, type: region.type },
    totals: { open: sum('open'), yellow: sum('yellow'), red: sum('red') },
    children,
    cases: urgent.map((c) => ({
      ...c,
      deadline: isoShanghai(c.deadline),
      light: c.deadline < now ? ('red' as const) : ('yellow' as const),
    })),
  };
}

export type SupervisionBoard = Awaited<ReturnType<typeof supervisionBoard>>;

/** Sums per-grid counts into the region's direct children (the first path segment under it). */
function foldIntoChildren(rows: { gridPath: string; open: number; yellow: number; red: number }[], regionPath: string) {
  const byChild = new Map<number, { childId: number; open: number; yellow: number; red: number }>();
  for (const r of rows) {
    const childId = Number(r.gridPath.slice(regionPath.length).split('/')[0]);
    const c = byChild.get(childId) ?? { childId, open: 0, yellow: 0, red: 0 };
    c.open += r.open;
    c.yellow += r.yellow;
    c.red += r.red;
    byChild.set(childId, c);
  }
  return [...byChild.values()];
}
