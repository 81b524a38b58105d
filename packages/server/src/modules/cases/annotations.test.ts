import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { openStream } from '../notifications/notifications.test-helpers';

describe.each(DB_KINDS)('case annotations on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => new Date('2026-11-02T09:00:00+08:00') });
  });
  afterAll(() => t.close());

  it('A9.2 C8 hotline notes, supervision notes and reminders are appended, never edited; a reminder notifies', async () => {
    const c = (
      await t.call('hotline', {
        method: 'POST',
        url: '/api/v1/cases',
        payload: {
          title: '供暖不热',
          description: '5号楼供暖温度低',
          category: 'livelihood-project',
          caseClass: 'general',
          source: 'hotline',
          gridId: t.fx.regions.g1.id,
        },
      })
    ).json();
    const note = await t.call('hotline', {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/annotations`,
      payload: { kind: 'hotline-note', text: '来电人再次来电催办' },
    });
    expect(note.statusCode).toBe(201);
    expect(
      (await t.call('worker1', { method: 'POST', url: `/api/v1/cases/${c.id}/annotations`, payload: { kind: 'hotline-note', text: 'x' } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.call('hotline', { method: 'POST', url: `/api/v1/cases/${c.id}/annotations`, payload: { kind: 'reminder', text: 'x' } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.call('worker2', { method: 'POST', url: `/api/v1/cases/${c.id}/annotations`, payload: { kind: 'hotline-note', text: 'x' } }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.call('hotline', { method: 'POST', url: `/api/v1/cases/${c.id}/annotations`, payload: { kind: 'hotline-note', text: '' } }))
        .statusCode,
    ).toBe(400);
    const reminded = await t.call('supervisor', {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/annotations`,
      payload: { kind: 'reminder', text: '请于本周内答复' },
    });
    expect(reminded.json().map((a: { kind: string }) => a.kind)).toEqual(['hotline-note', 'reminder']);
    const notices = (await t.call('hotline', { method: 'GET', url: '/api/v1/notifications' })).json();
    expect(notices.map((n: { kind: string; caseId: number }) => [n.kind, n.caseId])).toEqual([['case-reminder', c.id]]);
    const listed = (await t.call('leader', { method: 'GET', url: `/api/v1/cases/${c.id}/annotations` })).json();
    expect(listed.map((a: { text: string }) => a.text)).toEqual(['来电人再次来电催办', '请于本周内答复']);
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      expect((await t.call('admin', { method, url: `/api/v1/cases/${c.id}/annotations` })).statusCode).toBe(404);
    }
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', String(c.id))
      .where('action', 'like', 'case.annotate.%')
      .execute();
    expect(audit).toHaveLength(2);
  });

  const newCase = async () =>
    (
      await t.call('hotline', {
        method: 'POST',
        url: '/api/v1/cases',
        payload: {
          title: '路灯不亮',
          description: '3号路灯夜间不亮',
          category: 'livelihood-project',
          caseClass: 'general',
          source: 'hotline',
          gridId: t.fx.regions.g1.id,
        },
      })
    ).json() as { id: number };

  it('A9.2 C8 the kinds offered with a case (abilities.annotate) are exactly the kinds accepted, for every role', async () => {
    const c = await newCase();
    const offered: Record<string, string[]> = {};
    for (const user of Object.keys(t.fx.users)) {
      const detail = await t.call(user, { method: 'GET', url: `/api/v1/cases/${c.id}` });
      if (detail.statusCode === 404) continue;
      offered[user] = detail.json().abilities.annotate;
      for (const kind of ['hotline-note', 'supervision-note', 'reminder', 'hot-flag']) {
        const res = await t.call(user, {
          method: 'POST',
          url: `/api/v1/cases/${c.id}/annotations`,
          payload: { kind, text: `${user} ${kind}` },
        });
        expect(res.statusCode, `${user} ${kind}`).toBe(offered[user].includes(kind) ? 201 : 403);
      }
    }
    expect(offered.hotline).toEqual(['hotline-note']);
    expect(offered.supervisor).toEqual(['hotline-note', 'supervision-note', 'reminder', 'hot-flag']);
    expect(offered.worker1).toEqual([]);
  });

  it('C8 a reminder reaches the live stream of the people handling the case as soon as it is committed', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as { port: number }).port;
    const c = await newCase();
    const stream = await openStream(port, await t.token('hotline'));
    const sent = Date.now();
    const res = await t.call('supervisor', {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/annotations`,
      payload: { kind: 'reminder', text: '今天内回复' },
    });
    expect(res.statusCode).toBe(201);
    const live = await stream.next('case-reminder');
    expect(live).toMatchObject({ caseId: c.id, payload: { text: '今天内回复' } });
    expect(Date.now() - sent).toBeLessThan(1_500);
    stream.close();
  });
});
