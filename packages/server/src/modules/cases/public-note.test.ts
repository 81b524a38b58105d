import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** C3, D10, D11: Open311 `status_notes` is only a note someone who may answer the case reviewed. */
describe.each(DB_KINDS)('case public notes on %s', (kind) => {
  let t: TestApp;
  let key: string;
  let now = new Date('2026-10-12T10:00:00+08:00');
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now });
    key = (
      await t.call('admin', {
        method: 'POST',
        url: '/api/v1/open311/clients',
        payload: { name: '街道公众号', regionId: t.fx.regions.street.id },
      })
    ).json().key;
  });
  afterAll(() => t.close());

  const file = async (description: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      payload: new URLSearchParams({
        api_key: key,
        service_code: 'public-facility',
        lat: '39.01',
        long: '116.005',
        description,
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json()[0].service_request_id as number;
  };
  const act = async (user: string, id: number, action: string, payload: Record<string, unknown> = {}) => {
    const { version } = (await t.call('admin', { method: 'GET', url: `/api/v1/cases/${id}` })).json();
    const res = await t.call(user, {
      method: 'POST',
      url: `/api/v1/cases/${id}/actions/${action}`,
      payload: { expectedVersion: version, ...payload },
    });
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  };
  const view = (user: string | null, id: number) => t.call(user, { method: 'GET', url: `/api/v1/cases/${id}/public-note` });
  const write = (user: string | null, id: number, payload: unknown) =>
    t.call(user, { method: 'POST', url: `/api/v1/cases/${id}/public-note`, payload: payload as object });
  const published = async (id: number) => ({
    json: (await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${id}.json` })).json()[0],
    xml: (await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${id}.xml` })).body,
  });
  const noteRows = async () => t.ctx.db.selectFrom('case_public_notes').selectAll().execute();

  it('C3 status_notes appear only after review: the answer is a suggestion to edit, the approved text goes out', async () => {
    // … with who and when
    const id = await file('路灯不亮');
    await act('leader', id, 'accept');
    await act('leader', id, 'start');
    await act('leader', id, 'respond', { details: '已联系王秀兰（13800001111）家属，路灯已修复' });
    expect((await published(id)).json.status_notes).toBeNull();
    const before = await view('leader', id);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toEqual({
      published: true,
      note: null,
      suggestion: '已联系王秀兰（13800001111）家属，路灯已修复',
      abilities: { write: true },
    });
    expect((await published(id)).xml).not.toContain('王秀兰');

    now = new Date('2026-10-12T11:00:00+08:00');
    const ok = await write('leader', id, { text: '  路灯已修复。 ', expectedVersion: 0 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      published: true,
      abilities: { write: true },
      note: {
        version: 1,
        text: '路灯已修复。',
        approvedBy: { id: t.fx.users.leader, name: 'leader' },
        approvedAt: '2026-10-12T11:00:00.000+08:00',
      },
    });
    const out = await published(id);
    expect(out.json).toMatchObject({ status_notes: '路灯已修复。', updated_datetime: '2026-10-12T11:00:00.000+08:00' });
    expect(out.xml).toContain('<status_notes>路灯已修复。</status_notes>');
    expect(out.xml).not.toContain('王秀兰');

    // a stale version is refused and changes nothing; without expectedVersion the latest write wins
    const stale = await write('lead', id, { text: '另一版本', expectedVersion: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect(await noteRows()).toHaveLength(1);
    const second = await write('lead', id, { text: '路灯已于10月12日修复，感谢反映。' });
    expect(second.json().note).toMatchObject({ version: 2, approvedBy: { id: t.fx.users.lead } });
    expect((await published(id)).json.status_notes).toBe('路灯已于10月12日修复，感谢反映。');
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action', 'entity_id', 'before', 'after'])
      .where('action', '=', 'case.public-note')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      {
        actor_id: t.fx.users.leader,
        action: 'case.public-note',
        entity_id: String(id),
        before: null,
        after: { version: 1, text: '路灯已修复。' },
      },
      {
        actor_id: t.fx.users.lead,
        action: 'case.public-note',
        entity_id: String(id),
        before: { version: 1, text: '路灯已修复。' },
        after: { version: 2, text: '路灯已于10月12日修复，感谢反映。' },
      },
    ]);
  });

  it('security: who may approve follows the case permissions (respond: coordinators and the handler)', async () => {
    // … order 401 → 404 → 400 → 403 → 409 → 422
    const id = await file('井盖缺失');
    const rows = (await noteRows()).length;
    expect((await view(null, id)).statusCode).toBe(401);
    expect((await write(null, id, { text: 'x' })).statusCode).toBe(401);
    for (const outside of ['worker2', 'townofficer']) {
      expect((await view(outside, id)).statusCode).toBe(404);
      expect((await write(outside, id, { text: 'x', bogus: 1 })).statusCode).toBe(404);
    }
    expect((await write('admin', 2_000_000_000, { text: 'x' })).statusCode).toBe(404);
    expect((await write('admin', 99_999_999_999, { text: 'x' })).statusCode).toBe(404);
    // a grid worker reads the note but gets no suggestion and may not write
    expect((await view('worker1', id)).json()).toEqual({ published: true, note: null, suggestion: null, abilities: { write: false } });
    for (const bad of [
      { text: '   ' },
      { text: 'a\u0000b' },
      { text: 'x'.repeat(1001) },
      {},
      { text: 'ok', expectedVersion: -1 },
      { text: 'ok', expectedVersion: 1e309 },
      { text: 'ok', extra: true },
    ]) {
      const res = await write('worker1', id, bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    for (const user of ['worker1', 'supervisor', 'hotline', 'dept'])
      expect((await write(user, id, { text: '已受理' })).statusCode, user).toBe(403);
    for (const user of ['leader', 'station', 'lead', 'officer', 'admin'])
      expect((await write(user, id, { text: `${user} 已审核` })).statusCode, user).toBe(200);
    // a department handler may once the case is assigned to them
    await act('leader', id, 'accept');
    await act('admin', id, 'assign', { handlingUnit: '区市政所', handlerId: t.fx.users.dept });
    expect((await view('dept', id)).json().abilities.write).toBe(true);
    expect((await write('dept', id, { text: '区市政所已安排补装井盖', expectedVersion: 5 })).statusCode).toBe(200);
    expect((await write('dept', id, { text: 'x', expectedVersion: 5 })).statusCode).toBe(409);
    expect((await noteRows()).length).toBe(rows + 6);

    // a case the policy does not publish takes no public note (its text never goes out)
    const hotline = await t.call('hotline', {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        title: '残疾人补贴',
        description: '张某反映补贴未到',
        category: 'livelihood-project',
        caseClass: 'general',
        source: 'hotline',
        gridId: t.fx.regions.g1.id,
      },
    });
    const privateId = hotline.json().id as number;
    expect((await view('leader', privateId)).json()).toMatchObject({ published: false, note: null });
    expect((await write('leader', privateId, { text: 'x', expectedVersion: 3 })).statusCode).toBe(409);
    const refused = await write('leader', privateId, { text: '已办理' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('CASE_NOT_PUBLISHED');
    expect((await noteRows()).length).toBe(rows + 6);
    expect((await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${privateId}.json` })).statusCode).toBe(404);
  });
});
