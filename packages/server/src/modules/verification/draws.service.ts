/**
 * Verification draws (A8.2, A8.3, D8; API contract `POST /verification/draws`). The base is the
 * region's households of each class on the base date (a quarter's first day); strata are grid ×
 * class; each stratum draws ceil(rate × size) households with the seeded core draw, so the same
 * seed gives the same households. A second draw for the same region and period is 409 DRAW_EXISTS
 * unless it is a redraw, which supersedes the old draw and cancels its pending tasks (kept).
 */
import { randomBytes } from 'node:crypto';
import { actorWith, assertCan, can, DomainError } from '@gridwork/core';
import { shanghaiDate } from '@gridwork/core/calendar';
import { drawVerificationSample, quarterRange, samplingRatesOf, VISIT_CLASSES, type SampleStratum } from '@gridwork/core/households';
import type { PolicyValues } from '@gridwork/core/policy';
import type { AppContext } from '../../context';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { visitClassOf } from '../households/household-view';
import { throwIfAny, type FieldProblem } from '../households/resident-input';
import { deliverNotices } from '../notifications/notices';
import { findPolicyInForce } from '../policy/policy.repository';
import { getRegionInScope, type RegionRow } from '../regions/regions.repository';
import { presentDraw } from './verification-view';
import * as drawsRepo from './verification.repository';
import * as tasksRepo from './tasks.repository';
import type { DrawBody, DrawsQuery, YearlyBody } from './verification.schemas';
import { noticeYearlyTasks, yearlyGroups } from './yearly';

type Region = RegionRow & { topRegionId: number };

export interface DrawPlan extends Pick<drawsRepo.DrawValues, 'kind' | 'period' | 'baseDate' | 'seed' | 'rates' | 'share'> {
  region: Region;
  policy: { regionId: number; version: number };
  assigneeId: number | null;
}

const NOT_BELOW_GRID = ['compound', 'building'];

/** The region of a draw: in scope (404 first), under a street or town, a grid or above it. */
export async function drawRegion(ctx: AppContext, actor: SessionUser, regionId: number, types?: readonly string[]): Promise<Region> {
  const region = await getRegionInScope(ctx.db, actor, regionId);
  const problems: FieldProblem[] = [];
  if (region.topRegionId === null) problems.push({ field: 'body.regionId', message: 'must be a street, a town or an area inside one' });
  else if (types ? !types.includes(region.type) : NOT_BELOW_GRID.includes(region.type)) {
    problems.push({ field: 'body.regionId', message: types ? `must be a ${types.join(' or a ')}` : 'must be a grid or an area above it' });
  }
  throwIfAny(problems);
  return region as Region;
}

/** The policy in force for the region; without a verification section the draw cannot be made. */
export async function verificationPolicy(ctx: AppContext, region: Region) {
  const policy = await findPolicyInForce(ctx.db, parsePath(region.path));
  const values = policy?.values as PolicyValues | undefined;
  if (!policy || !values?.verification) {
    throw new DomainError('POLICY_INCOMPLETE', 'the policy in force has no verification section (A8.2, A8.3)', { path: '/verification' });
  }
  return { regionId: policy.regionId, version: policy.version, verification: values.verification, values };
}

export function seedOf(seed: string | number | undefined): string {
  return seed === undefined ? randomBytes(8).toString('hex') : String(seed);
}

