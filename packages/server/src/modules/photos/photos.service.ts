/**
 * Photos of cases, visits and diary entries (issue 3 item 1, issue 4 item 4, "Team operations" item 1):
 * JPEG, PNG or WebP by their magic bytes, at most 10 MiB each and 9 per owner, decoded and stored
 * re-encoded without metadata (image-decode.ts), kept in the database. Whoever may act on the case
 * (or edit the household of the visit, or edit the diary entry) adds them; whoever sees the owner sees
 * its photos. Each upload writes its audit row (and, on a case, a timeline entry) in the same transaction.
 */
import { createHash } from 'node:crypto';
import { assertCan, DomainError } from '@gridwork/core';
import type { CaseStatus } from '@gridwork/core/cases';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { isoShanghai } from '../../lib/time';
import { runIdempotent, type IdempotencyKey, type StoredResponse } from '../../plugins/idempotency';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { caseTarget, PHOTO_FROZEN_STATUSES } from '../cases/case-access';
import { appendTimeline, getCaseInScope, type CaseRow } from '../cases/cases.repository';
import type { DiaryRow } from '../diaries/diaries.repository';
import { assertDiaryNotJudged, assertMayEditDiary, getDiaryInScope } from '../diaries/diaries.service';
import { reencodeImage, type StoredImage } from './image-decode';
import { declaredPhotoType, PHOTO_TYPES, sniffImage } from './image-type';
import * as repo from './photos.repository';
import type { PhotoMeta, PhotoOwner } from './photos.repository';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTOS_PER_OWNER = 9;

export interface Upload {
  contentType: string | undefined;
  data: Buffer | undefined;
  idempotencyKey: string | undefined;
  requestId: string;
}

export function presentPhoto(p: PhotoMeta) {
  return { ...p, url: `/api/v1/photos/${p.id}`, uploadedAt: isoShanghai(p.uploadedAt) };
}

const caseOwnerOf = (row: CaseRow): PhotoOwner => ({
  kind: 'case',
  topRegionId: row.top_region_id,
  id: row.id,
  gridId: row.grid_id,
  gridPath: row.grid_path,
});

const diaryOwnerOf = (d: DiaryRow): PhotoOwner => ({
  kind: 'diary',
  topRegionId: d.top_region_id,
  id: d.id,
  gridId: d.region_id,
  gridPath: d.region_path,
});

function assertMayAddToCase(actor: SessionUser, row: CaseRow): void {
  assertCan(actor, 'case.add-photo', caseTarget(row));
  if (PHOTO_FROZEN_STATUSES.includes(row.status))
    throw new DomainError('PHOTOS_CLOSED', `a ${row.status} case takes no more photos`, { status: row.status });
}

/**
 * The other 4xx, answered after 403 and 409 (contract order): size (413), type by magic bytes (415),
 * pixels from the header (413 IMAGE_TOO_LARGE), then a decode (415 IMAGE_UNREADABLE). Decoding runs
 * before the transaction (it takes time); its error is returned, to be thrown in the order above.
 */
async function checkImage(upload: Upload): Promise<StoredImage | DomainError> {
  const data = upload.data!;
  if (data.length > MAX_PHOTO_BYTES) {
    return new DomainError('PAYLOAD_TOO_LARGE', `a photo is at most ${MAX_PHOTO_BYTES} bytes (10 MiB)`, {
      size: data.length,
      maxBytes: MAX_PHOTO_BYTES,
    });
  }
  const declared = declaredPhotoType(upload.contentType);
  const info = sniffImage(data);
  if (!declared || !info) {
    return new DomainError('UNSUPPORTED_MEDIA_TYPE', 'a photo is a JPEG, PNG or WebP image', {
      accepted: PHOTO_TYPES,
      declared: upload.contentType ?? null,
    });
  }
  if (info.type !== declared) {
    return new DomainError('UNSUPPORTED_MEDIA_TYPE', `the bytes are ${info.type}, not ${declared}`, {
      accepted: PHOTO_TYPES,
      declared: upload.contentType,
      detected: info.type,
    });
  }
  try {
    return await reencodeImage(data, info);
  } catch (e) {
    if (e instanceof DomainError && e.code !== 'PHOTO_UPLOADS_BUSY') return e;
    throw e;
  }
}

