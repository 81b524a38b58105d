/** Residents (A11.1) with sealed ID numbers and phones (C3, D10): register, edit, reveal one value. */
import { assertCan } from '@gridwork/core';
import { shanghaiDate } from '@gridwork/core/calendar';
import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { runIdempotent, type IdempotencyKey, type StoredResponse } from '../../plugins/idempotency';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { getHouseholdInScope } from './households.repository';
import { presentMember } from './household-view';
import {
  dateProblem,
  DUPLICATE_ID_NUMBER,
  idNumberAgreementProblem,
  isDuplicateIdNumberClash,
  sealIdNumber,
  sealPhone,
  tagProblems,
  throwIfAny,
  validationFailed,
  type FieldProblem,
} from './resident-input';
import * as repo from './residents.repository';
import type { CreateResidentBody, UpdateResidentBody } from './residents.schemas';
import { assertRevealRoom, chargeSealedLookup, sealedLookupsOf, withinRevealLimit } from '../privacy/reveal-limit';

type Db = Kysely<DB> | Transaction<DB>;

/** A resident as the API shows it: the membership's household and the masked member view. */
export async function residentView(db: Db, key: repo.ResidentKey) {
  const m = await repo.getMemberView(db, key);
  return { householdId: m.membershipHouseholdId, ...presentMember(m) };
}

async function activeTags(db: Db): Promise<Set<string>> {
  return new Set((await repo.listTags(db, true)).map((t) => t.code));
}

/** Masks only: audit rows never hold a clear ID number or phone. */
export function auditValues(v: Partial<repo.ResidentValues>) {
  const { idNumber, phone, ...rest } = v;
  return {
    ...rest,
    ...(idNumber !== undefined ? { idNumber: idNumber?.mask ?? null } : {}),
    ...(phone !== undefined ? { phone: phone?.mask ?? null } : {}),
  };
}

/** Thrown inside a write when the ID number is already registered to a current resident. */
class IdNumberRegistered extends Error {}

/**
 * Runs `work` that may store an ID number. An ID number found already registered (or a concurrent
 * duplicate on the unique index) is the 400 `duplicate`; as that answer tells whether an ID number is
 * registered anywhere, it counts against the caller's reveal limit (C3 D10), and a caller without
 * reveals left gets 429 before any check, whatever the ID number.
 */
async function guardDuplicate<T>(
  ctx: AppContext,
  actor: SessionUser,
  where: { gridId: number; gridPath: string; topRegionId: number },
  requestId: string,
  work: () => Promise<T>,
): Promise<T> {
  const target = { entity: 'resident' as const, entityId: null, field: 'idNumber', ...where };
  // one sealed lookup of an account at a time (in this process): the room checked is the room charged
  return sealedLookupsOf(actor, async () => {
    await assertRevealRoom(ctx, actor, target, requestId);
    try {
      return await work();
    } catch (e) {
      if (!(e instanceof IdNumberRegistered) && !isDuplicateIdNumberClash(e)) throw e;
      // charged whatever the room now: a 429 here would tell a registered number from a new one
      await chargeSealedLookup(ctx, actor, target, 1, 'id-number-registered', requestId, 'always');
      throw validationFailed([DUPLICATE_ID_NUMBER]);
    }
  });
}

function newResidentValues(ctx: AppContext, body: CreateResidentBody, today: string, problems: FieldProblem[]): repo.ResidentValues {
  const birthProblem = dateProblem(body.birthDate, today, 'body.birthDate');
  if (birthProblem) problems.push(birthProblem);
  const expect = { birthDate: birthProblem ? undefined : body.birthDate, sex: body.sex, today };
  return {
    name: body.name.trim(),
    sex: body.sex,
    birthDate: body.birthDate,
    idNumber: body.idNumber ? sealIdNumber(ctx.sealed, body.idNumber, expect, problems) : null,
    phone: body.phone ? sealPhone(ctx.sealed, body.phone, problems) : null,
    tags: body.tags ?? [],
    economicSituation: body.economicSituation ?? null,
    skills: body.skills ?? null,
    views: body.views ?? null,
    socialRelations: body.socialRelations ?? null,
    notes: body.notes ?? null,
  };
}

export async function addResident(
  ctx: AppContext,
  actor: SessionUser,
  householdId: number,
  body: CreateResidentBody,
  key: IdempotencyKey | null,
  requestId: string,
): Promise<StoredResponse> {
  const h = await getHouseholdInScope(ctx.db, actor, householdId);
  const now = ctx.clock();
  const today = shanghaiDate(now);
  const problems: FieldProblem[] = [];
  const values = newResidentValues(ctx, body, today, problems);
  const joinedOn = body.joinedOn ?? today;
  const joinedProblem =
    dateProblem(joinedOn, today, 'body.joinedOn') ??
    (joinedOn < body.birthDate ? { field: 'body.joinedOn', message: 'must not be before the birth date' } : null);
  if (joinedProblem) problems.push(joinedProblem);
  problems.push(...tagProblems(values.tags, await activeTags(ctx.db)));
  throwIfAny(problems);
  assertCan(actor, 'household.edit', { path: parsePath(h.gridPath) });
  const write = () =>
    runIdempotent(ctx.db, key, now, async (trx) => {
      if (values.idNumber && (await repo.unsafeIdNumberTaken(trx, values.idNumber.hash))) throw new IdNumberRegistered();
      const id = await repo.insertResident(trx, h, values, actor.id, now);
      const relation = body.relation ?? null;
      await repo.insertMembership(trx, { household: h, residentId: id, relation, joinedOn, by: actor.id });
      await writeAudit(trx, {
        actorId: actor.id,
        action: 'resident.create',
        entity: 'resident',
        entityId: id,
        regionId: h.gridId,
        topRegionId: h.topRegionId,
        after: { householdId: h.id, relation, joinedOn, ...auditValues(values) },
        requestId,
      });
      return { status: 201, body: await residentView(trx, { topRegionId: h.topRegionId, id }) };
    });
  return values.idNumber ? guardDuplicate(ctx, actor, h, requestId, write) : write();
}

