import { assertCan, can, DomainError } from '@gridwork/core';
import { applyCaseAction, intakeEntryOf, newCase, type CaseAction } from '@gridwork/core/cases';
import { startTierOf } from '@gridwork/core/policy';
import type { AppContext } from '../../context';
import { runIdempotent, type IdempotencyKey, type StoredResponse } from '../../plugins/idempotency';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { findActiveActors } from '../users/users.repository';
import { writeAudit } from '../audit/audit.repository';
import { getRegionRowInScope } from '../regions/region-cache';
import type { RegionRow } from '../regions/regions.repository';
import { rowOfState, stateOfRow } from './case-row';
import { categoryOf, policyInForceAt, policyOfVersion } from './case-policy';
import { presentCase, rolesAt } from './case-presenter';
import * as repo from './cases.repository';
import { reporterRecordOf, reporterView } from './reporter-phone';
import { listPhotoMeta } from '../photos/photos.repository';
import { timelinePeople } from './timeline-people';
import type { ActionBody, ActionParams, CreateCaseBody } from './cases.schemas';

const field = (name: string, message: string) =>
  new DomainError('VALIDATION_FAILED', `${name}: ${message}`, [{ field: `body.${name}`, message }]);

/** The grid a new case belongs to: the given grid (in scope), or the one holding its location. */
async function gridOf(ctx: AppContext, actor: SessionUser, body: CreateCaseBody): Promise<RegionRow> {
  if (body.gridId) {
    const grid = await getRegionRowInScope(ctx, actor, body.gridId);
    if (grid.type !== 'grid') throw field('gridId', 'is not a grid');
    return grid;
  }
  if (!body.location) throw field('gridId', 'gridId or location is required');
  const hit = ctx.grids.locate(body.location.lng, body.location.lat);
  if (!hit) throw field('location', 'lies in no grid');
  try {
    return await getRegionRowInScope(ctx, actor, hit.id);
  } catch {
    throw field('location', 'lies outside your area');
  }
}

/** The checks after the grid (400 category, 403 role): the receipt time and the category's default tier. */
async function checkIntake(
  ctx: AppContext,
  actor: SessionUser,
  body: CreateCaseBody,
  grid: RegionRow,
): Promise<{ receivedAt: Date; defaultTier: string | null }> {
  const category = await categoryOf(ctx, body.category);
  if (!category?.active) throw field('category', 'unknown case category');
  const receivedAt = body.receivedAt ? new Date(body.receivedAt) : ctx.clock();
  const where = { path: parsePath(grid.path) };
  assertCan(actor, 'case.intake', where);
  if (body.receivedAt) assertCan(actor, 'case.back-enter', where);
  return { receivedAt, defaultTier: category.default_tier };
}

/** Intake from any channel (A1.7: the person taking it in is its first-inquiry owner). */
export async function createCase(
  ctx: AppContext,
  actor: SessionUser,
  body: CreateCaseBody,
  key: IdempotencyKey | null,
  requestId: string,
): Promise<StoredResponse> {
  const grid = await gridOf(ctx, actor, body);
  const { receivedAt, defaultTier } = await checkIntake(ctx, actor, body, grid);
  const policy = await policyInForceAt(ctx, grid.path);
  const now = ctx.clock();
  const state = newCase({
    receivedAt,
    caseClass: body.caseClass,
    tier: startTierOf(policy.values, body.category, defaultTier),
    ownerId: actor.id,
    policy: policy.values,
    policyVersion: policy.version,
    calendar: await ctx.calendar.get(),
    now,
  });
  const topRegionId = grid.topRegionId ?? grid.id;
  return runIdempotent(ctx.db, key, now, async (trx) => {
    const row = await repo.insertCase(trx, {
      top_region_id: topRegionId,
      grid_id: grid.id,
      grid_path: grid.path,
      title: body.title,
      description: body.description,
      category: body.category,
      source: body.source,
      received_at: receivedAt,
      policy_version: policy.version,
      policy_region_id: policy.regionId,
      lat: body.location?.lat ?? null,
      lng: body.location?.lng ?? null,
      created_by: actor.id,
      visit_id: body.visitId ?? null,
      address: body.address?.trim() || null,
      ...rowOfState(state),
    } as never);
    const id = row.id;
    const r = body.reporter;
    const reporter = r
      ? reporterRecordOf(ctx.sealed, {
          name: r.anonymous ? null : (r.name ?? null),
          phone: r.anonymous ? null : (r.phone ?? null),
          anonymous: r.anonymous ?? false,
          confidential: r.confidential ?? false,
        })
      : undefined;
    if (reporter) await repo.insertReporter(trx, topRegionId, id, reporter);
    await repo.appendTimeline(trx, topRegionId, id, intakeEntryOf({ ...state, id }, actor.id, now));
    const { reporter: _r, ...audited } = body;
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'case.create',
      entity: 'case',
      entityId: id,
      regionId: grid.id,
      topRegionId,
      after: { ...audited, reporter: r ? { confidential: r.confidential ?? false, anonymous: r.anonymous ?? false } : null },
      requestId,
    });
    // The reporter row is the one just inserted: no need to read it back.
    return { status: 201, body: presentCase(actor, row, policy.values, now, { reporter: reporter && reporterView(reporter) }) };
  });
}

