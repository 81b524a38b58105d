/**
 * The people a case's timeline names by id in its details (the handler assigned, the person a case is
 * transferred to, the first-inquiry owner before and after a hand-over, who asked for an extension, who
 * responded), with their display names, so the timeline reads "承办人：王芳" rather than a number.
 * Staff names only: the reader of the case already sees every actor's name on the same timeline.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export const PERSON_KEYS = ['handlerId', 'toUserId', 'handlerBefore', 'ownerBefore', 'ownerAfter', 'requestedBy', 'respondedBy'] as const;

/** The distinct person ids in the entries' details. */
export function personIdsOf(entries: ReadonlyArray<{ details: unknown }>): number[] {
  const ids = new Set<number>();
  for (const { details } of entries) {
    if (!details || typeof details !== 'object') continue;
    for (const key of PERSON_KEYS) {
      const v = (details as Record<string, unknown>)[key];
      if (typeof v === 'number' && Number.isInteger(v)) ids.add(v);
    }
  }
  return [...ids].sort((a, b) => a - b);
}

export async function timelinePeople(
  db: Kysely<DB>,
  entries: ReadonlyArray<{ details: unknown }>,
): Promise<Array<{ id: number; name: string | null }>> {
  const ids = personIdsOf(entries);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.display_name }));
}
