/**
 * C3 D10 reveal throttling (issue "Security first", item 13): one account reveals at most the policy's
 * `privacy.revealLimit` of sealed values per window, also under 20 concurrent requests; every refusal is
 * audited; the first refusal of a window is raised to the supervisors of the record's area, once.
 */
import { clonePreset } from '@gridwork/core/policy';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import {
  addResidentOk,
  countRows,
  createHousehold,
  householdTestApp,
  idNumberFor,
  type HouseholdTestApp,
} from '../households/households.test-helpers';
import { downloadTemplate, fillRoster, importRoster } from '../roster/roster.test-helpers';

describe.each(DB_KINDS)('security: reveal limit on %s', (kind) => {
  let t: HouseholdTestApp;
  let resident: number;
  const reveal = (user: string, field = 'phone') =>
    t.call(user, { method: 'POST', url: `/api/v1/residents/${resident}/reveal`, payload: { field } });
  const auditCount = async (action: string, user: string) =>
    Number(
      (
        await t.ctx.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('action', '=', action)
          .where('actor_id', '=', t.fx.users[user])
          .executeTakeFirstOrThrow()
      ).n,
    );
  const bursts = async () =>
    t.ctx.db
      .selectFrom('notifications')
      .select(['user_id', 'subject_kind', 'subject_id', 'payload'])
      .where('kind', '=', 'reveal-burst')
      .execute();

  beforeAll(async () => {
    t = await householdTestApp(kind);
    const values = clonePreset('community');
    values.privacy = { revealLimit: { count: 5, minutes: 60, rule: 'C3' } };
    const saved = await t.call('admin', {
      method: 'PUT',
      url: '/api/v1/policy',
      payload: { regionId: t.fx.regions.street.id, preset: 'community', values, expectedVersion: 1 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const household = await createHousehold(t, 'worker1', 'g1');
    resident = (
      await addResidentOk(t, 'worker1', household, {
        name: '李秀英',
        sex: 'F',
        birthDate: '1950-03-04',
        idNumber: idNumberFor('1950-03-04', 'F', 9),
        phone: '13911112222',
      })
    ).residentId;
  });
  afterAll(() => t.close());

  it('20 concurrent reveals by one account: exactly the limit (5) answer, 15 are refused with 429 REVEAL_LIMIT and audited', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => reveal('lead', i % 2 ? 'phone' : 'idNumber')));
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    const refused = results.find((r) => r.statusCode === 429)!;
    expect(refused.json().error).toMatchObject({ code: 'REVEAL_LIMIT', details: { limit: 5, minutes: 60 } });
    expect(refused.body).not.toContain('13911112222');
    expect(await auditCount('resident.reveal', 'lead')).toBe(5);
    expect(await auditCount('reveal.refused', 'lead')).toBe(15);
  });

  it('the first refusal raises one reveal-burst notice to the supervisors of the area (not to the account, not to others)', async () => {
    const raised = await bursts();
    expect(raised).toEqual([
      {
        user_id: t.fx.users.supervisor,
        subject_kind: 'user',
        subject_id: t.fx.users.lead,
        payload: expect.objectContaining({ username: 'lead', count: 5, minutes: 60 }),
      },
    ]);
    expect(JSON.stringify(raised)).not.toMatch(/13911112222|李秀英/);
    const list = await t.call('supervisor', { method: 'GET', url: '/api/v1/notifications' });
    expect(list.json().map((n: { kind: string }) => n.kind)).toContain('reveal-burst');
    // later refusals in the same window raise nothing new
    expect((await reveal('lead')).statusCode).toBe(429);
    expect(await bursts()).toHaveLength(1);
  });

  it('the limit is per account, counts reporter reveals too, and frees up as the window slides', async () => {
    expect((await reveal('station')).statusCode).toBe(200);
    const c = await t.call('hotline', {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        title: '噪音',
        description: '夜间施工',
        category: 'dispute',
        caseClass: 'general',
        source: 'hotline',
        gridId: t.fx.regions.g1.id,
        reporter: { name: '王五', phone: '13700001111', confidential: true },
      },
    });
    expect(c.statusCode, c.body).toBe(201);
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await t.call('hotline', { method: 'POST', url: `/api/v1/cases/${c.json().id}/reporter/reveal` })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    // the lead's reveals of an hour ago leave the window
    await sql`UPDATE audit_log SET at = at - interval '61 minutes' WHERE actor_id = ${t.fx.users.lead} AND action IN ('resident.reveal',
      'reveal.refused')`.execute(t.ctx.db);
    expect((await reveal('lead')).statusCode).toBe(200);
  });

  it('a search by phone or ID number counts like a reveal and is audited: no guessing a phone by searching', async () => {
    const search = (q: string) => t.call('worker1', { method: 'GET', url: `/api/v1/households?q=${encodeURIComponent(q)}` });
    const first = await search('139-1111-2222');
    expect(first.statusCode).toBe(200);
    expect(first.json().total).toBe(1);
    for (let i = 0; i < 4; i++) expect((await search(`1391111${3000 + i}`)).statusCode).toBe(200);
    const sixth = await search('13911113009');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error.code).toBe('REVEAL_LIMIT');
    expect(await auditCount('sealed.lookup', 'worker1')).toBe(5);
    // plain text searches are not sealed lookups
    expect((await t.call('worker1', { method: 'GET', url: `/api/v1/households?q=${encodeURIComponent('幸福路')}` })).statusCode).toBe(200);
  });

  it('an ID number found already registered counts like a reveal; with none left', async () => {
    // … any ID number is refused before the check (no oracle)
    const taken = idNumberFor('1950-03-04', 'F', 9);
    const household = await createHousehold(t, 'leader', 'g1');
    const add = (idNumber: string) =>
      t.call('leader', {
        method: 'POST',
        url: `/api/v1/households/${household}/residents`,
        payload: { name: '试探', sex: 'F', birthDate: '1950-03-04', idNumber },
      });
    for (let i = 0; i < 5; i++) {
      const res = await add(taken);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0]).toMatchObject({ field: 'body.idNumber', problem: 'duplicate' });
    }
    expect(await auditCount('sealed.lookup', 'leader')).toBe(5);
    for (const idNumber of [taken, idNumberFor('1950-03-04', 'F', 11)]) {
      const res = await add(idNumber);
      expect(res.statusCode).toBe(429);
      expect(res.json().error.code).toBe('REVEAL_LIMIT');
    }
    expect(await auditCount('reveal.refused', 'leader')).toBe(2);
    // without an ID number the resident is registered as usual
    const plain = await t.call('leader', {
      method: 'POST',
      url: `/api/v1/households/${household}/residents`,
      payload: { name: '无证', sex: 'F', birthDate: '1950-03-04' },
    });
    expect(plain.statusCode).toBe(201);
  });

  it('C3 ID numbers a roster finds already registered count like reveals (dry run too)', async () => {
    // … without room the report is refused and the room used up, nothing written
    const household = await createHousehold(t, 'worker2', 'c2g1');
    const taken = [1, 2, 3].map((n) => idNumberFor('1960-05-05', 'M', 20 + n));
    for (const [i, idNumber] of taken.entries())
      await addResidentOk(t, 'worker2', household, { name: `已登记${i}`, sex: 'M', birthDate: '1960-05-05', idNumber });
    const template = await downloadTemplate(t, 'worker2');
    const g2 = t.fx.regions.c2g1.code;
    const lookups = () =>
      t.ctx.db
        .selectFrom('audit_log')
        .select('after')
        .where('action', '=', 'sealed.lookup')
        .where('actor_id', '=', t.fx.users.worker2)
        .orderBy('id')
        .execute();
    const row = (i: number, name: string, idNumber?: string) => ({
      householdKey: `R${i}`,
      gridCode: g2,
      address: `试探路${i}号`,
      name,
      sex: '男',
      birthDate: '1960-05-05',
      idNumber,
    });

    // guesses of a known resident's number (same name and birth date, in the worker's grid): set aside, whatever the number, and not
    // counted
    const guesses = await fillRoster(
      template,
      [20, 21, 22].map((n, i) => row(i, '已登记1', idNumberFor('1960-05-05', 'M', n))),
    );
    const guessed = await importRoster(t, 'worker2', guesses, 'mode=valid-only&dryRun=true');
    expect(guessed.statusCode, guessed.body).toBe(200);
    expect(guessed.json().rejected.map((p: { column: string; problem: string }) => [p.column, p.problem])).toEqual(
      Array(3).fill(['姓名', 'already-registered']),
    );
    expect(await lookups()).toEqual([]);

    const file = await fillRoster(template, [
      ...taken.map((idNumber, i) => row(i, `试探${i}`, idNumber)),
      { householdKey: 'N', gridCode: g2, address: '新路1号', name: '新人', sex: '女', birthDate: '1990-01-01' },
    ]);
    const dry = await importRoster(t, 'worker2', file, 'mode=valid-only&dryRun=true');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json().rejected.map((p: { problem: string }) => p.problem)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(await lookups()).toEqual([
      { after: expect.objectContaining({ field: 'idNumber', reason: 'roster-id-numbers-registered', weight: 3 }) },
    ]);

    // 3 more found with room for 2: refused, and the 2 used up so that a smaller file cannot tell how many were registered
    const before = await countRows(t, 'residents');
    const real = await importRoster(t, 'worker2', file, 'mode=valid-only');
    expect(real.statusCode, real.body).toBe(429);
    expect(real.json().error.code).toBe('REVEAL_LIMIT');
    for (const idNumber of taken) expect(real.body).not.toContain(idNumber);
    expect(await countRows(t, 'residents')).toBe(before);
    expect((await lookups()).map((l) => (l.after as { weight: number }).weight)).toEqual([3, 2]);
    expect(await auditCount('reveal.refused', 'worker2')).toBe(1);

    // without room, any roster with ID numbers is refused before a number is looked up, registered or not
    for (const idNumber of [taken[0], idNumberFor('1961-01-01', 'M', 7)]) {
      const probe = await importRoster(t, 'worker2', await fillRoster(template, [row(9, '路人', idNumber)]), 'mode=valid-only&dryRun=true');
      expect(probe.statusCode, probe.body).toBe(429);
      expect(probe.json().error.code).toBe('REVEAL_LIMIT');
    }
    expect(await auditCount('reveal.refused', 'worker2')).toBe(3);

    // a roster without ID numbers is imported as usual
    const fresh = await fillRoster(template, [
      { householdKey: 'N', gridCode: g2, address: '新路1号', name: '新人', sex: '女', birthDate: '1990-01-01' },
    ]);
    const ok = await importRoster(t, 'worker2', fresh, 'mode=valid-only');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ committed: true, residents: { created: 1 } });
  });

  it('C3 D10 concurrent adds of registered ID numbers at the last reveal: one learns it', async () => {
    // … the others are refused before the check, nothing beyond the limit
    const used = async () =>
      (
        await t.ctx.db
          .selectFrom('audit_log')
          .select('after')
          .where('actor_id', '=', t.fx.users.station)
          .where('action', 'in', ['resident.reveal', 'sealed.lookup'])
          .execute()
      ).reduce((n, r) => n + ((r.after as { weight?: number } | null)?.weight ?? 1), 0);
    for (let i = 0; (await used()) < 4; i++)
      expect((await t.call('station', { method: 'GET', url: `/api/v1/households?q=1370000${2000 + i}` })).statusCode).toBe(200);
    const household = await createHousehold(t, 'station', 'g1');
    const taken = idNumberFor('1950-03-04', 'F', 9);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.call('station', {
          method: 'POST',
          url: `/api/v1/households/${household}/residents`,
          payload: { name: `并发${i}`, sex: 'F', birthDate: '1950-03-04', idNumber: taken },
        }),
      ),
    );
    const statuses = answers.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([400, ...Array(9).fill(429)]);
    expect(await used()).toBe(5);
  });

  it('a burst of a supervisor (no other supervisor above) reaches the admins over the area', async () => {
    for (let i = 0; i < 5; i++)
      expect((await t.call('supervisor', { method: 'GET', url: `/api/v1/households?q=1380000${1000 + i}` })).statusCode).toBe(200);
    expect((await t.call('supervisor', { method: 'GET', url: '/api/v1/households?q=13800009999' })).statusCode).toBe(429);
    const raised = (await bursts()).filter((b) => b.subject_id === t.fx.users.supervisor);
    expect(raised.map((b) => b.user_id)).toEqual([t.fx.users.admin]);
  });
});