export async function getCase(ctx: AppContext, actor: SessionUser, id: number) {
  const row = await repo.getCaseInScope(ctx.db, actor, id);
  const [policy, reporter, timeline, photos] = await Promise.all([
    policyOfVersion(ctx, row.policy_version),
    repo.findReporter(ctx.db, row.top_region_id, row.id),
    repo.listTimeline(ctx.db, row.top_region_id, row.id),
    listPhotoMeta(ctx.db, { kind: 'case', topRegionId: row.top_region_id, id: row.id }),
  ]);
  return presentCase(actor, row, policy, ctx.clock(), {
    reporter: reporter && reporterView(reporter),
    timeline: timeline.map(presentEntry),
    people: await timelinePeople(ctx.db, timeline),
    photos: photos.map((p) => ({ id: p.id, contentType: p.contentType, size: p.size })),
  });
}

function presentEntry(e: Awaited<ReturnType<typeof repo.listTimeline>>[number]) {
  return {
    seq: e.seq,
    at: e.at.toISOString(),
    actor: e.actor_id ? { id: e.actor_id, name: e.display_name } : null,
    action: e.action,
    fromStatus: e.from_status,
    toStatus: e.to_status,
    details: e.details,
  };
}

/** Turns the request body into the core's action (instants parsed); bad instants are 400s naming the field. */
function toAction(name: ActionParams['action'], body: ActionBody): CaseAction {
  const { expectedVersion: _v, ...fields } = body;
  const out: Record<string, unknown> = { action: name, ...fields };
  for (const k of ['proposedDeadline', 'deadline', 'completedAt'] as const) if (fields[k] !== undefined) out[k] = new Date(fields[k]!);
  return out as unknown as CaseAction;
}

/** Linked records must lie where they can be used: a merge target in the caller's area, a new handler who can see the case. */
async function checkReferences(ctx: AppContext, actor: SessionUser, a: CaseAction, gridPath: number[], topRegionId: number): Promise<void> {
  if (a.action === 'merge') {
    const into = await repo.getCaseInScope(ctx.db, actor, a.intoCaseId).catch(() => {
      throw field('intoCaseId', 'no such case in your area');
    });
    // one case handles the matter: never into a case that is itself merged (no loops), never across streets or towns
    if (into.status === 'merged') throw field('intoCaseId', 'is merged into another case; merge into that one');
    if (into.top_region_id !== topRegionId) throw field('intoCaseId', 'lies in another street or town');
  }
  const userId = a.action === 'assign' ? a.handlerId : a.action === 'transfer' ? a.toUserId : undefined;
  if (userId !== undefined) {
    const name = a.action === 'assign' ? 'handlerId' : 'toUserId';
    const target = (await findActiveActors(ctx.db, [userId])).get(userId);
    if (!target) throw field(name, 'no such active user');
    if (!can(target, 'region.read', { path: gridPath })) throw field(name, 'this person cannot see the case (it lies outside their area)');
  }
}

/** One workflow step: core decides, then the new state, its timeline entry and audit row commit together. */
export async function takeAction(ctx: AppContext, actor: SessionUser, params: ActionParams, body: ActionBody, requestId: string) {
  const row = await repo.getCaseInScope(ctx.db, actor, params.id);
  const action = toAction(params.action, body);
  const [policy, calendar] = await Promise.all([policyOfVersion(ctx, row.policy_version), ctx.calendar.get()]);
  const now = ctx.clock();
  const { next, entry } = applyCaseAction(stateOfRow(row), action, {
    actor: { id: actor.id, roles: rolesAt(actor, row.grid_path) },
    now,
    policy,
    calendar,
    expectedVersion: body.expectedVersion,
  });
  await checkReferences(ctx, actor, action, parsePath(row.grid_path), row.top_region_id);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateCaseState(trx, row, next, body.expectedVersion, now);
    await repo.appendTimeline(trx, row.top_region_id, row.id, entry);
    await writeAudit(trx, {
      actorId: actor.id,
      action: `case.${params.action}`,
      entity: 'case',
      entityId: row.id,
      regionId: row.grid_id,
      topRegionId: row.top_region_id,
      before: { status: row.status, version: row.version },
      after: { status: next.status, version: next.version, ...entry.details },
      requestId,
    });
  });
  return getCase(ctx, actor, row.id);
}
