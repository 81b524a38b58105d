import { createHash } from 'node:crypto';
import { checkIdNumber } from '@gridwork/core/households';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactUrl } from '../../plugins/log-redaction';
import { DB_KINDS } from '../../testing/databases';
import {
  addResident,
  addResidentOk,
  countRows,
  createHousehold,
  householdTestApp,
  idNumberFor,
  type HouseholdTestApp,
} from './households.test-helpers';

const ID = idNumberFor('1956-04-12', 'F', 7);
const PHONE = '13812345678';

describe.each(DB_KINDS)('residents, sealed fields and reveal on %s', (kind) => {
  let t: HouseholdTestApp;
  let household: number;
  let resident: number;
  /** Everything a response, the audit log or the idempotency store holds must not contain these. */
  const secrets = [ID, PHONE, ID.slice(0, 14), ID.slice(6, 14)];
  const expectNoSecret = (text: string, where: string) => {
    for (const s of secrets) expect(text.includes(s), `${where} leaks ${s.length} chars`).toBe(false);
  };

  beforeAll(async () => {
    t = await householdTestApp(kind);
    household = await createHousehold(t, 'worker1', 'g1');
    const res = await addResident(t, 'worker1', household, {
      name: '孙桂兰',
      sex: 'F',
      birthDate: '1956-04-12',
      idNumber: ID,
      phone: '138-1234-5678',
      tags: ['empty-nest'],
      relation: 'head',
      economicSituation: '退休金',
      skills: '裁缝',
      views: '关心加装电梯',
      socialRelations: '女儿在外地',
    });
    expect(res.statusCode, res.body).toBe(201);
    resident = res.json().residentId;
    expectNoSecret(res.body, 'create response');
  });
  afterAll(() => t.close());

  it('C3 D10 ID numbers and phones are masked in the detail for every role that reads it', async () => {
    for (const user of ['worker1', 'leader', 'station', 'lead', 'officer', 'admin', 'supervisor']) {
      const res = await t.call(user, { method: 'GET', url: `/api/v1/households/${household}` });
      expect(res.statusCode, user).toBe(200);
      expect(res.json().members[0]).toMatchObject({
        residentId: resident,
        idNumber: `110***********${ID.slice(-4)}`,
        phone: '138****5678',
        tags: ['empty-nest'],
      });
      expectNoSecret(res.body, `detail for ${user}`);
    }
  });

  it('C3 D10 lists and search stay masked; an ID number or phone matches only exactly, through the keyed hash', async () => {
    const list = await t.call('lead', { method: 'GET', url: '/api/v1/households' });
    expectNoSecret(list.body, 'list');
    const summary = list.json().items.find((h: { id: number }) => h.id === household);
    expect(summary.members[0]).toMatchObject({ idNumber: `110***********${ID.slice(-4)}`, phone: '138****5678' });
    for (const q of [ID, ID.toLowerCase(), PHONE, '138 1234 5678', '+8613812345678']) {
      const res = await t.call('worker1', { method: 'GET', url: `/api/v1/households?q=${encodeURIComponent(q)}` });
      expect(
        res.json().items.map((h: { id: number }) => h.id),
        q,
      ).toEqual([household]);
      expectNoSecret(res.body, `search ${q}`);
    }
    for (const q of [ID.slice(0, 14), ID.slice(-4), ID.slice(0, 17), `110***********${ID.slice(-4)}`, '13812345', '5678', '1956']) {
      const res = await t.call('worker1', { method: 'GET', url: `/api/v1/households?q=${encodeURIComponent(q)}` });
      expect(res.json().total, q).toBe(0);
    }
    const outOfScope = await t.call('worker2', { method: 'GET', url: `/api/v1/households?q=${ID}` });
    expect(outOfScope.json().total).toBe(0);
  });

  it('C3 sealed at rest: ciphertext, keyed hash and mask only; audit and idempotency rows hold no clear value', async () => {
    const row = await t.ctx.db
      .selectFrom('residents')
      .select(['id_number_enc', 'id_number_hash', 'id_number_mask', 'phone_enc', 'phone_hash'])
      .where('id', '=', resident)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(row.id_number_enc!).includes(Buffer.from(ID))).toBe(false);
    expect(Buffer.from(row.phone_enc!).includes(Buffer.from(PHONE))).toBe(false);
    expect(row.id_number_hash).not.toBe(createHash('sha256').update(ID).digest('base64url'));
    expect(row.id_number_mask).toBe(`110***********${ID.slice(-4)}`);
    const audit = await sql<{
      t: string;
    }>`SELECT string_agg(coalesce(before::text, '') || coalesce(after::text, ''), ' ') AS t FROM audit_log`.execute(t.ctx.db);
    expectNoSecret(audit.rows[0].t ?? '', 'audit log');
    const keyed = await addResident(t, 'worker1', household, {
      name: '孙小',
      sex: 'M',
      birthDate: '1990-01-01',
      idNumber: idNumberFor('1990-01-01', 'M', 9),
      phone: '13900001111',
    });
    expect(keyed.statusCode).toBe(201);
    const replay = await t.call('worker1', {
      method: 'POST',
      url: `/api/v1/households/${household}/residents`,
      headers: { 'idempotency-key': 'res-1' },
      payload: { name: '孙二', sex: 'M', birthDate: '1991-01-01', idNumber: idNumberFor('1991-01-01', 'M', 3) },
    });
    expect(replay.statusCode).toBe(201);
    const stored = await sql<{ t: string }>`SELECT request_hash || response::text AS t FROM idempotency_keys WHERE key = 'res-1'`.execute(
      t.ctx.db,
    );
    expect(stored.rows[0].t).not.toContain(idNumberFor('1991-01-01', 'M', 3));
    expect(redactUrl(`/api/v1/households?q=${ID}&gridId=3`)).toBe('/api/v1/households?q=[redacted]&gridId=3');
  });

  it('C3 D10 reveal: ID numbers to admin, community grid lead and workstation staff; phones also to the grid own worker', async () => {
    const expected: Array<[string, number, number]> = [
      ['admin', 200, 200],
      ['lead', 200, 200],
      ['station', 200, 200],
      ['worker1', 403, 200],
      ['leader', 403, 403],
      ['officer', 403, 403],
      ['supervisor', 403, 403],
      ['hotline', 403, 403],
      ['worker2', 404, 404],
      ['townworker', 404, 404],
    ];
    for (const [user, idStatus, phoneStatus] of expected) {
      const id = await t.call(user, { method: 'POST', url: `/api/v1/residents/${resident}/reveal`, payload: { field: 'idNumber' } });
      expect(id.statusCode, `${user} idNumber`).toBe(idStatus);
      if (idStatus === 200) expect(id.json()).toEqual({ residentId: resident, field: 'idNumber', value: ID });
      else expectNoSecret(id.body, `${user} refused`);
      const phone = await t.call(user, { method: 'POST', url: `/api/v1/residents/${resident}/reveal`, payload: { field: 'phone' } });
      expect(phone.statusCode, `${user} phone`).toBe(phoneStatus);
      if (phoneStatus === 200) {
        expect(phone.json().value).toBe(PHONE);
        expect(phone.headers['cache-control']).toBe('no-store');
      }
    }
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'resident.reveal')
      .where('entity_id', '=', String(resident))
      .orderBy('id')
      .execute();
    expect(audit).toHaveLength(7);
    expect(audit.map((a) => a.actor_id)).toEqual([
      t.fx.users.admin,
      t.fx.users.admin,
      t.fx.users.lead,
      t.fx.users.lead,
      t.fx.users.station,
      t.fx.users.station,
      t.fx.users.worker1,
    ]);
    expect(audit[0]).toMatchObject({
      entity: 'resident',
      region_id: t.fx.regions.g1.id,
      top_region_id: t.fx.regions.street.id,
      after: { field: 'idNumber', present: true },
    });
    expect(audit[6].after).toMatchObject({ field: 'phone' });
    const bad = await t.call('admin', { method: 'POST', url: `/api/v1/residents/${resident}/reveal`, payload: { field: 'name' } });
    expect(bad.statusCode).toBe(400);
  });

  it('C3 invalid ID numbers and impossible dates: 400 naming the field, nothing written, the value never echoed', async () => {
    const contractExample = '110105199001011234';
    expect(checkIdNumber(contractExample)).toMatchObject({ valid: false, problem: 'check-digit' });
    const good = { name: '测试', sex: 'M', birthDate: '1990-01-01' };
    const cases: Array<[Record<string, unknown>, string, string?]> = [
      [{ ...good, idNumber: contractExample }, 'body.idNumber', 'check-digit'],
      [{ ...good, idNumber: idNumberFor('1990-01-02', 'M') }, 'body.idNumber', 'birth-date-mismatch'],
      [{ ...good, idNumber: idNumberFor('1990-01-01', 'F') }, 'body.idNumber', 'sex-mismatch'],
      [{ ...good, idNumber: '11010519900101123' }, 'body.idNumber', 'format'],
      [{ ...good, idNumber: '110105199002301234' }, 'body.idNumber', 'birth-date'],
      [{ ...good, birthDate: '2023-02-30' }, 'body.birthDate', 'not-a-date'],
      [{ ...good, birthDate: '2027-01-01' }, 'body.birthDate', 'future'],
      [{ ...good, birthDate: '1990-13-01' }, 'body.birthDate'],
      [{ ...good, birthDate: '1990/01/01' }, 'body.birthDate'],
      [{ ...good, joinedOn: '1989-12-31' }, 'body.joinedOn'],
      [{ ...good, phone: '12ab' }, 'body.phone', 'format'],
      [{ ...good, tags: ['vip'] }, 'body.tags.0', 'unknown-tag'],
      [{ ...good, sex: 'X' }, 'body.sex'],
    ];
    const counts = async () => [await countRows(t, 'residents'), await countRows(t, 'household_members'), await countRows(t, 'audit_log')];
    const before = await counts();
    for (const [payload, field, problem] of cases) {
      const res = await addResident(t, 'worker1', household, payload);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      const details = res.json().error.details as Array<{ field: string; problem?: string }>;
      expect(
        details.map((d) => d.field),
        JSON.stringify(payload),
      ).toContain(field);
      if (problem) expect(details.find((d) => d.field === field)?.problem).toBe(problem);
      if (typeof payload.idNumber === 'string') expect(res.body).not.toContain(payload.idNumber);
    }
    expect(await counts()).toEqual(before);
  });

  it('C3 a duplicate ID number in another household is refused naming the field, without revealing the other record', async () => {
    const other = await createHousehold(t, 'worker2', 'c2g1', { address: '二社区某路8号' });
    const before = await countRows(t, 'residents');
    const res = await addResident(t, 'worker2', other, { name: '冒名', sex: 'F', birthDate: '1956-04-12', idNumber: ID });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([expect.objectContaining({ field: 'body.idNumber', problem: 'duplicate' })]);
    for (const leak of [ID, String(household), '孙桂兰', 'g1 幸福路1号', String(resident)]) expect(res.body).not.toContain(leak);
    expect(await countRows(t, 'residents')).toBe(before);
    const refusedFirst = await addResident(t, 'hotline', household, { name: '冒名', sex: 'F', birthDate: '1956-04-12', idNumber: ID });
    expect(refusedFirst.statusCode).toBe(403);
  });

  it('A11.1 a resident edit (tags) bumps the version; a birth date that disagrees with the stored ID number is refused', async () => {
    const id = await createHousehold(t, 'worker1', 'g1');
    const r = await addResidentOk(t, 'worker1', id, {
      name: '周',
      sex: 'M',
      birthDate: '1970-05-05',
      idNumber: idNumberFor('1970-05-05', 'M', 11),
    });
    const url = `/api/v1/residents/${r.residentId}`;
    const tagged = await t.call('worker1', {
      method: 'PATCH',
      url,
      payload: { expectedVersion: 1, tags: ['low-income'], phone: '13600000000' },
    });
    expect(tagged.statusCode).toBe(200);
    expect(tagged.json()).toMatchObject({ tags: ['low-income'], phone: '136****0000', version: 2 });
    const mismatch = await t.call('worker1', { method: 'PATCH', url, payload: { expectedVersion: 2, birthDate: '1971-05-05' } });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.details[0]).toMatchObject({ field: 'body.birthDate', problem: 'birth-date-mismatch' });
    expect(mismatch.body).not.toContain(idNumberFor('1970-05-05', 'M', 11));
    const stale = await t.call('worker1', { method: 'PATCH', url, payload: { expectedVersion: 1, notes: 'x' } });
    expect(stale.statusCode).toBe(409);
    const dup = await t.call('worker1', {
      method: 'PATCH',
      url,
      payload: { expectedVersion: 2, birthDate: '1956-04-12', sex: 'F', idNumber: ID },
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.details[0]).toMatchObject({ field: 'body.idNumber', problem: 'duplicate' });
  });

  it('A11.1 moves, move-outs and deaths close the membership with date and reason; history is kept', async () => {
    const from = await createHousehold(t, 'worker1', 'g1', { address: '旧居1号' });
    const to = await createHousehold(t, 'lead', 'g2', { address: '新居2号' });
    const idNumber = idNumberFor('1980-02-02', 'M', 21);
    const r = await addResidentOk(t, 'worker1', from, { name: '吴', sex: 'M', birthDate: '1980-02-02', idNumber, joinedOn: '2020-01-01' });
    const url = `/api/v1/residents/${r.residentId}/end-membership`;
    expect(
      (
        await t.call('worker1', {
          method: 'POST',
          url,
          payload: { expectedVersion: 1, reason: 'moved', on: '2026-11-01', toHouseholdId: to },
        })
      ).statusCode,
    ).toBe(404);
    const noTarget = await t.call('lead', { method: 'POST', url, payload: { expectedVersion: 1, reason: 'moved', on: '2026-11-01' } });
    expect(noTarget.json().error.details[0].field).toBe('body.toHouseholdId');
    const early = await t.call('lead', {
      method: 'POST',
      url,
      payload: { expectedVersion: 1, reason: 'moved', on: '2019-12-31', toHouseholdId: to },
    });
    expect(early.json().error.details[0].field).toBe('body.on');
    const moved = await t.call('lead', {
      method: 'POST',
      url,
      payload: { expectedVersion: 1, reason: 'moved', on: '2026-11-01', toHouseholdId: to, relation: 'tenant' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ householdId: to, joinedOn: '2026-11-01', leftOn: null, relation: 'tenant', status: 'current' });
    const old = (await t.call('lead', { method: 'GET', url: `/api/v1/households/${from}` })).json();
    expect(old.members).toEqual([]);
    expect(old.formerMembers[0]).toMatchObject({
      residentId: r.residentId,
      joinedOn: '2020-01-01',
      leftOn: '2026-11-01',
      leftReason: 'moved',
    });
    expect((await t.call('worker1', { method: 'GET', url: `/api/v1/households/${to}` })).statusCode).toBe(404);
    const stale = await t.call('lead', { method: 'POST', url, payload: { expectedVersion: 1, reason: 'moved-out', on: '2026-11-20' } });
    expect(stale.statusCode).toBe(409);
    const out = await t.call('lead', {
      method: 'POST',
      url,
      payload: { expectedVersion: 2, reason: 'moved-out', on: '2026-11-20', note: '迁往外省' },
    });
    expect(out.json()).toMatchObject({ householdId: to, leftOn: '2026-11-20', leftReason: 'moved-out', status: 'moved-out' });
    const again = await t.call('lead', { method: 'POST', url, payload: { expectedVersion: 3, reason: 'deceased', on: '2026-11-21' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ACTION_NOT_ALLOWED');
    // the ID number is free again once its holder is no longer a current resident
    const back = await addResident(t, 'worker1', from, { name: '吴', sex: 'M', birthDate: '1980-02-02', idNumber, joinedOn: '2026-11-21' });
    expect(back.statusCode).toBe(201);
    const died = await t.call('worker1', {
      method: 'POST',
      url: `/api/v1/residents/${back.json().residentId}/end-membership`,
      payload: { expectedVersion: 1, reason: 'deceased', on: '2026-11-26' },
    });
    expect(died.json()).toMatchObject({ status: 'deceased', leftReason: 'deceased' });
    const members = await t.ctx.db
      .selectFrom('household_members')
      .select(['left_reason'])
      .where('resident_id', 'in', [r.residentId, back.json().residentId])
      .orderBy('id')
      .execute();
    expect(members.map((m) => m.left_reason)).toEqual(['moved', 'moved-out', 'deceased']);
  });

  it('the resident tag list: contract defaults, editable by the admin only, new tags usable', async () => {
    const list = await t.call('worker1', { method: 'GET', url: '/api/v1/resident-tags' });
    expect(list.json().map((tag: { code: string }) => tag.code)).toEqual([
      'low-income',
      'disabled',
      'empty-nest',
      'living-alone',
      'seriously-ill',
      'bedridden',
      'migrant',
      'business-owner',
      'salaried',
    ]);
    const tag = { labelZh: '退役军人', labelEn: 'Veteran', active: true, sort: 100 };
    expect((await t.call('lead', { method: 'PUT', url: '/api/v1/resident-tags/veteran', payload: tag })).statusCode).toBe(403);
    expect((await t.call('admin', { method: 'PUT', url: '/api/v1/resident-tags/veteran', payload: tag })).statusCode).toBe(200);
    const res = await addResident(t, 'worker1', household, { name: '老兵', sex: 'M', birthDate: '1950-01-01', tags: ['veteran'] });
    expect(res.statusCode).toBe(201);
  });

  it('Idempotency-Key on residents: a replay creates nothing new; another body with the key is 409', async () => {
    const headers = { 'idempotency-key': 'res-retry' };
    const payload = { name: '重试', sex: 'F', birthDate: '2001-01-01', idNumber: idNumberFor('2001-01-01', 'F', 31) };
    const first = await t.call('worker1', { method: 'POST', url: `/api/v1/households/${household}/residents`, payload, headers });
    expect(first.statusCode).toBe(201);
    const before = await countRows(t, 'residents');
    const again = await t.call('worker1', { method: 'POST', url: `/api/v1/households/${household}/residents`, payload, headers });
    expect(again.statusCode).toBe(201);
    expect(again.json().residentId).toBe(first.json().residentId);
    const other = await t.call('worker1', {
      method: 'POST',
      url: `/api/v1/households/${household}/residents`,
      payload: { ...payload, name: '别人' },
      headers,
    });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countRows(t, 'residents')).toBe(before);
  });
});
