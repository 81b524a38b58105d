/**
 * Annotations (A9.2: the hotline register is never edited, only annotated; C8: supervision notes,
 * reminders to the people handling a case, and the "hot" flag the monthly analysis counts).
 * Append-only. A reminder notifies the case's owner and handler, delivered once it is committed.
 * Who may add which kind is the registry's `case.annotate-<kind>` actions (core/access), behind both
 * the check and the case's `abilities.annotate`.
 */
import { assertCan } from '@gridwork/core';
import type { AppContext } from '../../context';
import type { SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { deliverNotices } from '../notifications/notices';
import { annotateAction, caseTarget, type AnnotationKind } from './case-access';
import { getCaseInScope } from './cases.repository';
import * as repo from './annotations.repository';

export async function listCaseAnnotations(ctx: AppContext, actor: SessionUser, caseId: number) {
  const row = await getCaseInScope(ctx.db, actor, caseId);
  return repo.listAnnotations(ctx.db, row.top_region_id, row.id);
}

export async function annotate(
  ctx: AppContext,
  actor: SessionUser,
  caseId: number,
  body: { kind: AnnotationKind; text: string },
  requestId: string,
) {
  const row = await getCaseInScope(ctx.db, actor, caseId);
  assertCan(actor, annotateAction(body.kind), caseTarget(row));
  const at = ctx.clock();
  const reminded =
    body.kind === 'reminder' ? [...new Set([row.owner_id, row.handler_id].filter((u): u is number => u !== null && u !== actor.id))] : [];
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertAnnotation(trx, {
      topRegionId: row.top_region_id,
      caseId: row.id,
      kind: body.kind,
      text: body.text,
      actorId: actor.id,
      at,
    });
    await repo.insertReminders(
      trx,
      { topRegionId: row.top_region_id, caseId: row.id, annotationId: id, title: row.title, text: body.text, at },
      reminded,
    );
    await writeAudit(trx, {
      actorId: actor.id,
      action: `case.annotate.${body.kind}`,
      entity: 'case',
      entityId: row.id,
      regionId: row.grid_id,
      topRegionId: row.top_region_id,
      after: { annotationId: id, kind: body.kind, text: body.text },
      requestId,
    });
  });
  if (reminded.length > 0) await deliverNotices(ctx);
  return repo.listAnnotations(ctx.db, row.top_region_id, row.id);
}
