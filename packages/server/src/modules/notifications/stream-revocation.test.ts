/**
 * A live notice stream lives only as long as its session, unchanged (issue "Security first"): sign-out,
 * a password change, deactivation and a role change close it at once; a session ended by another server
 * process (a row deleted in the shared database) within seconds; at most 5 streams per user.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { TEST_PASSWORD } from '../../testing/fixture';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { MAX_STREAMS_PER_USER } from './live-hub';
import { openStream } from './notifications.test-helpers';

const closedWithin = (ms: number, ended: Promise<void>) =>
  Promise.race([ended.then(() => 'closed'), new Promise((r) => setTimeout(() => r('open'), ms))]);

describe.each(DB_KINDS)('security: notice streams are revoked with their session on %s', (kind) => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  /** A fresh session of `username` (not the cached test token). */
  const signIn = async (username: string, password = TEST_PASSWORD) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().token as string;
  };

  it('sign-out closes the stream of that session only, at once; the closed session cannot reopen it', async () => {
    const a = await signIn('worker2');
    const b = await signIn('worker2');
    const sa = await openStream(port, a);
    const sb = await openStream(port, b);
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { authorization: `Bearer ${a}` } });
    expect(await closedWithin(1000, sa.ended())).toBe('closed');
    expect(await closedWithin(300, sb.ended())).toBe('open');
    await expect(openStream(port, a)).rejects.toThrow(/401/);
    sb.close();
  });

  it("a password change, a deactivation and a role removal close the user's streams at once", async () => {
    const token = await signIn('townworker');
    const stream = await openStream(port, token);
    const user = (await t.call('admin', { method: 'GET', url: '/api/v1/users' }))
      .json()
      .find((u: { username: string }) => u.username === 'townworker');
    const changed = await t.call('admin', {
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { expectedVersion: user.version, password: 'a-new-password-77' },
    });
    expect(changed.statusCode).toBe(200);
    expect(await closedWithin(1000, stream.ended())).toBe('closed');

    const again = await openStream(port, await signIn('townworker', 'a-new-password-77'));
    const roleId = changed.json().roles[0].id;
    expect((await t.call('admin', { method: 'DELETE', url: `/api/v1/users/${user.id}/roles/${roleId}` })).statusCode).toBe(200);
    expect(await closedWithin(1000, again.ended())).toBe('closed');

    const third = await openStream(port, await signIn('townworker', 'a-new-password-77'));
    const v = (await t.call('admin', { method: 'GET', url: '/api/v1/users' }))
      .json()
      .find((u: { username: string }) => u.username === 'townworker').version;
    expect(
      (await t.call('admin', { method: 'PATCH', url: `/api/v1/users/${user.id}`, payload: { expectedVersion: v, active: false } }))
        .statusCode,
    ).toBe(200);
    expect(await closedWithin(1000, third.ended())).toBe('closed');
  });

  it('a session ended by another server process (its row deleted in the shared database) closes the stream within seconds', async () => {
    const token = await signIn('dept');
    const stream = await openStream(port, token);
    await t.ctx.db.deleteFrom('sessions').where('user_id', '=', t.fx.users.dept).execute();
    expect(await closedWithin(5000, stream.ended())).toBe('closed');
  });

  it(`at most ${MAX_STREAMS_PER_USER} streams per user: a newer one closes the oldest`, async () => {
    const token = await signIn('hotline');
    const streams = [];
    for (let i = 0; i < MAX_STREAMS_PER_USER; i++) streams.push(await openStream(port, token));
    const extra = await openStream(port, token);
    expect(await closedWithin(1000, streams[0].ended())).toBe('closed');
    expect(await closedWithin(200, streams[1].ended())).toBe('open');
    for (const s of [...streams.slice(1), extra]) s.close();
  });
});
