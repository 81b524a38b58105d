/**
 * 案件列表导出 (issue 11 item 7): the desk's list as filtered, as xlsx with Chinese headers. Reporters stay
 * masked as every export (C3, D10): a confidential one fully, others as 张* and 138****5678; each export audited.
 */
import { DomainError } from '@gridwork/core';
import { CASE_SOURCE_LABELS, CASE_STATUS_LABELS, FINISHED_STATUSES, LIGHT_LABELS, lightOf, zhLabel } from '@gridwork/core/cases';
import { warnShareOf } from '@gridwork/core/policy';
import type { AppContext } from '../../context';
import { isoShanghai } from '../../lib/time';
import { listWorkbook } from '../../lib/xlsx';
import type { SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { listRegionsByIds } from '../regions/regions.repository';
import { policyOfVersion } from './case-policy';
import { stateOfRow } from './case-row';
import { searchOf } from './case-list.service';
import { listCasesInScope, listReporterMasks } from './case-search.repository';
import type { CaseListQuery } from './cases.schemas';

export const CASE_EXPORT_MAX_ROWS = 10_000;

const COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['案件编号', 10],
  ['标题', 30],
  ['类别', 14],
  ['来源', 10],
  ['网格', 20],
  ['地址', 28],
  ['受理时间', 22],
  ['期限', 22],
  ['状态', 10],
  ['亮灯', 8],
  ['承办单位', 20],
  ['反映人', 10],
  ['反映人电话', 16],
];

type Reporter = { name: string | null; phoneMask: string | null; anonymous: boolean; confidential: boolean } | undefined;

/** The reporter as exports show it: never a clear phone; a name as its first character and stars. */
export function maskedReporter(r: Reporter): [string, string] {
  if (!r) return ['', ''];
  if (r.anonymous) return ['匿名', ''];
  if (r.confidential) return ['（保密）', r.phoneMask ? '***********' : ''];
  const name = r.name ? `${[...r.name][0]}${'*'.repeat(Math.max(1, [...r.name].length - 1))}` : '';
  return [name, r.phoneMask ?? ''];
}

export async function exportCases(ctx: AppContext, actor: SessionUser, q: CaseListQuery, requestId: string): Promise<Buffer> {
  const search = await searchOf(ctx, actor, q);
  const rows = await listCasesInScope(ctx.db, actor, { ...search, limit: CASE_EXPORT_MAX_ROWS + 1, offset: 0 });
  if (rows.length > CASE_EXPORT_MAX_ROWS)
    throw new DomainError('EXPORT_TOO_LARGE', `an export holds at most ${CASE_EXPORT_MAX_ROWS} rows: narrow the filters`, {
      maxRows: CASE_EXPORT_MAX_ROWS,
    });
  const [reporters, grids, categories] = await Promise.all([
    listReporterMasks(ctx.db, rows),
    listRegionsByIds(ctx.db, [...new Set(rows.map((r) => r.grid_id))]),
    ctx.db.selectFrom('case_categories').select(['code', 'label_zh']).execute(),
  ]);
  const gridName = new Map(grids.map((g) => [g.id, g.name]));
  const categoryName = new Map(categories.map((c) => [c.code, c.label_zh]));
  const now = ctx.clock();
  const lines: unknown[][] = [];
  for (const row of rows) {
    const c = stateOfRow(row);
    const light = lightOf(c, now, warnShareOf(await policyOfVersion(ctx, row.policy_version)));
    const finished = FINISHED_STATUSES.includes(c.status);
    lines.push([
      row.id,
      row.title,
      categoryName.get(row.category) ?? row.category,
      zhLabel(CASE_SOURCE_LABELS, row.source),
      gridName.get(row.grid_id) ?? '',
      row.address ?? '',
      isoShanghai(c.receivedAt),
      isoShanghai(c.deadline),
      zhLabel(CASE_STATUS_LABELS, c.status),
      finished ? '' : LIGHT_LABELS[light].zh,
      c.handlingUnit ?? '',
      ...maskedReporter(reporters.get(`${row.top_region_id}:${row.id}`)),
    ]);
  }
  await writeAudit(ctx.db, {
    actorId: actor.id,
    action: 'case.export',
    entity: 'case',
    entityId: null,
    regionId: q.regionId ?? actor.roles[0]?.regionId ?? null,
    topRegionId: rows[0]?.top_region_id ?? 0,
    after: { rows: rows.length, filters: { ...q }, masked: true },
    requestId,
  });
  return listWorkbook('案件列表', COLUMNS, lines);
}
