/**
 * 走访统计导出 (issue 11 item 7): the visit compliance of a region on a date, as on the page, as xlsx with
 * Chinese headers: one sheet by grid, one by grid worker, one by class, each with the total last.
 * Counts and staff names only, no resident (C3, D10); audited.
 */
import { paceOf, type Pace } from '@gridwork/core/obligations';
import type { AppContext } from '../../context';
import { assertExportSize, percentCell, sheetsWorkbook, type SheetSpec } from '../../lib/xlsx';
import { auditReportExport } from '../audit/export-audit';
import type { SessionUser } from '../auth/sessions.repository';
import { getRegionInScope } from '../regions/regions.repository';
import type { ComplianceRow } from './compliance.schemas';
import { complianceReport } from './compliance.service';

const GROUPS = [
  ['grid', '按网格', '网格'],
  ['worker', '按网格员', '网格员'],
  ['class', '按类别', '户类别'],
] as const;

/** The page's pace column (core paceOf): behind, at risk, on track against the 90 % standard. */
const PACE: Record<Pace, string> = { behind: '落后', 'at-risk': '临期', 'on-track': '正常', empty: '无住户' };

const cells = (r: ComplianceRow) => [
  r.label,
  r.households,
  r.required,
  r.done,
  r.met,
  r.due,
  r.atRisk,
  r.overdue,
  percentCell(r.rate),
  PACE[paceOf(r)],
];

export async function exportCompliance(ctx: AppContext, actor: SessionUser, q: { regionId?: number; date?: string }, requestId: string) {
  const reports: Awaited<ReturnType<typeof complianceReport>>[] = [];
  for (const [groupBy] of GROUPS) reports.push(await complianceReport(ctx, actor, { ...q, groupBy }));
  const rows = reports.reduce((n, r) => n + r.rows.length + 1, 0);
  assertExportSize(rows);
  const region = await getRegionInScope(ctx.db, actor, reports[0].regionId);
  const sheets: SheetSpec[] = GROUPS.map(([, name, header], i) => ({
    name,
    columns: [
      [header, 24],
      ['户数', 8],
      ['应走访', 10],
      ['已走访', 10],
      ['已达标', 10],
      ['待走访', 10],
      ['临期', 8],
      ['逾期', 8],
      ['达标率', 10],
      ['进度', 8],
    ],
    rows: [...reports[i].rows.map(cells), cells(reports[i].total)],
  }));
  const date = reports[0].date;
  await auditReportExport(ctx.db, actor, { action: 'compliance.export', region, rows, query: { ...q, date }, requestId });
  return { file: await sheetsWorkbook(sheets), title: `走访统计-${region.name}-${date}.xlsx` };
}
