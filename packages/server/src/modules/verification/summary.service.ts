/**
 * Discrepancy rate per area (A8.2 "evaluate each area"; A8.3 for the yearly check): for every grid
 * of the region, the period's tasks (not cancelled), how many are done, how many found
 * at least one wrong field, and the rate withDiscrepancy / done (null while nothing is done); the
 * same per visit class and in total.
 */
import { assertCan, DomainError } from '@gridwork/core';
import { VISIT_CLASSES } from '@gridwork/core/households';
import type { AppContext } from '../../context';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { getRegionInScope } from '../regions/regions.repository';
import { summaryRows, unsafeListGrids, type SummaryRow } from './tasks.repository';
import type { SummaryCounts as Counts, SummaryQuery } from './verification.schemas';

const empty = (): Counts => ({ tasks: 0, done: 0, withDiscrepancy: 0, discrepancyRate: null, discrepancies: 0, followUps: 0 });

function add(into: Counts, r: SummaryRow): void {
  into.tasks += r.tasks;
  into.done += r.done;
  into.withDiscrepancy += r.withDiscrepancy;
  into.discrepancies += r.discrepancies;
  into.followUps += r.followUps;
}

function withRate(c: Counts): Counts {
  return { ...c, discrepancyRate: c.done === 0 ? null : Math.round((c.withDiscrepancy / c.done) * 10_000) / 10_000 };
}

function byClassOf(rows: readonly SummaryRow[]): Record<string, Counts> {
  return Object.fromEntries(
    VISIT_CLASSES.map((c) => {
      const counts = empty();
      for (const r of rows) if (r.visitClass === c) add(counts, r);
      return [c, withRate(counts)];
    }),
  );
}

export async function verificationSummary(ctx: AppContext, actor: SessionUser, query: SummaryQuery) {
  const region = await getRegionInScope(ctx.db, actor, query.regionId);
  if ((query.quarter === undefined) === (query.year === undefined)) {
    throw new DomainError('VALIDATION_FAILED', 'give either quarter or year', [
      { field: 'querystring.quarter', message: 'give either quarter (quarterly draws) or year (yearly check)' },
    ]);
  }
  assertCan(actor, 'verification.read', { path: parsePath(region.path) });
  const kind = query.quarter !== undefined ? 'quarterly' : 'yearly';
  const period = query.quarter ?? String(query.year);
  const [rows, grids] = await Promise.all([summaryRows(ctx.db, region.path, kind, period), unsafeListGrids(ctx.db, region.path)]);
  const total = empty();
  for (const r of rows) add(total, r);
  return {
    regionId: region.id,
    kind,
    period,
    grids: grids.map((g) => {
      const mine = rows.filter((r) => r.gridId === g.id);
      const counts = empty();
      for (const r of mine) add(counts, r);
      return { gridId: g.id, code: g.code, name: g.name, ...withRate(counts), byClass: byClassOf(mine) };
    }),
    byClass: byClassOf(rows),
    total: withRate(total),
  };
}