/** The checks of a PATCH; changing birth date or sex alone is checked against the stored ID number. */
async function residentPatch(
  ctx: AppContext,
  r: repo.ResidentInScope,
  body: UpdateResidentBody,
  today: string,
): Promise<repo.ResidentPatch> {
  const problems: FieldProblem[] = [];
  const birthProblem = body.birthDate !== undefined ? dateProblem(body.birthDate, today, 'body.birthDate') : null;
  if (birthProblem) problems.push(birthProblem);
  const expect = { birthDate: body.birthDate ?? r.birthDate, sex: body.sex ?? r.sex, today };
  const patch: repo.ResidentPatch = {
    name: body.name?.trim(),
    sex: body.sex,
    birthDate: body.birthDate,
    tags: body.tags,
    economicSituation: body.economicSituation,
    skills: body.skills,
    views: body.views,
    socialRelations: body.socialRelations,
    notes: body.notes,
  };
  if (body.idNumber) patch.idNumber = sealIdNumber(ctx.sealed, body.idNumber, expect, problems);
  else if (body.idNumber === null) patch.idNumber = null;
  else if (!birthProblem && r.idNumberMask !== null && (body.birthDate !== undefined || body.sex !== undefined)) {
    const stored = await repo.readSealedValue(ctx.db, r, 'idNumber');
    const field = body.birthDate !== undefined ? 'body.birthDate' : 'body.sex';
    const problem = stored ? idNumberAgreementProblem(ctx.sealed.open('idNumber', stored), expect, field) : null;
    if (problem) problems.push({ ...problem, message: `disagrees with the resident's ID number (${problem.message})` });
  }
  if (body.phone) patch.phone = sealPhone(ctx.sealed, body.phone, problems);
  else if (body.phone === null) patch.phone = null;
  if (body.tags) problems.push(...tagProblems(body.tags, await activeTags(ctx.db), r.tags));
  throwIfAny(problems);
  return patch;
}

export async function updateResident(ctx: AppContext, actor: SessionUser, id: number, body: UpdateResidentBody, requestId: string) {
  const r = await repo.getResidentInScope(ctx.db, actor, id);
  const now = ctx.clock();
  const patch = await residentPatch(ctx, r, body, shanghaiDate(now));
  assertCan(actor, 'household.edit', { path: parsePath(r.gridPath) });
  const write = () =>
    ctx.db.transaction().execute(async (trx) => {
      if (patch.idNumber && r.status === 'current' && (await repo.unsafeIdNumberTaken(trx, patch.idNumber.hash, r)))
        throw new IdNumberRegistered();
      await repo.updateResident(trx, r, body.expectedVersion, patch, now);
      const before = { name: r.name, sex: r.sex, birthDate: r.birthDate, idNumber: r.idNumberMask, phone: r.phoneMask, tags: r.tags };
      await writeAudit(trx, {
        actorId: actor.id,
        action: 'resident.update',
        entity: 'resident',
        entityId: id,
        regionId: r.gridId,
        topRegionId: r.topRegionId,
        before,
        after: auditValues(patch),
        requestId,
      });
    });
  const where = { gridId: r.gridId, gridPath: r.gridPath, topRegionId: r.topRegionId };
  await (patch.idNumber ? guardDuplicate(ctx, actor, where, requestId, write) : write());
  return residentView(ctx.db, r);
}

/**
 * `POST /residents/:id/reveal`: one value of one resident, in clear, to the roles of the contract;
 * every reveal is an audit row (who, which resident, which field), never the value itself; at most
 * the policy's reveal limit per account (C3, D10: modules/privacy/reveal-limit.ts).
 */
export async function revealResident(ctx: AppContext, actor: SessionUser, id: number, field: 'idNumber' | 'phone', requestId: string) {
  const r = await repo.getResidentInScope(ctx.db, actor, id);
  assertCan(actor, field === 'idNumber' ? 'resident.reveal-id-number' : 'resident.reveal-phone', { path: parsePath(r.gridPath) });
  const target = { entity: 'resident' as const, entityId: id, field, gridId: r.gridId, gridPath: r.gridPath, topRegionId: r.topRegionId };
  return withinRevealLimit(ctx, actor, target, requestId, async (trx) => {
    const sealed = await repo.readSealedValue(trx, r, field);
    const value = sealed ? ctx.sealed.open(field, sealed) : null;
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'resident.reveal',
      entity: 'resident',
      entityId: id,
      regionId: r.gridId,
      topRegionId: r.topRegionId,
      after: { field, present: value !== null },
      requestId,
    });
    return { residentId: id, field, value };
  });
}
