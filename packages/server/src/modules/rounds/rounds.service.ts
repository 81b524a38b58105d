/**
 * Concentrated rounds (C2.2, C7.1, D6): progress per grid and member, and the round report to the
 * community head — generated as a draft from the records, refreshed while a draft, submitted by the
 * grid's team with a reason for every household not reached, acknowledged by the community head.
 * Every change writes its audit row in the same transaction.
 */
import { assertCan, DomainError } from '@gridwork/core';
import { shanghaiDate } from '@gridwork/core/calendar';
import { applyReportAction, isRoundMonth, reasonProblems, reasonsByHousehold, type NotReachedReason } from '@gridwork/core/rounds';
import type { AppContext } from '../../context';
import { isoShanghai } from '../../lib/time';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { deliverNotices, noticeRoundReportAcknowledged, noticeRoundReportSubmitted, type RoundReportRef } from '../notifications/notices';
import { getRegionInScope } from '../regions/regions.repository';
import { figuresOf, type ReportFigures } from './round-figures';
import { assertRoundsApply, loadRounds, presentProgress, type GridRound } from './round-progress';
import { presentReport, presentReports } from './round-report-view';
import * as repo from './rounds.repository';

const invalid = (field: string, message: string, problem?: string) =>
  new DomainError('VALIDATION_FAILED', message, [{ field, message, ...(problem ? { problem } : {}) }]);

/** The grid (type grid, in scope: 404 otherwise) as a GridRow. */
async function gridInScope(ctx: AppContext, actor: SessionUser, gridId: number, field: string): Promise<repo.GridRow> {
  const region = await getRegionInScope(ctx.db, actor, gridId);
  if (region.type !== 'grid') throw invalid(field, `region ${gridId} is not a grid`, 'not-a-grid');
  return { id: region.id, name: region.name, code: region.code, path: region.path, topRegionId: region.topRegionId ?? region.id };
}

export interface ProgressQuery {
  gridId?: number;
  regionId?: number;
  month?: string;
}

/** GET /rounds/progress: one grid, or every grid of a region (a community, a town) in the caller's scope. */
export async function roundProgress(ctx: AppContext, actor: SessionUser, q: ProgressQuery) {
  if ((q.gridId === undefined) === (q.regionId === undefined))
    throw invalid('querystring.gridId', 'give either gridId or regionId', 'one-of');
  const month = q.month ?? shanghaiDate(ctx.clock()).slice(0, 7);
  let grids: repo.GridRow[];
  if (q.gridId !== undefined) {
    const grid = await gridInScope(ctx, actor, q.gridId, 'querystring.gridId');
    assertCan(actor, 'round.read', { path: parsePath(grid.path) });
    grids = [grid];
  } else {
    const region = await getRegionInScope(ctx.db, actor, q.regionId!);
    assertCan(actor, 'round.read', { path: parsePath(region.path) });
    grids = await repo.listGridsUnder(ctx.db, actor, region.path);
    // Even without grids, say whether rounds apply here at all (422 in a preset without them).
    if (grids.length === 0) await assertRoundsApply(ctx, region.path, month);
  }
  const rounds = await loadRounds(ctx, grids, month);
  return { month, asOf: shanghaiDate(ctx.clock()), grids: rounds.map((r) => presentProgress(r, actor, isoShanghai)) };
}

/** The grid's round for a round month (400 body.month when the month is not one). */
async function roundOfMonth(ctx: AppContext, grid: repo.GridRow, month: string, field: string): Promise<GridRound> {
  const [round] = await loadRounds(ctx, [grid], month);
  if (!isRoundMonth(round.rules, month))
    throw invalid(field, `${month} is not the month of a round (the first month of a quarter, by policy)`, 'not-a-round-month');
  return round;
}

async function view(ctx: AppContext, actor: SessionUser, id: number) {
  const row = await repo.getReportInScope(ctx.db, actor, id);
  return presentReport(ctx, actor, row);
}

export async function getReport(ctx: AppContext, actor: SessionUser, id: number) {
  const row = await repo.getReportInScope(ctx.db, actor, id);
  assertCan(actor, 'round.read', { path: parsePath(row.gridPath) });
  return presentReport(ctx, actor, row);
}

/** POST /rounds/reports: a draft generated from the records (201); 409 ALREADY_EXISTS for a second one. */
export async function createReport(ctx: AppContext, actor: SessionUser, body: { gridId: number; month: string }, requestId: string) {
  const grid = await gridInScope(ctx, actor, body.gridId, 'body.gridId');
  const round = await roundOfMonth(ctx, grid, body.month, 'body.month');
  assertCan(actor, 'round.prepare', { path: parsePath(grid.path) });
  const figures = await figuresOf(ctx.db, round);
  const now = ctx.clock();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await repo.insertReport(trx, {
      topRegionId: grid.topRegionId,
      gridId: grid.id,
      gridPath: grid.path,
      month: body.month,
      policyVersion: round.rules.policyVersion ?? null,
      figures,
      createdBy: actor.id,
      now,
    });
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'round-report.create',
      entity: 'round-report',
      entityId: newId,
      regionId: grid.id,
      topRegionId: grid.topRegionId,
      after: { month: body.month, status: 'draft', households: figures.households, notReached: figures.notReached.length },
      requestId,
    });
    return newId;
  });
  return view(ctx, actor, id);
}

/** Loads the report for a change and checks it may be made. */
async function reportForChange(
  ctx: AppContext,
  actor: SessionUser,
  id: number,
  expectedVersion: number,
  action: 'refresh' | 'submit' | 'acknowledge',
) {
  const row = await repo.getReportInScope(ctx.db, actor, id);
  assertMayChange(actor, row, expectedVersion, action);
  return row;
}

