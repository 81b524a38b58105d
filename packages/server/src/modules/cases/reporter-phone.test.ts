import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, TEST_APP_DATA_KEY, type TestApp } from '../../testing/test-app';
import { SealedFields } from '../households/sealed-fields';
import { sealPlainReporterPhones } from './reporter-phone';

const now = new Date('2026-11-02T09:00:00+08:00');
const base = { title: '噪音扰民', description: '夜间施工噪音', category: 'dispute', caseClass: 'general', source: 'hotline' };

describe.each(DB_KINDS)('reporter phones sealed at rest (A9.4, C3, D10) on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now });
  });
  afterAll(() => t.close());

  /** The whole stored row as text: the place a plaintext phone would show. */
  const rowText = async (caseId: number) =>
    (await sql<{ t: string }>`SELECT row_to_json(r)::text AS t FROM case_reporters r WHERE case_id = ${caseId}`.execute(t.ctx.db)).rows[0]
      .t;
  const reveals = async (caseId: number) =>
    (
      await t.ctx.db
        .selectFrom('audit_log')
        .select('actor_id')
        .where('action', '=', 'case.reporter-reveal')
        .where('entity_id', '=', String(caseId))
        .execute()
    ).length;
  const reveal = (user: string, caseId: number) => t.call(user, { method: 'POST', url: `/api/v1/cases/${caseId}/reporter/reveal` });

  it('D10 after intake the row holds no plaintext phone, only the sealed value, its keyed hash and the mask', async () => {
    // … reveal opens it and is audited
    const res = await t.call('hotline', {
      method: 'POST',
      url: '/api/v1/cases',
      headers: { 'idempotency-key': 'sealed-1' },
      payload: { ...base, gridId: t.fx.regions.g1.id, reporter: { name: '赵六', phone: '13812345678' } },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    expect(res.json().reporter).toEqual({ name: '赵六', phone: '138****5678', anonymous: false, confidential: false, masked: true });

    const row = await t.ctx.db.selectFrom('case_reporters').selectAll().where('case_id', '=', id).executeTakeFirstOrThrow();
    expect(row.phone).toBeNull();
    expect(row.phone_mask).toBe('138****5678');
    expect(row.phone_hash).toBe(t.ctx.sealed.hash('phone', '13812345678'));
    expect(t.ctx.sealed.open('phone', row.phone_enc!)).toBe('13812345678');
    expect(await rowText(id)).not.toMatch(/12345678|3812345/);
    // nor in the idempotency record of the intake (its response is masked, its hash keyed)
    const key = await t.ctx.db.selectFrom('idempotency_keys').selectAll().where('key', '=', 'sealed-1').executeTakeFirstOrThrow();
    expect(JSON.stringify(key)).not.toContain('12345678');

    expect((await t.call('worker1', { method: 'GET', url: `/api/v1/cases/${id}` })).json().reporter.phone).toBe('138****5678');
    const before = await reveals(id);
    expect((await reveal('worker1', id)).statusCode).toBe(403); // worker1 neither took it in nor handles it
    const ok = await reveal('supervisor', id);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ name: '赵六', phone: '13812345678', confidential: false });
    expect(await reveals(id)).toBe(before + 1);
  });

  it('A9.4 C3 the reveal ability shown with a case is exactly what the reveal answers, for every role and kind of reporter', async () => {
    const cases: Record<string, number> = {};
    for (const [kind, reporter] of Object.entries({
      named: { name: '孙八', phone: '13700003333' },
      confidential: { name: '周九', phone: '13700004444', confidential: true },
      anonymous: { anonymous: true },
    })) {
      const res = await t.call('hotline', {
        method: 'POST',
        url: '/api/v1/cases',
        payload: { ...base, gridId: t.fx.regions.g1.id, reporter },
      });
      expect(res.statusCode, res.body).toBe(201);
      cases[kind] = res.json().id;
    }
    const seen: string[] = [];
    for (const user of Object.keys(t.fx.users)) {
      for (const [kind, id] of Object.entries(cases)) {
        const detail = await t.call(user, { method: 'GET', url: `/api/v1/cases/${id}` });
        if (detail.statusCode === 404) continue;
        const shown = detail.json().abilities.revealReporter as boolean;
        const answer = (await reveal(user, id)).statusCode;
        expect(answer, `${user} on a ${kind} reporter`).toBe(shown ? 200 : kind === 'anonymous' ? 404 : 403);
        if (shown) seen.push(`${user}:${kind}`);
      }
    }
    // the rule itself: confidential only to hotline and supervisors; the named one also to coordinators; nobody for the anonymous
    expect(seen.filter((s) => s.endsWith(':confidential')).sort()).toEqual(['hotline:confidential', 'supervisor:confidential']);
    expect(seen.filter((s) => s.endsWith(':anonymous'))).toEqual([]);
    expect(seen).toContain('hotline:named');
    expect(seen).not.toContain('admin:confidential');
  });

  it('D10 a confidential reporter: sealed the same way, fully masked outside reveal', async () => {
    const res = await t.call('hotline', {
      method: 'POST',
      url: '/api/v1/cases',
      payload: { ...base, gridId: t.fx.regions.g1.id, reporter: { name: '钱七', phone: '+86 139-0000-2222', confidential: true } },
    });
    const id = res.json().id as number;
    expect(await rowText(id)).not.toMatch(/0000.?2222/);
    expect((await t.call('lead', { method: 'GET', url: `/api/v1/cases/${id}` })).json().reporter).toMatchObject({
      name: '***',
      phone: '***********',
      masked: true,
    });
    expect((await reveal('hotline', id)).json()).toEqual({ name: '钱七', phone: '+86 139-0000-2222', confidential: true });
    const row = await t.ctx.db.selectFrom('case_reporters').select('phone_hash').where('case_id', '=', id).executeTakeFirstOrThrow();
    expect(row.phone_hash).toBe(t.ctx.sealed.hash('phone', '13900002222'));
  });

  it('D10 backfill: plaintext rows (older data, the demo seed) are sealed at start and the plain column cleared; idempotent', async () => {
    // … reveal still right and audited
    const created = (
      await t.call('hotline', { method: 'POST', url: '/api/v1/cases', payload: { ...base, gridId: t.fx.regions.g1.id } })
    ).json();
    const id = created.id as number;
    const top = t.fx.regions.street.id;
    // as the demo seed and data from before sealing write it
    await t.ctx.db
      .insertInto('case_reporters')
      .values({ top_region_id: top, case_id: id, name: '孙八', phone: '139 0000 1111', anonymous: false, confidential: false })
      .execute();
    expect(await rowText(id)).toContain('139 0000 1111');
    // still shown masked before the backfill
    expect((await t.call('lead', { method: 'GET', url: `/api/v1/cases/${id}` })).json().reporter.phone).toBe('139****1111');

    // a restart: building the app on this database seals what is left
    const { app } = await buildApp({
      config: { ...loadConfig({}), demo: false, dataKey: TEST_APP_DATA_KEY },
      database: { db: t.ctx.db, kind, close: async () => {} },
      clock: () => now,
    });
    await app.close();
    const row = await t.ctx.db.selectFrom('case_reporters').selectAll().where('case_id', '=', id).executeTakeFirstOrThrow();
    expect(row.phone).toBeNull();
    expect(row.phone_mask).toBe('139****1111');
    expect(row.phone_hash).toBe(t.ctx.sealed.hash('phone', '13900001111'));
    expect(await rowText(id)).not.toMatch(/0000.?1111/);
    expect(await sealPlainReporterPhones(t.ctx.db, t.ctx.sealed)).toBe(0);
    expect(await t.ctx.db.selectFrom('case_reporters').select('case_id').where('phone', 'is not', null).execute()).toEqual([]);

    expect((await t.call('lead', { method: 'GET', url: `/api/v1/cases/${id}` })).json().reporter.phone).toBe('139****1111');
    const before = await reveals(id);
    expect((await reveal('lead', id)).json()).toEqual({ name: '孙八', phone: '139 0000 1111', confidential: false });
    expect(await reveals(id)).toBe(before + 1);
  });

  it('D10 without a data key the backfill leaves rows alone (the server never starts without one)', async () => {
    expect(await sealPlainReporterPhones(t.ctx.db, SealedFields.unavailable())).toBe(0);
  });
});
