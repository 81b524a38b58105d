/**
 * The server's injected clock stamps what it writes (issue "One access model", item 6): records
 * created or changed through the API carry the clock's time, not the machine's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

const CLOCK = new Date('2031-05-06T07:08:09.000Z');

describe.each(DB_KINDS)('the injected clock on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => CLOCK });
  });
  afterAll(() => t.close());

  it('users, regions and calendar overrides written through the API carry the clock time', async () => {
    const user = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'clocked', displayName: '钟', password: 'a-long-enough-passphrase-1' },
    });
    expect(user.statusCode, user.body).toBe(201);
    const patched = await t.call('admin', {
      method: 'PATCH',
      url: `/api/v1/users/${user.json().id}`,
      payload: { expectedVersion: 1, displayName: '钟表' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const region = await t.call('admin', {
      method: 'PATCH',
      url: `/api/v1/regions/${t.fx.regions.g2.id}`,
      payload: { expectedVersion: 1, name: '一社区第二网格（改）' },
    });
    expect(region.statusCode, region.body).toBe(200);
    expect(
      (await t.call('admin', { method: 'PUT', url: '/api/v1/calendar/overrides/2031-05-09', payload: { kind: 'holiday', note: '演练' } }))
        .statusCode,
    ).toBe(200);
    const stamps = [
      (await t.ctx.db.selectFrom('users').select('updated_at').where('id', '=', user.json().id).executeTakeFirstOrThrow()).updated_at,
      (await t.ctx.db.selectFrom('regions').select('updated_at').where('id', '=', t.fx.regions.g2.id).executeTakeFirstOrThrow()).updated_at,
      (await t.ctx.db.selectFrom('calendar_overrides').select('updated_at').where('date', '=', '2031-05-09').executeTakeFirstOrThrow())
        .updated_at,
    ];
    expect(stamps.map((d) => new Date(d as Date).toISOString())).toEqual(Array(3).fill(CLOCK.toISOString()));
  });
});
