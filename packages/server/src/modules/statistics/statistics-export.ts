/**
 * 案件统计导出 (issue 11 item 7): the statistics of a region and range for one grouping, as xlsx with
 * Chinese headers, the same rows as GET /statistics/cases and the total last. Counts only (C3, D10); audited.
 */
import type { AppContext } from '../../context';
import { assertExportSize, listWorkbook, percentCell } from '../../lib/xlsx';
import { auditReportExport } from '../audit/export-audit';
import type { SessionUser } from '../auth/sessions.repository';
import { getRegionInScope } from '../regions/regions.repository';
import type { GroupBy } from './statistics.repository';
import { caseStatistics, type StatisticsQuery } from './statistics.service';

const GROUP_HEADERS: Record<GroupBy, string> = {
  month: '月份',
  category: '问题类别',
  tier: '层级',
  region: '区域',
  'case-class': '问题类型',
};
const GROUP_NAMES: Record<GroupBy, string> = {
  month: '按月',
  category: '按类别',
  tier: '按层级',
  region: '按区域',
  'case-class': '按类型',
};

type Row = Awaited<ReturnType<typeof caseStatistics>>['total'];

const cells = (label: string, r: Row) => [
  label,
  r.received,
  r.closed,
  r.decided,
  r.onTime,
  percentCell(r.onTimeRate),
  r.avgHandlingDays ?? '',
  r.satisfaction.satisfied,
  r.satisfaction.basicallySatisfied,
  r.satisfaction.unsatisfied,
  percentCell(r.satisfaction.rate),
  r.overdueOpen,
];

export async function exportStatistics(ctx: AppContext, actor: SessionUser, q: StatisticsQuery, requestId: string) {
  const stats = await caseStatistics(ctx, actor, q);
  assertExportSize(stats.rows.length + 1);
  const region = await getRegionInScope(ctx.db, actor, stats.regionId);
  const columns: ReadonlyArray<readonly [string, number]> = [
    [GROUP_HEADERS[q.groupBy], 20],
    ['受理', 8],
    ['办结', 8],
    ['已定时限', 10],
    ['按期办结', 10],
    ['按期率', 10],
    ['平均办理天数', 14],
    ['满意', 8],
    ['基本满意', 10],
    ['不满意', 8],
    ['满意率', 10],
    ['在办超期', 10],
  ];
  const rows = [...stats.rows.map((r) => cells(r.label, r)), cells(`合计（${region.name}）`, stats.total)];
  await auditReportExport(ctx.db, actor, { action: 'statistics.export', region, rows: rows.length, query: q, requestId });
  const file = await listWorkbook('案件统计', columns, rows);
  return { file, title: `案件统计-${region.name}-${GROUP_NAMES[q.groupBy]}-${q.from}至${q.to}.xlsx` };
}
