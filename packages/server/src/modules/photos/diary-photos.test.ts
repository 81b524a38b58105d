import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { jpegOf, realJpeg, realPng } from './photos.test-helpers';

const now = new Date('2027-01-05T10:00:00+08:00');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

// Photos of field diary entries (issue "Team operations" item 1: "an entry has ... photos"): the same
// rules as visit photos (type by magic bytes, 9 per entry, Idempotency-Key), added by whoever may edit the
// entry (diary.edit: its author) and seen by whoever may read it (A5.6: reviewers in scope, or the author).
describe.each(DB_KINDS)('photos of diary entries (A5.1) on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now });
  });
  afterAll(() => t.close());

  const newEntry = async (user = 'worker1', extra: Record<string, unknown> = {}) => {
    const payload = { occurredAt: '2027-01-05T09:00:00+08:00', place: '幸福里3号楼', people: '张大爷', content: '走访独居老人', ...extra };
    const res = await t.call(user, { method: 'POST', url: '/api/v1/diaries', payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  const upload = (user: string, id: number, body: Buffer | string, type = 'image/jpeg', headers: Record<string, string> = {}) =>
    t.call(user, { method: 'POST', url: `/api/v1/diaries/${id}/photos`, payload: body, headers: { 'content-type': type, ...headers } });
  const list = (user: string, id: number) => t.call(user, { method: 'GET', url: `/api/v1/diaries/${id}/photos` });
  const bytesOf = (user: string, photoId: number) => t.call(user, { method: 'GET', url: `/api/v1/photos/${photoId}` });

  it('A5.1 the author uploads a photo: 201, listed for the author and for a reviewer in scope, the bytes served to both', async () => {
    const id = await newEntry();
    const res = await upload('worker1', id, await realPng(64, 48), 'image/png');
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json();
    expect(photo).toMatchObject({
      contentType: 'image/png',
      width: 64,
      height: 48,
      uploadedBy: { id: t.fx.users.worker1 },
      url: `/api/v1/photos/${photo.id}`,
      uploadedAt: '2027-01-05T10:00:00.000+08:00',
    });
    for (const user of ['worker1', 'leader', 'station', 'lead']) {
      const listed = await list(user, id);
      expect(listed.statusCode, user).toBe(200);
      expect(listed.json(), user).toEqual([photo]);
      const got = await bytesOf(user, photo.id);
      expect(got.statusCode, user).toBe(200);
      expect(got.headers['content-type']).toBe('image/png');
      expect(sha(got.rawPayload)).toBe(photo.sha256);
    }
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['entity', 'entity_id', 'after'])
      .where('action', '=', 'diary.photo-add')
      .execute();
    expect(audit).toEqual([
      {
        entity: 'diary',
        entity_id: String(id),
        after: { photoId: photo.id, contentType: 'image/png', size: photo.size, sha256: photo.sha256 },
      },
    ]);
  });

  it('A5.6 for whoever may not read the entry the upload, the list and the photo are 404 (another worker, hotline, town)', async () => {
    const id = await newEntry();
    const photo = (await upload('worker1', id, await realJpeg())).json();
    for (const user of ['worker2', 'hotline', 'townworker']) {
      expect((await upload(user, id, jpegOf())).statusCode, user).toBe(404);
      expect((await list(user, id)).statusCode, user).toBe(404);
      const got = await bytesOf(user, photo.id);
      expect(got.statusCode, user).toBe(404);
      expect(got.json().error.code).toBe('NOT_FOUND');
    }
    expect((await upload('worker1', 999_999, jpegOf())).statusCode).toBe(404);
    expect((await list('worker1', 999_999)).statusCode).toBe(404);
    expect((await t.call(null, { method: 'GET', url: `/api/v1/photos/${photo.id}` })).statusCode).toBe(401);
    expect((await list('worker1', id)).json()).toHaveLength(1);
  });

  it('A5.6 a reviewer who may read the entry may not add to it (403, diary.edit); nor may the back-entry staff who wrote it', async () => {
    const id = await newEntry();
    for (const user of ['leader', 'station', 'lead']) {
      const res = await upload(user, id, await realJpeg());
      expect(res.statusCode, `${user} ${res.body}`).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    const transcribed = await newEntry('station', { occurredAt: '2026-12-01T09:00:00+08:00', authorId: t.fx.users.worker1 });
    expect((await upload('station', transcribed, await realJpeg())).statusCode).toBe(403);
    expect((await upload('worker1', transcribed, await realJpeg())).statusCode).toBe(201);
    expect((await list('worker1', id)).json()).toEqual([]);
  });

  it('A5.1 at most 9 photos an entry: the 10th → 409 PHOTO_LIMIT_REACHED and nothing stored; the type is checked (415)', async () => {
    const id = await newEntry();
    for (let i = 0; i < 9; i++) {
      const res = await upload('worker1', id, await realJpeg({ width: 16, height: 16, seed: i }));
      expect(res.statusCode, res.body).toBe(201);
    }
    const tenth = await upload('worker1', id, await realJpeg({ width: 16, height: 16, seed: 10 }));
    expect(tenth.statusCode).toBe(409);
    expect(tenth.json().error).toMatchObject({ code: 'PHOTO_LIMIT_REACHED', details: { max: 9, count: 9 } });
    expect((await list('worker1', id)).json()).toHaveLength(9);
    const other = await newEntry();
    const wrongType = await upload('worker1', other, Buffer.from('not really a picture'));
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const empty = await t.call('worker1', { method: 'POST', url: `/api/v1/diaries/${other}/photos` });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'body' }] });
    expect((await t.call('worker1', { method: 'GET', url: '/api/v1/diaries/abc/photos' })).statusCode).toBe(404);
    expect((await list('worker1', other)).json()).toEqual([]);
  });

  it('A5.5 an entry selected excellent is kept as judged: no more photos (409 ACTION_NOT_ALLOWED)', async () => {
    const id = await newEntry();
    const selected = await t.call('lead', { method: 'POST', url: `/api/v1/diaries/${id}/select`, payload: { month: '2027-01' } });
    expect(selected.statusCode, selected.body).toBe(200);
    const res = await upload('worker1', id, await realJpeg());
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ACTION_NOT_ALLOWED');
    expect((await list('worker1', id)).json()).toEqual([]);
  });

  it('Idempotency-Key: a retried upload stores the photo once', async () => {
    const id = await newEntry();
    const bytes = await realJpeg({ size: 4000 });
    const headers = { 'idempotency-key': 'diary-photo-retry-1' };
    const first = await upload('worker1', id, bytes, 'image/jpeg', headers);
    const second = await upload('worker1', id, bytes, 'image/jpeg', headers);
    expect(first.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect((await list('worker1', id)).json()).toHaveLength(1);
  });
});