/** The strata of the base: households with a member on `date`, by grid and class as of that day (D8). */
export async function baseStrata(
  ctx: AppContext,
  region: Region,
  date: string,
): Promise<{ strata: SampleStratum[]; gridPaths: Map<number, string> }> {
  const rows = await tasksRepo.unsafeListBaseMembers(ctx.db, { path: region.path, topRegionId: region.topRegionId }, date);
  const households = new Map<
    number,
    {
      gridId: number;
      gridPath: string;
      stored: { classOverride: string | null; classOverrideReason: string | null };
      members: Array<{ id: number; birthDate: string; tags: string[] }>;
    }
  >();
  for (const r of rows) {
    let h = households.get(r.householdId);
    if (!h) {
      h = {
        gridId: r.gridId,
        gridPath: r.gridPath,
        stored: { classOverride: r.classOverride, classOverrideReason: r.classOverrideReason },
        members: [],
      };
      households.set(r.householdId, h);
    }
    h.members.push({ id: r.residentId, birthDate: r.birthDate, tags: r.tags });
  }
  const strata = new Map<string, SampleStratum & { householdIds: number[] }>();
  const gridPaths = new Map<number, string>();
  for (const [householdId, h] of households) {
    const { visitClass } = visitClassOf(h.members, h.stored, date);
    const key = `${h.gridId}|${visitClass}`;
    if (!strata.has(key)) strata.set(key, { gridId: h.gridId, visitClass, householdIds: [] });
    strata.get(key)!.householdIds.push(householdId);
    gridPaths.set(h.gridId, h.gridPath);
  }
  return { strata: [...strata.values()], gridPaths };
}

/** Draws and stores: one transaction, the street/town's draw lock, overlap and redraw rules, audit. */
export async function persistDraw(ctx: AppContext, actor: SessionUser, plan: DrawPlan, redraw: boolean, requestId: string) {
  const { region } = plan;
  const { strata, gridPaths } = await baseStrata(ctx, region, plan.baseDate);
  const draw = drawVerificationSample(strata, plan.rates, plan.seed);
  const groups = plan.kind === 'yearly' ? await yearlyGroups(ctx, region, draw) : null;
  const now = ctx.clock();
  const id = await ctx.db.transaction().execute(async (trx) => {
    await drawsRepo.lockDraws(trx, region.topRegionId);
    const current = await drawsRepo.listCurrentOverlapping(trx, region.topRegionId, region.path, plan.kind, plan.period);
    const around = current.filter((d) => d.regionPath !== region.path && region.path.startsWith(d.regionPath));
    if (current.length > 0 && (!redraw || around.length > 0)) {
      const blocking = around[0] ?? current[0];
      const message =
        blocking.regionId === region.id
          ? `a ${plan.kind} draw for ${plan.period} exists for this region; send redraw: true to replace it`
          : `a ${plan.kind} draw for ${plan.period} exists for an overlapping region (${blocking.regionId})`;
      throw new DomainError('DRAW_EXISTS', message, { drawId: blocking.id, regionId: blocking.regionId });
    }
    for (const old of current) await drawsRepo.markSuperseded(trx, old, now);
    const drawId = await drawsRepo.insertDraw(trx, {
      topRegionId: region.topRegionId,
      regionId: region.id,
      regionPath: region.path,
      kind: plan.kind,
      period: plan.period,
      baseDate: plan.baseDate,
      seed: plan.seed,
      rates: plan.rates,
      share: plan.share,
      policyRegionId: plan.policy.regionId,
      policyVersion: plan.policy.version,
      counts: draw.counts,
      strata: draw.strata,
      groups,
      createdBy: actor.id,
      createdAt: now,
      supersedes: current[0]?.id ?? null,
    });
    const key = { topRegionId: region.topRegionId, id: drawId };
    const tasks = draw.tasks.map((t) => ({
      householdId: t.householdId,
      gridId: t.gridId,
      gridPath: gridPaths.get(t.gridId)!,
      visitClass: t.visitClass,
    }));
    await drawsRepo.insertTasks(trx, key, tasks, plan.assigneeId, now);
    if (plan.kind === 'yearly') await noticeYearlyTasks(trx, plan, drawId, tasks.length, now);
    let cancelled = 0;
    for (const old of current) {
      await drawsRepo.linkSuccessor(trx, old, drawId);
      cancelled += await drawsRepo.cancelPendingTasks(trx, old);
    }
    await writeAudit(trx, {
      actorId: actor.id,
      action: current.length > 0 ? 'verification.redraw' : 'verification.draw',
      entity: 'verification-draw',
      entityId: drawId,
      regionId: region.id,
      topRegionId: region.topRegionId,
      after: {
        kind: plan.kind,
        period: plan.period,
        seed: plan.seed,
        counts: draw.counts,
        tasks: draw.tasks.length,
        superseded: current.map((d) => d.id),
        cancelledTasks: cancelled,
      },
      requestId,
    });
    return drawId;
  });
  await deliverNotices(ctx);
  const row = await drawsRepo.getDrawInScope(ctx.db, actor, id);
  return presentDraw(row, await tasksRepo.listDrawTasks(ctx.db, actor, row));
}

