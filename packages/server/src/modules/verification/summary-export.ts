/**
 * 核验汇总导出 (issue 11 item 7): the discrepancy rate per grid and per class of a period, as on the
 * page, as xlsx with Chinese headers, the total last. Counts only, no household (C3, D10); audited.
 */
import { VISIT_CLASS_LABELS, VISIT_CLASSES } from '@gridwork/core/households';
import type { AppContext } from '../../context';
import { assertExportSize, percentCell, sheetsWorkbook } from '../../lib/xlsx';
import { auditReportExport } from '../audit/export-audit';
import type { SessionUser } from '../auth/sessions.repository';
import { getRegionInScope } from '../regions/regions.repository';
import { verificationSummary } from './summary.service';
import type { SummaryCounts, SummaryQuery } from './verification.schemas';

const columns = (first: string): ReadonlyArray<readonly [string, number]> => [
  [first, 24],
  ['任务', 8],
  ['已核查', 10],
  ['有差错户', 10],
  ['差错率', 10],
  ['差错项', 10],
  ['待跟进', 10],
];

const cells = (label: string, c: SummaryCounts) => [
  label,
  c.tasks,
  c.done,
  c.withDiscrepancy,
  percentCell(c.discrepancyRate),
  c.discrepancies,
  c.followUps,
];

export async function exportVerificationSummary(ctx: AppContext, actor: SessionUser, q: SummaryQuery, requestId: string) {
  const summary = await verificationSummary(ctx, actor, q);
  assertExportSize(summary.grids.length + VISIT_CLASSES.length + 2);
  const region = await getRegionInScope(ctx.db, actor, summary.regionId);
  const total = cells(`合计（${region.name}）`, summary.total);
  const byGrid = [...summary.grids.map((g) => cells(g.name, g)), total];
  const byClass = [...VISIT_CLASSES.map((c) => cells(VISIT_CLASS_LABELS[c].zh, summary.byClass[c])), total];
  await auditReportExport(ctx.db, actor, {
    action: 'verification.export',
    region,
    rows: byGrid.length + byClass.length,
    query: q,
    requestId,
  });
  const kind = summary.kind === 'quarterly' ? '季度抽查' : '年度核查';
  const file = await sheetsWorkbook([
    { name: '按网格', columns: columns('网格'), rows: byGrid },
    { name: '按类别', columns: columns('户类别'), rows: byClass },
  ]);
  return { file, title: `核验汇总-${region.name}-${summary.period}${kind}.xlsx` };
}
