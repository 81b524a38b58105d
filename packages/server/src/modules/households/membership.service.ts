/**
 * The end of a membership (A11.1; issue 4 item 1): a move to another household (in this or another
 * grid of the same street/town), a move-out or a death closes the open membership with a date and a
 * reason. Nothing is deleted: the history stays on the household.
 */
import { assertCan, DomainError } from '@gridwork/core';
import { shanghaiDate } from '@gridwork/core/calendar';
import type { AppContext } from '../../context';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { getHouseholdInScope, type HouseholdRow } from './households.repository';
import { dateProblem, throwIfAny, type FieldProblem } from './resident-input';
import * as repo from './residents.repository';
import type { EndMembershipBody } from './residents.schemas';
import { residentView } from './residents.service';
import { versionConflict } from '../../db/versioned';

async function targetOf(ctx: AppContext, actor: SessionUser, r: repo.ResidentInScope, body: EndMembershipBody, problems: FieldProblem[]) {
  if (body.reason !== 'moved') {
    if (body.toHouseholdId !== undefined) problems.push({ field: 'body.toHouseholdId', message: 'only a move names the new household' });
    return null;
  }
  if (body.toHouseholdId === undefined) {
    problems.push({ field: 'body.toHouseholdId', message: 'a move needs the new household (for a move away, use moved-out)' });
    return null;
  }
  const target = await getHouseholdInScope(ctx.db, actor, body.toHouseholdId);
  if (target.id === r.householdId) problems.push({ field: 'body.toHouseholdId', message: 'must be another household' });
  else if (target.topRegionId !== r.topRegionId) {
    problems.push({
      field: 'body.toHouseholdId',
      message: 'a move to another street or town is recorded as moved-out here and registered there',
    });
  }
  return target;
}

export async function endMembership(ctx: AppContext, actor: SessionUser, id: number, body: EndMembershipBody, requestId: string) {
  const r = await repo.getResidentInScope(ctx.db, actor, id);
  const now = ctx.clock();
  const problems: FieldProblem[] = [];
  const dateIssue = dateProblem(body.on, shanghaiDate(now), 'body.on');
  if (dateIssue) problems.push(dateIssue);
  const target: HouseholdRow | null = await targetOf(ctx, actor, r, body, problems);
  const open = await repo.findOpenMembership(ctx.db, r);
  if (open && !dateIssue && body.on < open.joinedOn)
    problems.push({ field: 'body.on', message: 'must not be before the resident joined the household' });
  throwIfAny(problems);
  assertCan(actor, 'household.edit', { path: parsePath(r.gridPath) });
  if (target) assertCan(actor, 'household.edit', { path: parsePath(target.gridPath) });
  if (r.version !== body.expectedVersion) throw versionConflict('resident', id);
  if (!open) throw new DomainError('ACTION_NOT_ALLOWED', 'the resident belongs to no household any more', { allowed: [] });
  await ctx.db.transaction().execute(async (trx) => {
    const status = body.reason === 'moved' ? 'current' : body.reason;
    await repo.updateResident(trx, r, body.expectedVersion, { status, householdId: target?.id }, now);
    await repo.closeMembership(trx, r, {
      membershipId: open.id,
      leftOn: body.on,
      reason: body.reason,
      note: body.note ?? null,
      movedTo: target?.id ?? null,
      by: actor.id,
    });
    if (target)
      await repo.insertMembership(trx, {
        household: target,
        residentId: r.id,
        relation: body.relation ?? null,
        joinedOn: body.on,
        by: actor.id,
      });
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'resident.membership-end',
      entity: 'resident',
      entityId: id,
      regionId: r.gridId,
      topRegionId: r.topRegionId,
      before: { householdId: open.householdId, joinedOn: open.joinedOn },
      after: { reason: body.reason, on: body.on, toHouseholdId: target?.id ?? null, note: body.note ?? null },
      requestId,
    });
  });
  return residentView(ctx.db, r);
}
