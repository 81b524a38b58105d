/** Visits (A7.2, C7, D5): recording, and a household's visit status for a date (API contract). */
import { assertCan, can, DomainError } from '@gridwork/core';
import { isValidDate, shanghaiDate } from '@gridwork/core/calendar';
import { flattenPolygonal, isPolygonal, OUTSIDE, placePoint, type Polygonal } from '@gridwork/core/geo';
import type { AppContext } from '../../context';
import { runIdempotent, type IdempotencyKey, type StoredResponse } from '../../plugins/idempotency';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { findPolicyInForce } from '../policy/policy.repository';
import { listHouseholdFacts } from '../compliance/household-facts.repository';
import { factsQuery, planBookFor } from '../compliance/plan-book';
import { standingOfRow } from '../compliance/standings';
import { unsafeFindRegionById } from '../regions/regions.repository';
import { findActiveActors } from '../users/users.repository';
import { getHouseholdInScope, type HouseholdRow } from './households.repository';
import { presentVisit, visitClassOf } from './household-view';
import { throwIfAny, type FieldProblem } from './resident-input';
import { listMembers } from './residents.repository';
import type { CreateVisitBody } from './visits.schemas';
import * as repo from './visits.repository';

const MAX_START_AHEAD_MS = 5 * 60_000;
const MAX_DURATION_MS = 12 * 3_600_000;
/** Mainland China's bounding box, WGS-84 degrees (Zengmu Ansha to Mohe, Pamirs to the Wusuli). */
export const CHINA_BBOX = { south: 3.8, north: 53.6, west: 73.4, east: 135.1 };

/** Times: start at most 5 minutes in the future, end after start, at most 12 hours (issue 4 item 4). */
export function visitTimeProblems(startedAt: Date, endedAt: Date, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (startedAt.getTime() > now.getTime() + MAX_START_AHEAD_MS) {
    problems.push({ field: 'body.startedAt', problem: 'future', message: 'must be at most 5 minutes in the future' });
  }
  if (endedAt.getTime() <= startedAt.getTime())
    problems.push({ field: 'body.endedAt', problem: 'before-start', message: 'must be after startedAt' });
  else if (endedAt.getTime() - startedAt.getTime() > MAX_DURATION_MS) {
    problems.push({ field: 'body.endedAt', problem: 'too-long', message: 'a visit lasts at most 12 hours' });
  }
  return problems;
}

export function locationProblems(location: { lat: number; lng: number } | null | undefined): FieldProblem[] {
  if (!location) return [];
  const problems: FieldProblem[] = [];
  const { south, north, west, east } = CHINA_BBOX;
  if (location.lat < south || location.lat > north)
    problems.push({ field: 'body.location.lat', problem: 'outside-china', message: 'the point lies outside China' });
  if (location.lng < west || location.lng > east)
    problems.push({ field: 'body.location.lng', problem: 'outside-china', message: 'the point lies outside China' });
  return problems;
}

/** True when the point lies outside the household's grid shape (its edge counts as inside); null without a shape. */
async function outsideGrid(
  ctx: AppContext,
  h: HouseholdRow,
  location: { lat: number; lng: number } | null | undefined,
): Promise<boolean | null> {
  if (!location) return null;
  const grid = await unsafeFindRegionById(ctx.db, h.gridId);
  if (!grid?.geometry || !isPolygonal(grid.geometry as Polygonal)) return null;
  return placePoint(flattenPolygonal(grid.geometry as Polygonal), location.lng, location.lat) === OUTSIDE;
}

/** Every visitor is an active account that may record visits to this household (a team member of its grid or above it). */
async function visitorProblems(ctx: AppContext, visitors: number[], gridPath: number[]): Promise<FieldProblem[]> {
  const actors = await findActiveActors(ctx.db, visitors);
  return visitors.flatMap((id, i) => {
    const visitor = actors.get(id);
    if (!visitor) return [{ field: `body.visitors.${i}`, message: 'not an active account' }];
    return can(visitor, 'visit.record', { path: gridPath })
      ? []
      : [{ field: `body.visitors.${i}`, message: 'this person does not visit households of this grid' }];
  });
}

