/**
 * Monthly supervision reports (C8) of a community or town: generated from the records as a draft
 * (refreshed on demand), commented and rated by the supervising office, then issued; the rating of an
 * issued report counts in the community's assessment. Printable and exportable (xlsx).
 */
import { can, DomainError } from '@gridwork/core';
import { addDays, shanghaiDate } from '@gridwork/core/calendar';
import { sql, type Selectable } from 'kysely';
import type { AppContext } from '../../context';
import type { SupervisionReportsTable } from '../../db/schema-team';
import { whereInScope } from '../../db/scope';
import { versionConflict } from '../../db/versioned';
import { isoShanghai } from '../../lib/time';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { throwIfAny } from '../households/resident-input';
import { getRegionInScope } from '../regions/regions.repository';
import { checkDates } from '../team/dates';
import { topRegionOf } from '../team/members';
import { reportFigures, type ReportFigures } from './report-figures';

type Row = Selectable<SupervisionReportsTable> & { region_name: string };
const REPORTED_TYPES = ['community', 'town', 'street'];

function base(ctx: AppContext) {
  return ctx.db
    .selectFrom('supervision_reports as s')
    .innerJoin('regions as r', 'r.id', 's.region_id')
    .selectAll('s')
    .select('r.name as region_name');
}

export async function getReportInScope(ctx: AppContext, actor: SessionUser, id: number): Promise<Row> {
  const r = (await base(ctx).where('s.id', '=', id).executeTakeFirst()) as Row | undefined;
  if (!r || !can(actor, 'supervision-report.read', { path: parsePath(r.region_path) }))
    throw new DomainError('NOT_FOUND', `report ${id} not found`);
  return r;
}

export function presentReport(actor: SessionUser, r: Row) {
  const write = can(actor, 'supervision-report.write', { path: parsePath(r.region_path) });
  return {
    id: r.id,
    regionId: r.region_id,
    regionName: r.region_name,
    month: r.month,
    status: r.status,
    figures: r.figures as ReportFigures,
    generatedAt: isoShanghai(r.generated_at),
    comments: r.comments,
    rating: r.rating,
    version: r.version,
    issuedAt: r.issued_at ? isoShanghai(r.issued_at) : null,
    abilities: { edit: write && r.status === 'draft', issue: write && r.status === 'draft' },
  };
}

export async function createReport(ctx: AppContext, actor: SessionUser, body: { regionId: number; month: string }, requestId: string) {
  const region = await getRegionInScope(ctx.db, actor, body.regionId);
  if (!can(actor, 'supervision-report.write', { path: parsePath(region.path) })) {
    throw new DomainError('FORBIDDEN', 'only the supervising office writes supervision reports');
  }
  checkDates([['body.month', body.month]]);
  // C8 reports a month that has ended: its figures are final
  const monthEnd = addDays(`${addDays(`${body.month}-28`, 4).slice(0, 7)}-01`, -1);
  if (monthEnd >= shanghaiDate(ctx.clock()))
    throwIfAny([{ field: 'body.month', problem: 'not-ended', message: 'a month is reported once it has ended' }]);
  if (!REPORTED_TYPES.includes(region.type))
    throwIfAny([{ field: 'body.regionId', message: 'a supervision report covers a community, street or town' }]);
  const now = ctx.clock();
  const figures = await reportFigures(ctx, region, body.month);
  const topRegionId = await topRegionOf(ctx, region.id);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('supervision_reports')
      .values({
        top_region_id: topRegionId,
        region_id: region.id,
        region_path: region.path,
        month: body.month,
        figures: JSON.stringify(figures),
        generated_at: now,
        comments: null,
        rating: null,
        created_by: actor.id,
        created_at: now,
        issued_by: null,
        issued_at: null,
      })
      .onConflict((oc) => oc.constraint('supervision_reports_one_per_month').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row)
      throw new DomainError('ALREADY_EXISTS', `the ${body.month} report of this region exists`, { regionId: region.id, month: body.month });
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'supervision-report.create',
      entity: 'supervision-report',
      entityId: row.id,
      regionId: region.id,
      topRegionId,
      requestId,
    });
    return row.id;
  });
  return presentReport(actor, await getReportInScope(ctx, actor, id));
}

export async function listReports(ctx: AppContext, actor: SessionUser, q: { regionId?: number; year?: number }) {
  let query = base(ctx).where((eb) => whereInScope(eb, actor, 's.region_path'));
  if (q.regionId !== undefined)
    query = query.where('s.region_path', 'like', `${(await getRegionInScope(ctx.db, actor, q.regionId)).path}%`);
  if (q.year !== undefined) query = query.where('s.month', 'like', `${q.year}-%`);
  const rows = (await query.orderBy('s.month', 'desc').orderBy('r.code').limit(500).execute()) as Row[];
  return rows.filter((r) => can(actor, 'supervision-report.read', { path: parsePath(r.region_path) })).map((r) => presentReport(actor, r));
}

/** A draft: regenerate the figures, or set comments and rating; `issue` makes it final (a rating is needed). */
export async function updateReport(
  ctx: AppContext,
  actor: SessionUser,
  id: number,
  body: { expectedVersion: number; comments?: string | null; rating?: number | null; refresh?: boolean; issue?: boolean },
  requestId: string,
) {
  const r = await getReportInScope(ctx, actor, id);
  if (!can(actor, 'supervision-report.write', { path: parsePath(r.region_path) })) {
    throw new DomainError('FORBIDDEN', 'only the supervising office writes supervision reports');
  }
  if (r.status !== 'draft')
    throw new DomainError('ACTION_NOT_ALLOWED', 'an issued report is kept as issued', { status: r.status, allowed: [] });
  const rating = body.rating === undefined ? r.rating : body.rating;
  if (body.issue && rating === null) throwIfAny([{ field: 'body.rating', message: 'a report is issued with a rating (0-100)' }]);
  const now = ctx.clock();
  const figures = body.refresh ? await reportFigures(ctx, { id: r.region_id, path: r.region_path, name: r.region_name }, r.month) : null;
  await ctx.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('supervision_reports')
      .set({
        ...(body.comments !== undefined ? { comments: body.comments } : {}),
        rating,
        ...(figures ? { figures: JSON.stringify(figures), generated_at: now } : {}),
        ...(body.issue ? { status: 'issued' as const, issued_by: actor.id, issued_at: now } : {}),
        version: sql`version + 1`,
      })
      .where('id', '=', id)
      .where('version', '=', body.expectedVersion)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw versionConflict('supervision report', id);
    await writeAudit(trx, {
      actorId: actor.id,
      action: body.issue ? 'supervision-report.issue' : 'supervision-report.update',
      entity: 'supervision-report',
      entityId: id,
      regionId: r.region_id,
      topRegionId: r.top_region_id,
      after: { rating, refresh: Boolean(body.refresh) },
      requestId,
    });
  });
  return presentReport(actor, await getReportInScope(ctx, actor, id));
}
