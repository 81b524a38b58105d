import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { watchLoop } from '../../testing/loop-watch';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { jpegOf, jpegWithMetadata, pngBomb, pngOf, webpOf } from './photos.test-helpers';

const MAX_LOOP_DELAY_MS = Number(process.env.GRIDWORK_BOMB_MAX_LOOP_DELAY_MS ?? 500);
const MAX_RSS_GROWTH_MB = Number(process.env.GRIDWORK_BOMB_MAX_RSS_GROWTH_MB ?? 400);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.each(DB_KINDS)('security: photo bombs and metadata on %s (issue 8 item 4)', (kind) => {
  let t: TestApp;
  let caseUrl: string;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => new Date('2026-11-02T09:00:00+08:00') });
    const res = await t.call('worker1', {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        title: '墙面开裂',
        description: '3号楼外墙开裂',
        category: 'safety-hazard',
        caseClass: 'general',
        source: 'field',
        gridId: t.fx.regions.g1.id,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    caseUrl = `/api/v1/cases/${res.json().id}/photos`;
  });
  afterAll(() => t.close());

  const upload = (body: Buffer, type: string) =>
    t.call('worker1', { method: 'POST', url: caseUrl, payload: body, headers: { 'content-type': type } });
  const photoCount = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('photos')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('decompression bombs and disguised files, one by one and three at once: clear 4xx, event loop unblocked', async () => {
    // … memory bounded, nothing stored
    const garbageJpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60_000, 0x5a)]);
    const bombs: Array<[string, Buffer, string, number, string]> = [
      ['a valid PNG of 20000×20000 black pixels in a few KiB', pngBomb(20_000), 'image/png', 413, 'IMAGE_TOO_LARGE'],
      ['a JPEG header declaring 20000×20000', jpegOf(4096, 20_000, 20_000), 'image/jpeg', 413, 'IMAGE_TOO_LARGE'],
      ['a WebP canvas of 16384×16384', webpOf(4096, 16_384, 16_384), 'image/webp', 413, 'IMAGE_TOO_LARGE'],
      ['just over 40 megapixels (6325×6325)', jpegOf(4096, 6325, 6325), 'image/jpeg', 413, 'IMAGE_TOO_LARGE'],
      ['just under 40 megapixels, but random bytes (6324×6324)', jpegOf(4096, 6324, 6324), 'image/jpeg', 415, 'IMAGE_UNREADABLE'],
      ['a JPEG magic number and garbage after it', garbageJpeg, 'image/jpeg', 415, 'IMAGE_UNREADABLE'],
      ['a PNG signature and header over random bytes', pngOf(20_000, 640, 480), 'image/png', 415, 'IMAGE_UNREADABLE'],
    ];
    for (const [what, body] of bombs) expect(body.length, what).toBeLessThan(100 * 1024);
    await t.token('worker1');
    const before = await photoCount();
    const {
      result: [one, three],
      maxDelayMs,
      rssGrowthMb,
    } = await watchLoop(async () => {
      const one: Awaited<ReturnType<typeof upload>>[] = [];
      for (const [, body, type] of bombs) one.push(await upload(body, type));
      return [one, await Promise.all([0, 1, 2].map(() => upload(bombs[0][1], 'image/png')))] as const;
    });
    console.log(`[photo bombs ${kind}] event loop max delay ${maxDelayMs.toFixed(0)} ms, RSS +${rssGrowthMb.toFixed(0)} MB`);
    bombs.forEach(([what, , , status, code], i) => {
      expect(one[i].statusCode, `${what}: ${one[i].body}`).toBe(status);
      expect(one[i].json().error.code, what).toBe(code);
    });
    for (const res of three) expect(res.json().error.code).toBe('IMAGE_TOO_LARGE');
    expect(one[0].json().error.details).toEqual({ width: 20_000, height: 20_000, maxPixels: 40_000_000 });
    expect(maxDelayMs).toBeLessThan(MAX_LOOP_DELAY_MS);
    expect(rssGrowthMb).toBeLessThan(MAX_RSS_GROWTH_MB);
    expect(await photoCount()).toBe(before);
  });

  it('metadata is stripped and the orientation applied: no EXIF (GPS), XMP, ICC profile or comment in the stored bytes', async () => {
    // … ETag = sha256 of them
    const upload64x48 = await jpegWithMetadata(64, 48);
    for (const text of ['grid worker', '13812345678']) expect(upload64x48.includes(text), text).toBe(true);
    const res = await upload(upload64x48, 'image/jpeg');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ contentType: 'image/jpeg', width: 48, height: 64 });
    const got = await t.call('worker1', { method: 'GET', url: `/api/v1/photos/${res.json().id}` });
    const stored = got.rawPayload;
    expect(got.headers.etag).toBe(`"${sha(stored)}"`);
    expect(res.json().sha256).toBe(sha(stored));
    const meta = await sharp(stored).metadata();
    expect({
      width: meta.width,
      height: meta.height,
      orientation: meta.orientation,
      exif: meta.exif,
      xmp: meta.xmp,
      icc: meta.icc,
    }).toEqual({
      width: 48,
      height: 64,
      orientation: undefined,
      exif: undefined,
      xmp: undefined,
      icc: undefined,
    });
    for (const text of ['grid worker', '13812345678', '张三', 'GPS']) expect(stored.includes(text), text).toBe(false);
  });
});
