import { abilitiesOf, actorWith, assertCan, DomainError, type Actor } from '@gridwork/core';
import { shanghaiDate } from '@gridwork/core/calendar';
import { normalizeIdNumber } from '@gridwork/core/households';
import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { runIdempotent, type IdempotencyKey, type StoredResponse } from '../../plugins/idempotency';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { getRegionInScope, unsafeFindRegionById, type RegionRow } from '../regions/regions.repository';
import * as repo from './households.repository';
import type { CreateHouseholdBody, HouseholdsQuery, UpdateHouseholdBody } from './households.schemas';
import { presentMember, presentSummaryMember, presentVisit, visitClassOf } from './household-view';
import { looksLikeIdNumber, normalizePhone, throwIfAny, type FieldProblem } from './resident-input';
import { listCurrentResidents, listMembers } from './residents.repository';
import { listRecentVisits } from './visits.repository';
import { chargeSealedLookup } from '../privacy/reveal-limit';

type Db = Kysely<DB> | Transaction<DB>;
const RECENT_VISITS = 10;

/** What the household page may offer (the registry's household, resident and visit actions at the household's grid). */
function householdAbilities(actor: Actor, gridPath: readonly number[]) {
  const target = { path: gridPath };
  const household = abilitiesOf(actor, 'household', target);
  const resident = abilitiesOf(actor, 'resident', target);
  return {
    update: household.edit,
    addResident: household.edit,
    recordVisit: abilitiesOf(actor, 'visit', target).record,
    revealIdNumber: resident['reveal-id-number'],
    revealPhone: resident['reveal-phone'],
  };
}
/** A compound or building given to a household must be one, inside the household's grid (400 otherwise). */
async function placeProblems(
  db: Db,
  grid: { path: string },
  compoundId?: number | null,
  buildingId?: number | null,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const check = async (id: number | null | undefined, type: 'compound' | 'building', field: string, within: string) => {
    if (id === undefined || id === null) return null;
    const place = await unsafeFindRegionById(db, id);
    if (!place || place.type !== type || !place.path.startsWith(within)) {
      problems.push({
        field,
        message: `must be a ${type} inside ${type === 'building' && compoundId ? 'the compound' : "the household's grid"}`,
      });
      return null;
    }
    return place;
  };
  const compound = await check(compoundId, 'compound', 'body.compoundId', grid.path);
  await check(buildingId, 'building', 'body.buildingId', compound?.path ?? grid.path);
  return problems;
}

async function gridForHousehold(ctx: AppContext, actor: SessionUser, gridId: number): Promise<RegionRow & { topRegionId: number }> {
  const grid = await getRegionInScope(ctx.db, actor, gridId);
  if (grid.type !== 'grid' || grid.topRegionId === null) {
    throwIfAny([{ field: 'body.gridId', message: 'must be a grid of a street or town' }]);
  }
  return grid as RegionRow & { topRegionId: number };
}

/** The household's full view: current and former members (masked), class today with reasons, recent visits. */
export async function householdDetail(db: Db, actor: SessionUser, h: repo.HouseholdRow, today: string) {
  const [members, visits] = await Promise.all([listMembers(db, h), listRecentVisits(db, h, RECENT_VISITS)]);
  const current = members.filter((m) => m.leftOn === null);
  return {
    id: h.id,
    gridId: h.gridId,
    grid: { id: h.gridId, code: h.gridCode, name: h.gridName },
    address: h.address,
    compoundId: h.compoundId,
    buildingId: h.buildingId,
    housing: h.housing,
    landlord: h.landlord,
    version: h.version,
    createdAt: h.createdAt.toISOString(),
    updatedAt: h.updatedAt.toISOString(),
    visitClass: visitClassOf(current, h, today),
    members: current.map(presentMember),
    formerMembers: members.filter((m) => m.leftOn !== null).map(presentMember),
    recentVisits: visits.map(presentVisit),
    abilities: householdAbilities(actor, parsePath(h.gridPath)),
  };
}

export async function createHousehold(
  ctx: AppContext,
  actor: SessionUser,
  body: CreateHouseholdBody,
  key: IdempotencyKey | null,
  requestId: string,
): Promise<StoredResponse> {
  const grid = await gridForHousehold(ctx, actor, body.gridId);
  throwIfAny(await placeProblems(ctx.db, grid, body.compoundId, body.buildingId));
  assertCan(actor, 'household.edit', { path: parsePath(grid.path) });
  const now = ctx.clock();
  return runIdempotent(ctx.db, key, now, async (trx) => {
    const values = {
      topRegionId: grid.topRegionId,
      gridId: grid.id,
      gridPath: grid.path,
      address: body.address.trim(),
      compoundId: body.compoundId ?? null,
      buildingId: body.buildingId ?? null,
      housing: body.housing ?? 'owned',
      landlord: body.landlord?.trim() || null,
    };
    const id = await repo.insertHousehold(trx, { ...values, createdBy: actor.id, now });
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'household.create',
      entity: 'household',
      entityId: id,
      regionId: grid.id,
      topRegionId: grid.topRegionId,
      after: values,
      requestId,
    });
    const row = await repo.getHouseholdInScope(trx, actor, id);
    return { status: 201, body: await householdDetail(trx, actor, row, shanghaiDate(now)) };
  });
}

