/**
 * The verification form (A8.2, A8.3): every recorded field is answered `confirmed` or `corrected`.
 * Corrections of plain fields (address, housing, landlord; name, sex, birth date, tags) are applied
 * to the registry in the same transaction as the result, through the households repositories
 * (version bumps, audit rows). Sealed fields (ID number, phone: C3, D10) are only flagged: the form
 * never carries their value. A corrected relation is kept on the result for follow-up.
 */
import { assertCan, DomainError } from '@gridwork/core';
import { shanghaiDate } from '@gridwork/core/calendar';
import {
  checkFormAnswers,
  discrepancyCount,
  FOLLOW_UP_FORM_FIELDS,
  formFieldKeys,
  parseFormField,
  type FieldAnswer,
} from '@gridwork/core/households';
import { formAction } from './task-action';
import type { AppContext } from '../../context';
import { versionConflict } from '../../db/versioned';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { updateHousehold, type HouseholdPatch } from '../households/households.repository';
import { throwIfAny, type FieldProblem } from '../households/resident-input';
import { updateResident, type ResidentPatch } from '../households/residents.repository';
import { correctionProblems, normalized } from './result-checks';
import * as repo from './tasks.repository';
import { formSubject, recordedValue, taskDetail } from './tasks.service';
import type { ResultBody, ResultField } from './verification.schemas';

const MAX_AHEAD_MS = 5 * 60_000;

function checkedAtProblems(checkedAt: Date, now: Date, drawnAt: Date): FieldProblem[] {
  if (checkedAt.getTime() > now.getTime() + MAX_AHEAD_MS) return [{ field: 'body.checkedAt', message: 'must not be in the future' }];
  if (checkedAt.getTime() < drawnAt.getTime()) return [{ field: 'body.checkedAt', message: 'must not be before the draw' }];
  return [];
}

/** The result rows, and the household and resident patches that apply the corrections. */
function planResult(answers: readonly FieldAnswer[], before: (key: string) => unknown) {
  const householdPatch: HouseholdPatch = {};
  const residentPatches = new Map<number, ResidentPatch>();
  const fields: ResultField[] = answers.map((a) => {
    const f = parseFormField(a.field)!;
    const corrected = a.outcome === 'corrected';
    const followUp = corrected && FOLLOW_UP_FORM_FIELDS.includes(f.name);
    const applied = corrected && !followUp;
    const value = corrected && a.correctedValue !== undefined ? normalized(f.name, a.correctedValue) : undefined;
    if (applied && f.scope === 'household') Object.assign(householdPatch, { [f.name]: value });
    if (applied && f.scope === 'resident') residentPatches.set(f.residentId, { ...residentPatches.get(f.residentId), [f.name]: value });
    return {
      field: a.field,
      outcome: a.outcome,
      before: before(a.field),
      applied,
      followUp,
      ...(value !== undefined ? { correctedValue: value } : {}),
      ...(a.note ? { note: a.note } : {}),
    };
  });
  return { fields, householdPatch, residentPatches };
}

/** `POST /verification/tasks/:id/result`: checks, then one transaction for the result and the corrections. */
export async function submitResult(ctx: AppContext, actor: SessionUser, id: number, body: ResultBody, requestId: string) {
  const t = await repo.getTaskInScope(ctx.db, actor, id);
  const now = ctx.clock();
  const today = shanghaiDate(now);
  const { household: h, members } = await formSubject(ctx.db, actor, t.householdId);
  const answers = body.fields as FieldAnswer[];
  const problems: FieldProblem[] = checkFormAnswers(formFieldKeys(members.map((m) => m.id)), answers).map((p) => ({
    ...p,
    field: `body.${p.field}`,
  }));
  problems.push(...checkedAtProblems(new Date(body.checkedAt), now, t.drawCreatedAt));
  if (problems.length === 0) problems.push(...(await correctionProblems(ctx, answers, h, members, today)));
  throwIfAny(problems);
  assertCan(actor, formAction(t.kind), { path: parsePath(t.gridPath) });
  if (t.version !== body.expectedVersion) throw versionConflict('verification task', id);
  if (t.status !== 'pending') throw new DomainError('ACTION_NOT_ALLOWED', `the task is ${t.status}`, { allowed: [] });

  const plan = planResult(answers, (key) => recordedValue(h, members, key));
  const discrepancies = discrepancyCount(answers);
  const followUps = plan.fields.filter((f) => f.followUp).length;
  const source = { verificationTaskId: id };
  await ctx.db.transaction().execute(async (trx) => {
    await repo.completeTask(trx, t, body.expectedVersion, {
      result: { fields: plan.fields, note: body.note?.trim() || null },
      discrepancies,
      followUps,
      checkedAt: new Date(body.checkedAt),
      completedBy: actor.id,
      completedAt: now,
    });
    if (Object.keys(plan.householdPatch).length > 0) {
      await updateHousehold(trx, h, h.version, plan.householdPatch, now);
      await writeAudit(trx, {
        actorId: actor.id,
        action: 'household.update',
        entity: 'household',
        entityId: h.id,
        regionId: h.gridId,
        topRegionId: h.topRegionId,
        before: { address: h.address, housing: h.housing, landlord: h.landlord },
        after: { ...plan.householdPatch, source },
        requestId,
      });
    }
    for (const [residentId, patch] of plan.residentPatches) {
      const m = members.find((x) => x.id === residentId)!;
      await updateResident(trx, m, m.version, patch, now);
      await writeAudit(trx, {
        actorId: actor.id,
        action: 'resident.update',
        entity: 'resident',
        entityId: residentId,
        regionId: h.gridId,
        topRegionId: h.topRegionId,
        before: { name: m.name, sex: m.sex, birthDate: m.birthDate, tags: m.tags },
        after: { ...patch, source },
        requestId,
      });
    }
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'verification.result',
      entity: 'verification-task',
      entityId: id,
      regionId: t.gridId,
      topRegionId: t.topRegionId,
      after: {
        householdId: h.id,
        discrepancies,
        followUps,
        corrected: plan.fields.filter((f) => f.outcome === 'corrected').map((f) => f.field),
      },
      requestId,
    });
  });
  return taskDetail(ctx.db, actor, await repo.getTaskInScope(ctx.db, actor, id), today);
}
