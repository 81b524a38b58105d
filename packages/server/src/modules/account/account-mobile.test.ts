/**
 * 我的账户: one's own mobile for SMS notices (C3, D10): sealed at rest as residents' phones, shown only
 * masked and only to oneself, set and cleared with the profile's version, audited without the number.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { mobileOf } from './mobile';

const MOBILE = '13812345678';

describe.each(DB_KINDS)('account mobile on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const getMe = async (user: string) => (await t.call(user, { method: 'GET', url: '/api/v1/me' })).json();
  const patchMe = (user: string, payload: object) => t.call(user, { method: 'PATCH', url: '/api/v1/me', payload });
  const stored = async (user: string) =>
    (await t.ctx.db.selectFrom('users').select('mobile_enc').where('id', '=', t.fx.users[user]).executeTakeFirstOrThrow()).mobile_enc;

  it('C3 set: /me shows only the mask; the column holds no clear digits, the audit row no number; "" or null clears', async () => {
    const set = await patchMe('worker1', { expectedVersion: 1, displayName: 'worker1', mobile: '138 1234 5678' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ mobileMasked: '138****5678', version: 2 });
    expect(set.body).not.toContain(MOBILE);
    const me = await getMe('worker1');
    expect(me.mobileMasked).toBe('138****5678');
    expect(JSON.stringify(me)).not.toContain(MOBILE);
    // sealed at rest: the bytes hold neither the digits nor their text, and open with the data key only
    const enc = await stored('worker1');
    expect(enc).toBeInstanceOf(Buffer);
    expect(enc!.toString('latin1')).not.toContain(MOBILE);
    expect(enc!.toString('hex')).not.toContain(MOBILE);
    const asText = await sql<{ t: string }>`select encode(mobile_enc, 'escape') as t from users where id = ${t.fx.users.worker1}`.execute(
      t.ctx.db,
    );
    expect(asText.rows[0].t).not.toContain(MOBILE);
    expect(await mobileOf(t.ctx.db, t.ctx.sealed, t.fx.users.worker1)).toBe(MOBILE);
    const audits = await t.ctx.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('actor_id', '=', t.fx.users.worker1)
      .where('action', '=', 'user.profile-update')
      .orderBy('id')
      .execute();
    expect(audits.map((a) => a.after)).toEqual([{ displayName: 'worker1', mobile: '(set)' }]);
    expect(JSON.stringify(audits)).not.toMatch(/5678/);

    // the name alone leaves the number as it is
    expect((await patchMe('worker1', { expectedVersion: 2, displayName: '网格员一' })).json()).toMatchObject({
      mobileMasked: '138****5678',
    });
    const cleared = await patchMe('worker1', { expectedVersion: 3, displayName: '网格员一', mobile: '' });
    expect(cleared.json()).toMatchObject({ mobileMasked: null, version: 4 });
    expect(await stored('worker1')).toBeNull();
    await patchMe('worker1', { expectedVersion: 4, displayName: '网格员一', mobile: '15900001111' });
    expect((await patchMe('worker1', { expectedVersion: 5, displayName: '网格员一', mobile: null })).json().mobileMasked).toBeNull();
    expect(await mobileOf(t.ctx.db, t.ctx.sealed, t.fx.users.worker1)).toBeNull();
  });

  it.each([
    ['too short', '1381234567'],
    ['too long', '138123456789'],
    ['a second digit of 2', '12812345678'],
    ['a landline', '010-62345678'],
    ['letters', '1381234567a'],
    ['a +86 prefix', '+8613812345678'],
  ])('a bad number (%s): 400 VALIDATION_FAILED on body.mobile, nothing changed', async (_label, mobile) => {
    const before = await getMe('leader');
    const res = await patchMe('leader', { expectedVersion: before.version, displayName: '改名', mobile });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain('body.mobile');
    expect(await getMe('leader')).toEqual(before);
  });

  it("a bad number over one on file keeps the old one; another user's number is never visible to anyone else", async () => {
    const first = await patchMe('station', { expectedVersion: 1, displayName: 'station', mobile: '13900001234' });
    expect(first.statusCode, first.body).toBe(200);
    const bad = await patchMe('station', { expectedVersion: 2, displayName: 'station', mobile: '1390000123' });
    expect(bad.statusCode).toBe(400);
    expect(await getMe('station')).toMatchObject({ mobileMasked: '139****1234', version: 2 });
    // another user's /me is their own; the admin's user pages never carry the number nor its mask
    expect((await getMe('lead')).mobileMasked).toBeNull();
    for (const url of ['/api/v1/users', `/api/v1/team/members/${t.fx.users.station}`]) {
      const res = await t.call('admin', { method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('station');
      expect(res.body).not.toContain('13900001234');
      expect(res.body).not.toContain('139****1234');
      expect(res.body).not.toContain('mobile');
    }
  });
});