export async function getHousehold(ctx: AppContext, actor: SessionUser, id: number) {
  const h = await repo.getHouseholdInScope(ctx.db, actor, id);
  assertCan(actor, 'household.read', { path: parsePath(h.gridPath) });
  return householdDetail(ctx.db, actor, h, shanghaiDate(ctx.clock()));
}

/**
 * Search `q`: an ID number or a phone matches exactly, through its keyed hash; other text matches
 * addresses and names. A search by a sealed value tells whether it is registered, so it counts against
 * the caller's reveal limit and is audited (`sealed.lookup`, C3 D10): no guessing a phone by searching.
 */
export async function searchFilter(
  ctx: AppContext,
  actor: SessionUser,
  q: string | undefined,
  gridId: number | undefined,
  requestId: string,
): Promise<Pick<repo.HouseholdFilter, 'idNumberHash' | 'phoneHash' | 'text'>> {
  const text = q?.trim();
  if (!text) return {};
  const phone = /^[\d\s+-]+$/.test(text) ? normalizePhone(text) : null;
  const sealed = looksLikeIdNumber(text)
    ? { field: 'idNumber', filter: { idNumberHash: ctx.sealed.hash('idNumber', normalizeIdNumber(text)) } }
    : phone
      ? { field: 'phone', filter: { phoneHash: ctx.sealed.hash('phone', phone) } }
      : null;
  if (!sealed) return { text };
  const regionId = gridId ?? actorWith(actor, 'household.read').roles[0]?.regionId;
  const region = regionId === undefined ? undefined : await unsafeFindRegionById(ctx.db, regionId);
  if (region) {
    const target = {
      entity: 'household' as const,
      entityId: null,
      field: sealed.field,
      gridId: region.id,
      gridPath: region.path,
      topRegionId: region.topRegionId ?? 0,
    };
    await chargeSealedLookup(ctx, actor, target, 1, 'search', requestId);
  }
  return sealed.filter;
}

export async function listHouseholds(ctx: AppContext, actor: SessionUser, query: HouseholdsQuery, requestId: string) {
  const readers = actorWith(actor, 'household.read');
  if (readers.roles.length === 0) throw new DomainError('FORBIDDEN', 'your role may not read household records');
  if (query.gridId !== undefined) await getRegionInScope(ctx.db, actor, query.gridId);
  const search = await searchFilter(ctx, actor, query.q, query.gridId, requestId);
  const { rows, total } = await repo.listHouseholds(ctx.db, readers, {
    gridId: query.gridId,
    ...search,
    sort: query.sort ?? 'id',
    limit: query.limit ?? 50,
    offset: query.offset ?? 0,
  });
  const residents = await listCurrentResidents(ctx.db, rows);
  const items = rows.map((h) => ({
    id: h.id,
    gridId: h.gridId,
    address: h.address,
    housing: h.housing,
    version: h.version,
    members: residents.filter((r) => r.topRegionId === h.topRegionId && r.householdId === h.id).map(presentSummaryMember),
  }));
  return { items, total };
}

function overrideOf(body: UpdateHouseholdBody): repo.HouseholdPatch['override'] {
  const o = body.visitClassOverride;
  if (o === undefined || o === null) return o;
  if (o.reason.trim() === '') throwIfAny([{ field: 'body.visitClassOverride.reason', message: 'a manual visit class needs a reason' }]);
  return { visitClass: o.visitClass, reason: o.reason.trim() };
}

export async function updateHousehold(ctx: AppContext, actor: SessionUser, id: number, body: UpdateHouseholdBody, requestId: string) {
  const h = await repo.getHouseholdInScope(ctx.db, actor, id);
  const override = overrideOf(body);
  const compoundId = body.compoundId === undefined ? h.compoundId : body.compoundId;
  if (body.compoundId !== undefined || body.buildingId !== undefined) {
    throwIfAny(
      await placeProblems(ctx.db, { path: h.gridPath }, compoundId, body.buildingId === undefined ? h.buildingId : body.buildingId),
    );
  }
  assertCan(actor, 'household.edit', { path: parsePath(h.gridPath) });
  const now = ctx.clock();
  const patch: repo.HouseholdPatch = {
    address: body.address?.trim(),
    compoundId: body.compoundId,
    buildingId: body.buildingId,
    housing: body.housing,
    landlord: body.landlord === undefined ? undefined : body.landlord?.trim() || null,
    override,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateHousehold(trx, h, body.expectedVersion, patch, now);
    const before = {
      address: h.address,
      compoundId: h.compoundId,
      buildingId: h.buildingId,
      housing: h.housing,
      landlord: h.landlord,
      override: h.classOverride ? { visitClass: h.classOverride, reason: h.classOverrideReason } : null,
    };
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'household.update',
      entity: 'household',
      entityId: id,
      regionId: h.gridId,
      topRegionId: h.topRegionId,
      before,
      after: patch,
      requestId,
    });
  });
  return getHousehold(ctx, actor, id);
}
