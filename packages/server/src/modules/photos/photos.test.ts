import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { createHousehold } from '../households/households.test-helpers';
import { gifOf, jpegOf, pngOf, realJpeg, realPng, realWebp } from './photos.test-helpers';

const MiB = 1024 * 1024;
const now = new Date('2026-11-02T09:00:00+08:00');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.each(DB_KINDS)('photos of cases and visits (issue 3 item 1, issue 4 item 4) on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now });
  });
  afterAll(() => t.close());

  const newCase = async (user = 'worker1') => {
    const res = await t.call(user, {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        title: '路灯不亮',
        description: '5号楼前路灯不亮',
        category: 'public-facility',
        caseClass: 'general',
        source: 'field',
        gridId: t.fx.regions.g1.id,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; version: number };
  };
  const upload = (user: string, url: string, body: Buffer | string, type = 'image/jpeg', headers: Record<string, string> = {}) =>
    t.call(user, { method: 'POST', url, payload: body, headers: { 'content-type': type, ...headers } });
  const photoCount = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('photos')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('a JPEG round-trips re-encoded: 201 with the stored digest, the stored bytes come back with ETag = sha256', async () => {
    // … private caching, 304 when unchanged
    const c = await newCase();
    const bytes = await realJpeg({ width: 1024, height: 768, size: 50_000 });
    const res = await upload('worker1', `/api/v1/cases/${c.id}/photos`, bytes);
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json();
    expect(photo).toMatchObject({
      contentType: 'image/jpeg',
      width: 1024,
      height: 768,
      uploadedBy: { id: t.fx.users.worker1 },
      url: `/api/v1/photos/${photo.id}`,
      uploadedAt: '2026-11-02T09:00:00.000+08:00',
    });
    // the padding (comment segments) is metadata: the stored image is smaller than the upload
    expect(photo.size).toBeLessThan(50_000);
    expect(photo.sha256).not.toBe(sha(bytes));

    const got = await t.call('worker1', { method: 'GET', url: `/api/v1/photos/${photo.id}` });
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.headers.etag).toBe(`"${photo.sha256}"`);
    expect(got.headers['cache-control']).toBe('private, no-cache');
    expect(got.rawPayload.length).toBe(photo.size);
    expect(sha(got.rawPayload)).toBe(photo.sha256);
    const again = await t.call('worker1', {
      method: 'GET',
      url: `/api/v1/photos/${photo.id}`,
      headers: { 'if-none-match': `"${photo.sha256}"` },
    });
    expect(again.statusCode).toBe(304);

    const list = await t.call('leader', { method: 'GET', url: `/api/v1/cases/${c.id}/photos` });
    expect(list.json()).toEqual([photo]);
    const detail = (await t.call('worker1', { method: 'GET', url: `/api/v1/cases/${c.id}` })).json();
    expect(detail.photos).toEqual([{ id: photo.id, contentType: 'image/jpeg', size: photo.size }]);
    expect(detail.abilities.addPhoto).toBe(true);
    expect(detail.version).toBe(c.version);
    expect(detail.timeline.at(-1)).toMatchObject({
      action: 'photo-added',
      actor: { id: t.fx.users.worker1 },
      fromStatus: 'received',
      toStatus: 'received',
      details: { photoId: photo.id },
    });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'after'])
      .where('action', '=', 'case.photo-add')
      .execute();
    expect(audit).toEqual([
      {
        action: 'case.photo-add',
        entity_id: String(c.id),
        after: { photoId: photo.id, contentType: 'image/jpeg', size: photo.size, sha256: photo.sha256 },
      },
    ]);
  });

  it('the type is checked by magic bytes: PNG and WebP pass; a PNG sent as JPEG, text sent as JPEG, a GIF or JSON → 415', async () => {
    // … no body → 400
    const c = await newCase();
    const url = `/api/v1/cases/${c.id}/photos`;
    expect((await upload('worker1', url, await realPng(320, 200), 'image/png')).json()).toMatchObject({
      contentType: 'image/png',
      width: 320,
      height: 200,
    });
    expect((await upload('worker1', url, await realWebp(800, 600), 'image/webp')).json()).toMatchObject({
      contentType: 'image/webp',
      width: 800,
      height: 600,
    });
    const before = await photoCount();
    for (const [body, type] of [
      [pngOf(), 'image/jpeg'],
      [Buffer.from('not really a picture'), 'image/jpeg'],
      [gifOf(), 'image/gif'],
      [jpegOf(), 'application/octet-stream'],
      ['{"a":1}', 'application/json'],
    ] as const) {
      const res = await upload('worker1', url, body, type);
      expect(res.statusCode, `${type} ${res.body}`).toBe(415);
      expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    const empty = await t.call('worker1', { method: 'POST', url });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'body' }] });
    expect(await photoCount()).toBe(before);
  });

  it('10 MiB is the limit: exactly 10 MiB is accepted, 10 MiB + 1 byte → 413 PAYLOAD_TOO_LARGE (also far above it)', async () => {
    const c = await newCase();
    const url = `/api/v1/cases/${c.id}/photos`;
    const exact = await realJpeg({ size: 10 * MiB });
    const ok = await upload('worker1', url, exact);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ width: 640, height: 480 });
    const over = await upload('worker1', url, jpegOf(10 * MiB + 1));
    expect(over.statusCode).toBe(413);
    expect(over.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { size: 10 * MiB + 1, maxBytes: 10 * MiB } });
    const far = await upload('worker1', url, jpegOf(12 * MiB));
    expect(far.statusCode).toBe(413);
    expect(far.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await t.call('worker1', { method: 'GET', url })).json()).toHaveLength(1);
  });

  it('at most 9 photos a case: the 10th → 409 PHOTO_LIMIT_REACHED and nothing stored', async () => {
    const c = await newCase();
    const url = `/api/v1/cases/${c.id}/photos`;
    for (let i = 0; i < 9; i++)
      expect((await upload('worker1', url, await realJpeg({ width: 32, height: 32, size: 1000 + i }))).statusCode).toBe(201);
    const tenth = await upload('worker1', url, jpegOf(2000));
    expect(tenth.statusCode).toBe(409);
    expect(tenth.json().error).toMatchObject({ code: 'PHOTO_LIMIT_REACHED', details: { max: 9, count: 9 } });
    expect((await t.call('worker1', { method: 'GET', url })).json()).toHaveLength(9);
    expect((await t.call('worker1', { method: 'GET', url: `/api/v1/cases/${c.id}` })).json().photos).toHaveLength(9);
  });

  it('scope: outside the area the case, its photo list and its photos are 404; unknown ids are 404', async () => {
    const c = await newCase();
    const photo = (await upload('worker1', `/api/v1/cases/${c.id}/photos`, await realJpeg())).json();
    expect((await upload('worker2', `/api/v1/cases/${c.id}/photos`, jpegOf())).statusCode).toBe(404);
    expect((await t.call('worker2', { method: 'GET', url: `/api/v1/cases/${c.id}/photos` })).statusCode).toBe(404);
    const bytes = await t.call('worker2', { method: 'GET', url: `/api/v1/photos/${photo.id}` });
    expect(bytes.statusCode).toBe(404);
    expect(bytes.json().error.code).toBe('NOT_FOUND');
    expect((await t.call('townworker', { method: 'GET', url: `/api/v1/photos/${photo.id}` })).statusCode).toBe(404);
    expect((await t.call('worker1', { method: 'GET', url: '/api/v1/photos/999999' })).statusCode).toBe(404);
    expect((await t.call('worker1', { method: 'GET', url: '/api/v1/photos/abc' })).statusCode).toBe(404);
    expect((await upload('worker1', '/api/v1/cases/999999/photos', jpegOf())).statusCode).toBe(404);
    expect((await t.call(null, { method: 'GET', url: `/api/v1/photos/${photo.id}` })).statusCode).toBe(401);
  });

  it('role: a supervisor or a department handler in scope may see photos but not add them (403); the assigned handler may', async () => {
    const c = await newCase();
    const url = `/api/v1/cases/${c.id}/photos`;
    const photo = (await upload('worker1', url, await realJpeg())).json();
    for (const user of ['supervisor', 'dept']) {
      const res = await upload(user, url, jpegOf());
      expect(res.statusCode, user).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      expect((await t.call(user, { method: 'GET', url: `/api/v1/photos/${photo.id}` })).statusCode, user).toBe(200);
    }
    expect((await t.call('worker1', { method: 'GET', url: `/api/v1/cases/${c.id}` })).json().abilities.addPhoto).toBe(true);
    expect((await t.call('supervisor', { method: 'GET', url: `/api/v1/cases/${c.id}` })).json().abilities.addPhoto).toBe(false);
    let v = c.version;
    const act = async (action: string, payload: Record<string, unknown>) => {
      const res = await t.call('leader', {
        method: 'POST',
        url: `/api/v1/cases/${c.id}/actions/${action}`,
        payload: { expectedVersion: v, ...payload },
      });
      expect(res.statusCode, res.body).toBe(200);
      v = res.json().version;
    };
    await act('accept', {});
    await act('assign', { handlingUnit: '区市政', handlerId: t.fx.users.dept });
    expect((await upload('dept', url, await realJpeg())).statusCode).toBe(201);
  });

  it("check order: a too-long Idempotency-Key is 400 naming the header before the role's 403; nothing stored", async () => {
    const c = await newCase();
    const url = `/api/v1/cases/${c.id}/photos`;
    const before = await photoCount();
    for (const user of ['supervisor', 'worker1']) {
      const res = await upload(user, url, jpegOf(), 'image/jpeg', { 'idempotency-key': 'k'.repeat(201) });
      expect(res.statusCode, `${user} ${res.body}`).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'header.idempotency-key' }] });
    }
    expect(await photoCount()).toBe(before);
  });

  it('a PNG header claiming a size beyond 2^31 - 1 does not decode: 415 IMAGE_UNREADABLE (not a 500), nothing stored', async () => {
    const c = await newCase();
    const before = await photoCount();
    const res = await upload('worker1', `/api/v1/cases/${c.id}/photos`, pngOf(3000, 0xffffffff, 0x80000000), 'image/png');
    expect(res.statusCode, res.body).toBe(415);
    expect(res.json().error).toMatchObject({ code: 'IMAGE_UNREADABLE', details: { type: 'image/png' } });
    expect(await photoCount()).toBe(before);
  });

  it('a merged case takes no more photos (409 PHOTOS_CLOSED)', async () => {
    const target = await newCase();
    const c = await newCase();
    const merged = await t.call('leader', {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/actions/merge`,
      payload: { expectedVersion: c.version, intoCaseId: target.id },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json().abilities.addPhoto).toBe(false);
    const res = await upload('leader', `/api/v1/cases/${c.id}/photos`, jpegOf());
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('PHOTOS_CLOSED');
  });

  it('Idempotency-Key: a retry with the same bytes returns the first photo and stores nothing new; other bytes → 409', async () => {
    const c = await newCase();
    const url = `/api/v1/cases/${c.id}/photos`;
    const bytes = await realJpeg({ size: 4000 });
    const headers = { 'idempotency-key': 'photo-retry-1' };
    const first = await upload('worker1', url, bytes, 'image/jpeg', headers);
    const second = await upload('worker1', url, bytes, 'image/jpeg', headers);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect((await t.call('worker1', { method: 'GET', url })).json()).toHaveLength(1);
    const other = await upload('worker1', url, await realJpeg({ size: 4000 }), 'image/jpeg', headers);
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('visits: the household editors add up to 9 photos; readers list and fetch them; others 403, outside the area 404', async () => {
    const householdId = await createHousehold(t, 'worker1');
    const visit = await t.call('worker1', {
      method: 'POST',
      url: '/api/v1/visits',
      payload: { householdId, startedAt: '2026-11-02T08:00:00+08:00', endedAt: '2026-11-02T08:30:00+08:00', type: 'routine' },
    });
    expect(visit.statusCode, visit.body).toBe(201);
    const url = `/api/v1/visits/${visit.json().id}/photos`;
    const first = await upload('worker1', url, await realPng(64, 48), 'image/png');
    expect(first.statusCode, first.body).toBe(201);
    for (let i = 1; i < 9; i++)
      expect((await upload('station', url, await realJpeg({ width: 16, height: 16, seed: i }))).statusCode).toBe(201);
    const tenth = await upload('worker1', url, jpegOf());
    expect(tenth.statusCode).toBe(409);
    expect(tenth.json().error.code).toBe('PHOTO_LIMIT_REACHED');

    const list = await t.call('supervisor', { method: 'GET', url });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toHaveLength(9);
    expect(list.json()[0]).toMatchObject({
      id: first.json().id,
      contentType: 'image/png',
      sha256: first.json().sha256,
      width: 64,
      height: 48,
    });
    const got = await t.call('supervisor', { method: 'GET', url: `/api/v1/photos/${first.json().id}` });
    expect(sha(got.rawPayload)).toBe(first.json().sha256);

    expect((await upload('supervisor', url, jpegOf())).statusCode).toBe(403);
    expect((await upload('hotline', url, jpegOf())).statusCode).toBe(403);
    expect((await t.call('hotline', { method: 'GET', url: `/api/v1/photos/${first.json().id}` })).statusCode).toBe(403);
    expect((await upload('worker2', url, jpegOf())).statusCode).toBe(404);
    expect((await t.call('worker2', { method: 'GET', url })).statusCode).toBe(404);
    expect((await t.call('worker2', { method: 'GET', url: `/api/v1/photos/${first.json().id}` })).statusCode).toBe(404);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['entity', 'entity_id']).where('action', '=', 'visit.photo-add').execute();
    expect(audit).toHaveLength(9);
    expect(audit.every((a) => a.entity === 'visit' && a.entity_id === String(visit.json().id))).toBe(true);
  });
});