/** Idempotency-Key over the owner and the bytes' digest (the body itself is too large to hash as JSON). */
function keyOf(actor: SessionUser, owner: PhotoOwner, upload: Upload, sha256: string): IdempotencyKey | null {
  const key = upload.idempotencyKey;
  if (!key) return null;
  const hash = createHash('sha256')
    .update(`POST ${owner.kind}/${owner.id}/photos\n${upload.contentType ?? ''}\n${sha256}`)
    .digest('base64url');
  return { userId: actor.id, key, hash };
}

/**
 * Stores the re-encoded image; ETag and `sha256` are the digest of the stored bytes. `stillOpen` checks
 * the owner again under its row lock (409 before the limit's).
 */
async function addPhoto(
  ctx: AppContext,
  actor: SessionUser,
  owner: PhotoOwner,
  upload: Upload,
  caseStatus: CaseStatus | null,
  stillOpen?: (trx: Transaction<DB>) => Promise<void>,
): Promise<StoredResponse> {
  const now = ctx.clock();
  const uploaded = createHash('sha256').update(upload.data!).digest('hex');
  const image = await checkImage(upload);
  return runIdempotent(ctx.db, keyOf(actor, owner, upload, uploaded), now, async (trx) => {
    await repo.lockOwner(trx, owner);
    await stillOpen?.(trx);
    const count = await repo.countPhotos(trx, owner);
    if (count >= MAX_PHOTOS_PER_OWNER) {
      throw new DomainError('PHOTO_LIMIT_REACHED', `a ${owner.kind} has at most ${MAX_PHOTOS_PER_OWNER} photos`, {
        max: MAX_PHOTOS_PER_OWNER,
        count,
      });
    }
    if (image instanceof DomainError) throw image;
    const sha256 = createHash('sha256').update(image.data).digest('hex');
    const id = await repo.insertPhoto(trx, owner, {
      contentType: image.type,
      sha256,
      width: image.width,
      height: image.height,
      data: image.data,
      uploadedBy: actor.id,
      uploadedAt: now,
    });
    if (owner.kind === 'case' && caseStatus) {
      await appendTimeline(trx, owner.topRegionId, owner.id, {
        action: 'photo-added',
        at: now,
        actorId: actor.id,
        fromStatus: caseStatus,
        toStatus: caseStatus,
        details: { photoId: id },
      });
    }
    const after = { photoId: id, contentType: image.type, size: image.data.length, sha256 };
    await writeAudit(trx, {
      actorId: actor.id,
      action: `${owner.kind}.photo-add`,
      entity: owner.kind,
      entityId: owner.id,
      regionId: owner.gridId,
      topRegionId: owner.topRegionId,
      after,
      requestId: upload.requestId,
    });
    const meta: PhotoMeta = {
      id,
      contentType: image.type,
      size: image.data.length,
      sha256,
      width: image.width,
      height: image.height,
      uploadedBy: { id: actor.id, name: actor.displayName },
      uploadedAt: now,
    };
    return { status: 201, body: presentPhoto(meta) };
  });
}

/** The request itself (400, before the role's 403): the bytes are there, the Idempotency-Key is not too long. */
function requireBody(upload: Upload): void {
  const problems = [
    ...(!upload.data || upload.data.length === 0 ? [{ field: 'body', message: 'a photo is required' }] : []),
    ...((upload.idempotencyKey?.length ?? 0) > 200 ? [{ field: 'header.idempotency-key', message: 'at most 200 characters' }] : []),
  ];
  if (problems.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      problems[0].field === 'body' ? 'send the image bytes as the request body' : 'Idempotency-Key is at most 200 characters',
      problems,
    );
}

