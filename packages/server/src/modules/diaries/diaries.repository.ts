/** SQL of field diaries (A5): entries, reviews, month selections. */
import { DomainError, listAccessOf, type Actor } from '@gridwork/core';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { DiariesTable } from '../../db/schema-team';
import { whereInScope } from '../../db/scope';

type Db = Kysely<DB> | Transaction<DB>;
export type DiaryRow = Selectable<DiariesTable> & { author_name: string; region_name: string };

function base(db: Db) {
  return db
    .selectFrom('diaries as d')
    .innerJoin('users as u', 'u.id', 'd.author_id')
    .innerJoin('regions as r', 'r.id', 'd.region_id')
    .selectAll('d')
    .select(['u.display_name as author_name', 'r.name as region_name']);
}

/** The entry, whoever may read it (the caller checks with `can`). */
export async function findDiary(db: Db, id: number): Promise<DiaryRow | undefined> {
  return (await base(db).where('d.id', '=', id).executeTakeFirst()) as DiaryRow | undefined;
}

export interface DiaryFilter {
  userId?: number;
  regionPath?: string;
  from?: Date;
  to?: Date;
  selected?: boolean;
  limit: number;
  offset: number;
}

/** Entries the actor may read (A5.6: reviewers in scope, or the author), newest first. */
export async function listDiaries(db: Db, actor: Actor, f: DiaryFilter): Promise<{ total: number; rows: DiaryRow[] }> {
  const { scoped, relations } = listAccessOf(actor, 'diary.read');
  let q = base(db).where((eb) =>
    eb.or([whereInScope(eb, scoped, 'd.region_path'), ...(relations.includes('author') ? [eb('d.author_id', '=', actor.id)] : [])]),
  );
  if (f.userId !== undefined) q = q.where('d.author_id', '=', f.userId);
  if (f.regionPath !== undefined) q = q.where('d.region_path', 'like', `${f.regionPath}%`);
  if (f.from) q = q.where('d.occurred_at', '>=', f.from);
  if (f.to) q = q.where('d.occurred_at', '<', f.to);
  if (f.selected) {
    q = q.where((eb) =>
      eb.exists(
        eb.selectFrom('diary_selections as s').select('s.diary_id').whereRef('s.diary_id', '=', 'd.id').where('s.status', '=', 'selected'),
      ),
    );
  }
  const total = await q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q.orderBy('d.occurred_at', 'desc').orderBy('d.id', 'desc').limit(f.limit).offset(f.offset).execute();
  return { total: total.n, rows: rows as DiaryRow[] };
}

export type NewDiary = Omit<DiariesTable, 'id' | 'back_entered' | 'version' | 'updated_at'> & { back_entered: boolean };

export async function insertDiary(trx: Transaction<DB>, d: NewDiary): Promise<number> {
  const row = await trx
    .insertInto('diaries')
    .values({ ...d, updated_at: d.created_at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDiary(
  trx: Transaction<DB>,
  id: number,
  expectedVersion: number,
  fields: Partial<
    Pick<DiariesTable, 'place' | 'people' | 'content' | 'background' | 'cause' | 'suggestions' | 'solution' | 'outcome' | 'reflection'>
  >,
  now: Date,
): Promise<boolean> {
  const res = await trx
    .updateTable('diaries')
    .set({ ...fields, version: sql`version + 1`, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function listReviews(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('diary_reviews as v')
    .innerJoin('users as u', 'u.id', 'v.reviewer_id')
    .select(['v.id', 'v.diary_id', 'v.reviewer_id', 'u.display_name as reviewer_name', 'v.comment', 'v.created_at'])
    .where('v.diary_id', 'in', ids)
    .orderBy('v.id')
    .execute();
}

export async function insertReview(trx: Transaction<DB>, diaryId: number, reviewerId: number, comment: string, now: Date): Promise<void> {
  await trx.insertInto('diary_reviews').values({ diary_id: diaryId, reviewer_id: reviewerId, comment, created_at: now }).execute();
}

export async function listSelections(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('diary_selections as s')
    .innerJoin('users as u', 'u.id', 's.by_id')
    .select(['s.diary_id', 's.month', 's.status', 's.by_id', 'u.display_name as by_name', 's.at'])
    .where('s.diary_id', 'in', ids)
    .orderBy('s.month')
    .execute();
}

/** Shortlists or selects for a month; a selection is never turned back into a shortlisting. */
export async function upsertSelection(
  trx: Transaction<DB>,
  s: { diaryId: number; month: string; status: 'shortlisted' | 'selected'; authorId: number; byId: number; at: Date },
): Promise<void> {
  await trx
    .insertInto('diary_selections')
    .values({ diary_id: s.diaryId, month: s.month, status: s.status, author_id: s.authorId, by_id: s.byId, at: s.at })
    .onConflict((oc) =>
      oc
        .columns(['diary_id', 'month'])
        .doUpdateSet({ status: s.status, by_id: s.byId, at: s.at })
        .where('diary_selections.status', '=', 'shortlisted'),
    )
    .execute();
}

/** The instants of a user's entries in [from, to), for the weekly obligation (A5.2). */
export async function listEntryTimes(db: Db, userId: number, from: Date, to: Date): Promise<Date[]> {
  const rows = await db
    .selectFrom('diaries')
    .select('occurred_at')
    .where('author_id', '=', userId)
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to)
    .execute();
  return rows.map((r) => r.occurred_at);
}

/** A visit the actor may read (through its household's grid), for links from an entry; 404 otherwise. */
export async function getVisitInScope(db: Db, actor: Actor, id: number): Promise<void> {
  const row = await db
    .selectFrom('visits as v')
    .innerJoin('households as h', (j) => j.onRef('h.id', '=', 'v.household_id').onRef('h.top_region_id', '=', 'v.top_region_id'))
    .select('v.id')
    .where('v.id', '=', id)
    .where((eb) => whereInScope(eb, actor, 'h.grid_path'))
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', `visit ${id} not found`);
}
