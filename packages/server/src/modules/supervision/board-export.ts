/**
 * 督办看板导出 (issue 11 item 7): the board of a region as xlsx with Chinese headers: its child regions'
 * counts with the total, and its yellow and red cases. No reporter or resident column (C3, D10); audited.
 */
import { CASE_STATUS_LABELS, LIGHT_LABELS, zhLabel } from '@gridwork/core/cases';
import type { AppContext } from '../../context';
import { assertExportSize, REPORT_EXPORT_MAX_ROWS, sheetsWorkbook } from '../../lib/xlsx';
import { auditReportExport } from '../audit/export-audit';
import type { SessionUser } from '../auth/sessions.repository';
import { getRegionInScope, listRegionsByIds } from '../regions/regions.repository';
import { labeller } from '../statistics/statistics.service';
import { supervisionBoard } from './board.service';

const CHILD_COLUMNS = [
  ['区域', 24],
  ['在办', 10],
  ['黄灯', 10],
  ['红灯', 10],
] as const;
const CASE_COLUMNS = [
  ['案件编号', 10],
  ['标题', 30],
  ['网格', 20],
  ['状态', 10],
  ['期限', 22],
  ['亮灯', 8],
  ['问题类型', 14],
  ['层级', 12],
  ['承办单位', 20],
] as const;

export async function exportBoard(ctx: AppContext, actor: SessionUser, regionId: number, requestId: string) {
  const region = await getRegionInScope(ctx.db, actor, regionId);
  const board = await supervisionBoard(ctx, actor, region, REPORT_EXPORT_MAX_ROWS + 1);
  assertExportSize(board.cases.length + board.children.length);
  const [grids, classLabel, tierLabel] = await Promise.all([
    listRegionsByIds(ctx.db, [...new Set(board.cases.map((c) => c.gridId))]),
    labeller(ctx, 'case-class', region.path, []),
    labeller(ctx, 'tier', region.path, []),
  ]);
  const gridName = new Map(grids.map((g) => [g.id, g.name]));
  const children = board.children.map((c) => [c.name, c.open, c.yellow, c.red]);
  children.push([`合计（${region.name}）`, board.totals.open, board.totals.yellow, board.totals.red]);
  const cases = board.cases.map((c) => [
    c.id,
    c.title,
    gridName.get(c.gridId) ?? '',
    zhLabel(CASE_STATUS_LABELS, c.status),
    c.deadline,
    LIGHT_LABELS[c.light].zh,
    classLabel(c.caseClass),
    tierLabel(c.tier),
    c.handlingUnit ?? '',
  ]);
  await auditReportExport(ctx.db, actor, {
    action: 'supervision.export',
    region,
    rows: children.length + cases.length,
    query: { regionId },
    requestId,
  });
  const file = await sheetsWorkbook([
    { name: '下级区域', columns: CHILD_COLUMNS, rows: children },
    { name: '黄红灯案件', columns: CASE_COLUMNS, rows: cases },
  ]);
  return { file, title: `督办看板-${region.name}.xlsx` };
}