/** 403 for the role, 409 VERSION_CONFLICT, then 409 ACTION_NOT_ALLOWED. */
function assertMayChange(
  actor: SessionUser,
  row: repo.ReportRow,
  expectedVersion: number,
  action: 'refresh' | 'submit' | 'acknowledge',
): void {
  assertCan(actor, action === 'acknowledge' ? 'round.acknowledge' : 'round.prepare', { path: parsePath(row.gridPath) });
  if (row.version !== expectedVersion)
    throw new DomainError('VERSION_CONFLICT', `round report ${row.id} was changed by someone else`, {
      id: row.id,
      currentVersion: row.version,
    });
  applyReportAction(row.status, action);
}

/** What a notice about the report names (grid and month only, C3). */
function noticeRef(row: repo.ReportRow): RoundReportRef {
  return {
    topRegionId: row.topRegionId,
    reportId: row.id,
    gridId: row.gridId,
    gridName: row.gridName,
    gridPath: row.gridPath,
    month: row.month,
  };
}

function gridOf(row: repo.ReportRow): repo.GridRow {
  return { id: row.gridId, name: row.gridName, code: '', path: row.gridPath, topRegionId: row.topRegionId };
}

/** POST /rounds/reports/:id/refresh: re-generates the figures of a draft from the records. */
export async function refreshReport(ctx: AppContext, actor: SessionUser, id: number, expectedVersion: number, requestId: string) {
  const row = await reportForChange(ctx, actor, id, expectedVersion, 'refresh');
  const round = await roundOfMonth(ctx, gridOf(row), row.month, 'month');
  const figures = await figuresOf(ctx.db, round);
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    const version = await repo.updateReport(
      trx,
      row,
      expectedVersion,
      { figures, generatedAt: now, policyVersion: round.rules.policyVersion ?? null },
      now,
    );
    const before = row.figures as ReportFigures;
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'round-report.refresh',
      entity: 'round-report',
      entityId: id,
      regionId: row.gridId,
      topRegionId: row.topRegionId,
      before: { version: row.version, households: before.households, notReached: before.notReached.length },
      after: { version, households: figures.households, notReached: figures.notReached.length },
      requestId,
    });
  });
  return view(ctx, actor, id);
}

export interface SubmitBody {
  expectedVersion: number;
  summary: string;
  notReached?: NotReachedReason[];
}

/** POST /rounds/reports/:id/submit: every household not reached needs a reason (400 naming the missing ones). */
export async function submitReport(ctx: AppContext, actor: SessionUser, id: number, body: SubmitBody, requestId: string) {
  const row = await repo.getReportInScope(ctx.db, actor, id);
  const figures = row.figures as ReportFigures;
  const given = body.notReached ?? [];
  const problems = [
    ...(body.summary.trim() === '' ? [{ field: 'body.summary', problem: 'empty', message: 'write a summary of the round' }] : []),
    ...reasonProblems(
      figures.notReached.map((h) => h.householdId),
      given,
    ),
  ];
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', 'the report is incomplete', problems);
  assertMayChange(actor, row, body.expectedVersion, 'submit');
  const reasons = reasonsByHousehold(given);
  const submitted: ReportFigures = {
    ...figures,
    notReached: figures.notReached.map((h) => ({ ...h, reason: reasons.get(h.householdId) ?? null })),
  };
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    const version = await repo.updateReport(
      trx,
      row,
      body.expectedVersion,
      {
        status: 'submitted',
        figures: submitted,
        summary: body.summary.trim(),
        submittedBy: actor.id,
        submittedAt: now,
      },
      now,
    );
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'round-report.submit',
      entity: 'round-report',
      entityId: id,
      regionId: row.gridId,
      topRegionId: row.topRegionId,
      before: { status: row.status, version: row.version },
      after: { status: 'submitted', version, notReached: submitted.notReached },
      requestId,
    });
    await noticeRoundReportSubmitted(trx, noticeRef(row), actor.id, now);
  });
  await deliverNotices(ctx);
  return view(ctx, actor, id);
}

/** POST /rounds/reports/:id/acknowledge by the community head. */
export async function acknowledgeReport(
  ctx: AppContext,
  actor: SessionUser,
  id: number,
  body: { expectedVersion: number; note?: string },
  requestId: string,
) {
  const row = await reportForChange(ctx, actor, id, body.expectedVersion, 'acknowledge');
  const note = body.note?.trim() || null;
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    const version = await repo.updateReport(
      trx,
      row,
      body.expectedVersion,
      { status: 'acknowledged', acknowledgedBy: actor.id, acknowledgedAt: now, note },
      now,
    );
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'round-report.acknowledge',
      entity: 'round-report',
      entityId: id,
      regionId: row.gridId,
      topRegionId: row.topRegionId,
      before: { status: row.status, version: row.version },
      after: { status: 'acknowledged', version, note },
      requestId,
    });
    await noticeRoundReportAcknowledged(trx, { ...noticeRef(row), submittedBy: row.submittedBy }, actor.id, now);
  });
  await deliverNotices(ctx);
  return view(ctx, actor, id);
}

/** GET /rounds/reports?regionId=&month=: the reports of the grids under the region in the caller's scope. */
export async function listReports(ctx: AppContext, actor: SessionUser, q: { regionId: number; month?: string }) {
  const region = await getRegionInScope(ctx.db, actor, q.regionId);
  assertCan(actor, 'round.read', { path: parsePath(region.path) });
  const rows = await repo.listReports(ctx.db, actor, region.path, q.month);
  // Say whether rounds apply here at all (422 in a preset without them).
  if (rows.length === 0) await assertRoundsApply(ctx, region.path, q.month ?? shanghaiDate(ctx.clock()).slice(0, 7));
  return { items: await presentReports(ctx, actor, rows) };
}