/** `POST /verification/draws` (A8.2): the quarter's sample at the policy's rates. */
export async function drawQuarterly(ctx: AppContext, actor: SessionUser, body: DrawBody, requestId: string) {
  const region = await drawRegion(ctx, actor, body.regionId);
  const range = quarterRange(body.quarter, 'body.quarter');
  if (range.start > shanghaiDate(ctx.clock()))
    throwIfAny([{ field: 'body.quarter', message: 'the quarter has not started: its base is its first day' }]);
  assertCan(actor, 'verification.draw', { path: parsePath(region.path) });
  const policy = await verificationPolicy(ctx, region);
  const plan: DrawPlan = {
    region,
    kind: 'quarterly',
    period: body.quarter,
    baseDate: range.start,
    seed: seedOf(body.seed),
    rates: samplingRatesOf(policy.values),
    share: null,
    policy,
    assigneeId: null,
  };
  return persistDraw(ctx, actor, plan, body.redraw === true, requestId);
}

/** `POST /verification/yearly` (A8.3, D8): the policy's share of each grid worker's records, for the lead. */
export async function drawYearly(ctx: AppContext, actor: SessionUser, body: YearlyBody, requestId: string) {
  const region = await drawRegion(ctx, actor, body.regionId, ['community', 'grid']);
  const today = shanghaiDate(ctx.clock());
  if (String(body.year) > today.slice(0, 4)) throwIfAny([{ field: 'body.year', message: 'must not be after the current year' }]);
  assertCan(actor, 'verification.yearly', { path: parsePath(region.path) });
  const policy = await verificationPolicy(ctx, region);
  const share = policy.verification.recordCheck.share;
  const yearEnd = `${body.year}-12-31`;
  const plan: DrawPlan = {
    region,
    kind: 'yearly',
    period: String(body.year),
    baseDate: yearEnd < today ? yearEnd : today,
    seed: seedOf(body.seed),
    rates: Object.fromEntries(VISIT_CLASSES.map((c) => [c, share])),
    share,
    policy,
    assigneeId: actor.id,
  };
  return persistDraw(ctx, actor, plan, body.redraw === true, requestId);
}

/** `GET /verification/draws`: draws overlapping the caller's scope, with what the caller may start. */
export async function listDraws(ctx: AppContext, actor: SessionUser, query: DrawsQuery) {
  const readers = actorWith(actor, 'verification.read');
  if (readers.roles.length === 0) throw new DomainError('FORBIDDEN', 'your role may not read verification records');
  const region = query.regionId === undefined ? null : await getRegionInScope(ctx.db, actor, query.regionId);
  const period = query.quarter ?? (query.year === undefined ? undefined : String(query.year));
  const rows = await drawsRepo.listDraws(ctx.db, readers, { regionPath: region?.path, period, kind: query.kind, current: query.current });
  const at = (action: 'verification.draw' | 'verification.yearly') =>
    region ? can(actor, action, { path: parsePath(region.path) }) : actorWith(actor, action).roles.length > 0;
  return { items: rows.map((r) => presentDraw(r)), abilities: { draw: at('verification.draw'), yearly: at('verification.yearly') } };
}

/** `GET /verification/draws/:id`: the draw with its tasks inside the caller's scope. */
export async function getDraw(ctx: AppContext, actor: SessionUser, id: number) {
  const readers = actorWith(actor, 'verification.read');
  const row = await drawsRepo.findDrawInScope(ctx.db, readers, id);
  if (!row) throw new DomainError('FORBIDDEN', 'your role may not read verification records');
  return presentDraw(row, await tasksRepo.listDrawTasks(ctx.db, readers, row));
}