export async function addCasePhoto(ctx: AppContext, actor: SessionUser, caseId: number, upload: Upload): Promise<StoredResponse> {
  const row = await getCaseInScope(ctx.db, actor, caseId);
  requireBody(upload);
  assertMayAddToCase(actor, row);
  return addPhoto(ctx, actor, caseOwnerOf(row), upload, row.status as CaseStatus);
}

export async function addVisitPhoto(ctx: AppContext, actor: SessionUser, visitId: number, upload: Upload): Promise<StoredResponse> {
  const owner = await repo.getVisitOwnerInScope(ctx.db, actor, visitId);
  requireBody(upload);
  assertCan(actor, 'photo.add-to-visit', { path: parsePath(owner.gridPath) });
  return addPhoto(ctx, actor, owner, upload, null);
}

/** A diary entry's photos are added by whoever may edit it (A5: its author), until it is selected excellent. */
export async function addDiaryPhoto(ctx: AppContext, actor: SessionUser, diaryId: number, upload: Upload): Promise<StoredResponse> {
  const d = await getDiaryInScope(ctx, actor, diaryId);
  requireBody(upload);
  assertMayEditDiary(actor, d);
  return addPhoto(ctx, actor, diaryOwnerOf(d), upload, null, (trx) => assertDiaryNotJudged(trx, d.id));
}

export async function listCasePhotos(ctx: AppContext, actor: SessionUser, caseId: number) {
  const row = await getCaseInScope(ctx.db, actor, caseId);
  return (await repo.listPhotoMeta(ctx.db, caseOwnerOf(row))).map(presentPhoto);
}

export async function listVisitPhotos(ctx: AppContext, actor: SessionUser, visitId: number) {
  const owner = await repo.getVisitOwnerInScope(ctx.db, actor, visitId);
  assertCan(actor, 'photo.read-of-visit', { path: parsePath(owner.gridPath) });
  return (await repo.listPhotoMeta(ctx.db, owner)).map(presentPhoto);
}

export async function listDiaryPhotos(ctx: AppContext, actor: SessionUser, diaryId: number) {
  const d = await getDiaryInScope(ctx, actor, diaryId);
  return (await repo.listPhotoMeta(ctx.db, diaryOwnerOf(d))).map(presentPhoto);
}

/**
 * The photo's owner when it lies in the caller's scope (else 404, as if the photo did not exist); 403 for roles that may not read visits.
 * A diary entry's photo goes to whoever may read the entry (diaries.service.ts getDiaryInScope), else 404.
 */
export async function photoRefInScope(ctx: AppContext, actor: SessionUser, id: number) {
  const ref = await repo.unsafeFindPhotoOwner(ctx.db, id);
  if (!ref) throw new DomainError('NOT_FOUND', `photo ${id} not found`);
  try {
    if (ref.caseId !== null) await getCaseInScope(ctx.db, actor, ref.caseId);
    else if (ref.diaryId !== null) await getDiaryInScope(ctx, actor, ref.diaryId);
    else
      assertCan(actor, 'photo.read-of-visit', { path: parsePath((await repo.getVisitOwnerInScope(ctx.db, actor, ref.visitId!)).gridPath) });
  } catch (e) {
    if (e instanceof DomainError && e.code === 'NOT_FOUND') throw new DomainError('NOT_FOUND', `photo ${id} not found`);
    throw e;
  }
  return ref;
}

export async function getPhotoBytes(ctx: AppContext, actor: SessionUser, id: number) {
  const ref = await photoRefInScope(ctx, actor, id);
  const photo = await repo.findPhotoBytes(ctx.db, ref.topRegionId, id);
  if (!photo) throw new DomainError('NOT_FOUND', `photo ${id} not found`);
  return { ...photo, data: Buffer.from(photo.data) };
}
