import { DomainError, type Actor } from '@gridwork/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { PhotosTable } from '../../db/schema-photos';
import { whereInScope } from '../../db/scope';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * What owns a photo: a case, a visit or a diary entry, with the region it lies in (scope, permissions
 * and the audit row): the grid of a case or visit, the team region of a diary entry.
 */
export interface PhotoOwner {
  kind: 'case' | 'visit' | 'diary';
  topRegionId: number;
  id: number;
  gridId: number;
  gridPath: string;
}

export interface PhotoMeta {
  id: number;
  contentType: PhotosTable['content_type'];
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  uploadedBy: { id: number; name: string };
  uploadedAt: Date;
}

const OWNER_COLUMN = { case: 'case_id', visit: 'visit_id', diary: 'diary_id' } as const;
const OWNER_TABLE = { case: 'cases', visit: 'visits', diary: 'diaries' } as const;

/** A visit if its household lies in the actor's scope, else 404 (no existence leak). */
export async function getVisitOwnerInScope(db: Db, actor: Actor, id: number): Promise<PhotoOwner> {
  const row = await db
    .selectFrom('visits as v')
    .innerJoin('households as h', (j) => j.onRef('h.top_region_id', '=', 'v.top_region_id').onRef('h.id', '=', 'v.household_id'))
    .select(['v.top_region_id as topRegionId', 'v.id', 'h.grid_id as gridId', 'h.grid_path as gridPath'])
    .where('v.id', '=', id)
    .where((eb) => whereInScope(eb, actor, 'h.grid_path'))
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', `visit ${id} not found`);
  return { kind: 'visit', ...row };
}

/** Locks the owner's row for the rest of the transaction: uploads to one owner are counted one at a time. */
export async function lockOwner(trx: Transaction<DB>, owner: PhotoOwner): Promise<void> {
  const table = sql.table(OWNER_TABLE[owner.kind]);
  await sql`SELECT 1 FROM ${table} WHERE top_region_id = ${owner.topRegionId} AND id = ${owner.id} FOR UPDATE`.execute(trx);
}

export async function countPhotos(db: Db, owner: PhotoOwner): Promise<number> {
  const row = await db
    .selectFrom('photos')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('top_region_id', '=', owner.topRegionId)
    .where(OWNER_COLUMN[owner.kind], '=', owner.id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface NewPhoto {
  contentType: PhotosTable['content_type'];
  sha256: string;
  width: number | null;
  height: number | null;
  data: Buffer;
  uploadedBy: number;
  uploadedAt: Date;
}

export async function insertPhoto(trx: Transaction<DB>, owner: PhotoOwner, p: NewPhoto): Promise<number> {
  const { id } = await trx
    .insertInto('photos')
    .values({
      top_region_id: owner.topRegionId,
      case_id: owner.kind === 'case' ? owner.id : null,
      visit_id: owner.kind === 'visit' ? owner.id : null,
      diary_id: owner.kind === 'diary' ? owner.id : null,
      content_type: p.contentType,
      size: p.data.length,
      sha256: p.sha256,
      width: p.width,
      height: p.height,
      data: p.data,
      uploaded_by: p.uploadedBy,
      uploaded_at: p.uploadedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(id);
}

/** The owner's photos without their bytes, oldest first. */
export async function listPhotoMeta(db: Db, owner: Pick<PhotoOwner, 'kind' | 'topRegionId' | 'id'>): Promise<PhotoMeta[]> {
  const rows = await db
    .selectFrom('photos as p')
    .innerJoin('users as u', 'u.id', 'p.uploaded_by')
    .select(['p.id', 'p.content_type', 'p.size', 'p.sha256', 'p.width', 'p.height', 'p.uploaded_by', 'u.display_name', 'p.uploaded_at'])
    .where('p.top_region_id', '=', owner.topRegionId)
    .where(`p.${OWNER_COLUMN[owner.kind]}`, '=', owner.id)
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    contentType: r.content_type,
    size: r.size,
    sha256: r.sha256,
    width: r.width,
    height: r.height,
    uploadedBy: { id: r.uploaded_by, name: r.display_name },
    uploadedAt: r.uploaded_at,
  }));
}

/** Unscoped: the caller checks the owner's scope before returning anything of it. */
export async function unsafeFindPhotoOwner(
  db: Db,
  id: number,
): Promise<{ topRegionId: number; caseId: number | null; visitId: number | null; diaryId: number | null } | undefined> {
  return db
    .selectFrom('photos')
    .select(['top_region_id as topRegionId', 'case_id as caseId', 'visit_id as visitId', 'diary_id as diaryId'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findPhotoBytes(
  db: Db,
  topRegionId: number,
  id: number,
): Promise<{ contentType: string; sha256: string; data: Buffer } | undefined> {
  return db
    .selectFrom('photos')
    .select(['content_type as contentType', 'sha256', 'data'])
    .where('top_region_id', '=', topRegionId)
    .where('id', '=', id)
    .executeTakeFirst();
}
