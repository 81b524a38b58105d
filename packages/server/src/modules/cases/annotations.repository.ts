/** SQL of case annotations (append-only) and the reminder notices they raise. */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';

export interface AnnotationRow {
  id: number;
  kind: string;
  text: string;
  actor: { id: number; name: string };
  at: string;
}

export async function listAnnotations(db: Kysely<DB>, topRegionId: number, caseId: number): Promise<AnnotationRow[]> {
  const rows = await db
    .selectFrom('case_annotations as a')
    .innerJoin('users as u', 'u.id', 'a.actor_id')
    .select(['a.id', 'a.kind', 'a.text', 'a.actor_id', 'u.display_name', 'a.at'])
    .where('a.top_region_id', '=', topRegionId)
    .where('a.case_id', '=', caseId)
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    text: r.text,
    actor: { id: r.actor_id, name: r.display_name },
    at: r.at.toISOString(),
  }));
}

export async function insertAnnotation(
  trx: Transaction<DB>,
  a: { topRegionId: number; caseId: number; kind: string; text: string; actorId: number; at: Date },
): Promise<number> {
  const { id } = await trx
    .insertInto('case_annotations')
    .values({ top_region_id: a.topRegionId, case_id: a.caseId, kind: a.kind, text: a.text, actor_id: a.actorId, at: a.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** One `case-reminder` notice per recipient (deduplicated per annotation). */
export async function insertReminders(
  trx: Transaction<DB>,
  r: { topRegionId: number; caseId: number; annotationId: number; title: string; text: string; at: Date },
  userIds: readonly number[],
): Promise<void> {
  for (const userId of userIds) {
    await trx
      .insertInto('notifications')
      .values({
        top_region_id: r.topRegionId,
        user_id: userId,
        case_id: r.caseId,
        subject_kind: 'case',
        subject_id: r.caseId,
        kind: 'case-reminder',
        dedupe_key: `reminder:${r.annotationId}`,
        at: r.at,
        payload: JSON.stringify({ title: r.title, text: r.text }),
      })
      .execute();
  }
}