export async function recordVisit(
  ctx: AppContext,
  actor: SessionUser,
  body: CreateVisitBody,
  key: IdempotencyKey | null,
  requestId: string,
): Promise<StoredResponse> {
  const h = await getHouseholdInScope(ctx.db, actor, body.householdId);
  const now = ctx.clock();
  const startedAt = new Date(body.startedAt);
  const endedAt = new Date(body.endedAt);
  const visitors = body.visitors ?? [actor.id];
  // a caller who may not record visits here learns nothing about the people named (403 before 400)
  assertCan(actor, 'visit.record', { path: parsePath(h.gridPath) });
  const named = body.visitors ? await visitorProblems(ctx, body.visitors, parsePath(h.gridPath)) : [];
  throwIfAny([...visitTimeProblems(startedAt, endedAt, now), ...locationProblems(body.location), ...named]);
  if (!visitors.includes(actor.id) && !can(actor, 'visit.record-for-others', { path: parsePath(h.gridPath) })) {
    // C3: no falsified reports; a grid worker records their own visits, a leader or staff above may record others'
    throw new DomainError('FORBIDDEN', 'a grid worker records only visits they made themselves (be one of the visitors)');
  }
  const policy = await findPolicyInForce(ctx.db, parsePath(h.gridPath));
  const values = {
    topRegionId: h.topRegionId,
    householdId: h.id,
    visitorIds: visitors,
    startedAt,
    endedAt,
    type: body.type,
    lat: body.location?.lat ?? null,
    lng: body.location?.lng ?? null,
    outsideGrid: await outsideGrid(ctx, h, body.location),
    findings: body.findings ?? null,
    needs: body.needs ?? null,
    policyVersion: policy?.version ?? null,
    createdBy: actor.id,
  };
  return runIdempotent(ctx.db, key, now, async (trx) => {
    const visit = await repo.insertVisit(trx, { ...values, now });
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'visit.create',
      entity: 'visit',
      entityId: visit.id,
      regionId: h.gridId,
      topRegionId: h.topRegionId,
      after: {
        householdId: h.id,
        type: visit.type,
        startedAt: body.startedAt,
        endedAt: body.endedAt,
        visitors,
        outsideGrid: visit.outsideGrid,
      },
      requestId,
    });
    return { status: 201, body: presentVisit(visit) };
  });
}

/**
 * `GET /households/:id/visit-status?date=` as of the end of `date` (contract), through the same
 * code path as the due list and compliance (modules/compliance/standings.ts): the household's
 * facts in SQL (override, current members' reason mask with ages on `date`, distinct in-person
 * visit days in the counting span), the class and standing from the core plan of the policy in
 * force. A class without its own frequency owes the policy's household-wide round (C2.2); only a
 * policy with neither is 422 POLICY_INCOMPLETE. The reasons name the residents they come from.
 */
export async function visitStatus(ctx: AppContext, actor: SessionUser, id: number, date: string | undefined) {
  const h = await getHouseholdInScope(ctx.db, actor, id);
  const d = date ?? shanghaiDate(ctx.clock());
  if (!isValidDate(d)) throwIfAny([{ field: 'querystring.date', message: 'not a real calendar date' }]);
  assertCan(actor, 'household.read', { path: parsePath(h.gridPath) });
  const book = await planBookFor(ctx.db, [{ id: h.gridId, path: h.gridPath }], d);
  const [facts] = await listHouseholdFacts(ctx.db, factsQuery(book, { household: h }), { limit: 1, detail: false });
  const status = standingOfRow(book, facts);
  const current = (await listMembers(ctx.db, h)).filter((m) => m.leftOn === null);
  const { asOf: _asOf, ...shown } = visitClassOf(current, h, d);
  const { requirement } = status;
  return {
    householdId: h.id,
    date: d,
    ...shown,
    visitClass: status.visitClass,
    derivedClass: status.derivedClass,
    period: requirement.period,
    window: requirement.window,
    required: status.required,
    done: status.done,
    remaining: status.remaining,
    status: status.status,
    suggestedNext: status.suggestedNext,
    policyVersion: requirement.obligation.policyVersion ?? null,
    rule: requirement.rule,
  };
}
