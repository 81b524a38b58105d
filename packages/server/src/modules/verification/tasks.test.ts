import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { addResidentOk, idNumberFor } from '../households/households.test-helpers';
import {
  answers,
  drawOk,
  expectNoSecrets,
  verificationTestApp,
  type Registered,
  type VerificationTestApp,
} from './verification.test-helpers';

type FormField = { field: string; value: unknown; correct: string };

describe.each(DB_KINDS)('verification tasks and forms on %s', (kind) => {
  let t: VerificationTestApp;
  let elderly: Registered;
  let spouse: number;
  let elderlyTask: number;
  let otherTask: number;
  const bodies: string[] = [];
  const call: VerificationTestApp['call'] = async (user, opts) => {
    const res = await t.call(user, opts);
    bodies.push(res.body);
    return res;
  };
  const task = async (id: number, user = 'station') =>
    (await call(user, { method: 'GET', url: `/api/v1/verification/tasks/${id}` })).json();
  const submit = (id: number, payload: Record<string, unknown>, user = 'station') =>
    call(user, { method: 'POST', url: `/api/v1/verification/tasks/${id}/result`, payload });

  beforeAll(async () => {
    t = await verificationTestApp(kind);
    elderly = await t.register('g1', 'elderly');
    const spouseId = idNumberFor('1952-02-02', 'M', 400);
    t.secrets.push(spouseId, '13700009999');
    spouse = (
      await addResidentOk(t, 'admin', elderly.householdId, {
        name: '老伴',
        sex: 'M',
        birthDate: '1952-02-02',
        idNumber: spouseId,
        phone: '13700009999',
        relation: 'spouse',
        joinedOn: '2026-09-20',
      })
    ).residentId;
    const other = await t.register('g2', 'other');
    const draw = await drawOk(t, 'station', { regionId: t.fx.regions.w1.id, quarter: '2026-Q4', seed: 'forms' });
    bodies.push(JSON.stringify(draw));
    elderlyTask = draw.tasks.find((x: { householdId: number }) => x.householdId === elderly.householdId).id;
    otherTask = draw.tasks.find((x: { householdId: number }) => x.householdId === other.householdId).id;
  });
  afterAll(() => t.close());

  it('A8.2 a task shows the recorded fields to check, ID numbers and phones masked, with the current class and reasons', async () => {
    const detail = await task(elderlyTask);
    expect(detail).toMatchObject({
      id: elderlyTask,
      status: 'pending',
      version: 1,
      visitClass: '1-general',
      kind: 'quarterly',
      period: '2026-Q4',
      abilities: { submit: true },
    });
    expect(detail.household).toMatchObject({
      id: elderly.householdId,
      housing: 'owned',
      landlord: null,
      visitClass: { visitClass: '1-general', reasons: [{ reason: 'age-60-plus' }, { reason: 'age-60-plus' }] },
    });
    const head = detail.household.members.find((m: { residentId: number }) => m.residentId === elderly.residentId);
    expect(head).toMatchObject({ sex: 'F', birthDate: '1950-05-05', relation: 'head', tags: [] });
    expect(head.idNumber).toMatch(/^\d{3}\*+[\dX]{4}$/);
    expect(head.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(detail.form).toHaveLength(3 + 7 * 2);
    const byField = new Map<string, FormField>(detail.form.map((f: FormField) => [f.field, f]));
    expect(byField.get('household.address')).toMatchObject({ value: detail.household.address, correct: 'value' });
    expect(byField.get(`resident.${spouse}.idNumber`)).toMatchObject({ value: expect.stringMatching(/\*/), correct: 'flag' });
    expect(byField.get(`resident.${spouse}.relation`)).toMatchObject({ value: 'spouse', correct: 'flag' });
    expect(byField.get(`resident.${spouse}.tags`)).toMatchObject({ value: [], correct: 'value' });
    expect((await task(elderlyTask, 'supervisor')).abilities.submit).toBe(false);
    expect((await call('worker1', { method: 'GET', url: `/api/v1/verification/tasks/${elderlyTask}` })).statusCode).toBe(403);
    expect((await call('worker2', { method: 'GET', url: `/api/v1/verification/tasks/${elderlyTask}` })).statusCode).toBe(404);
    expect((await call('station', { method: 'GET', url: '/api/v1/verification/tasks/999999' })).statusCode).toBe(404);
  });

  it('A8.2 every field must be answered: 400 names the missing ones; bad values and sealed values are refused', async () => {
    // … nothing changes
    const { form } = await task(elderlyTask);
    const base = { expectedVersion: 1, checkedAt: '2026-11-27T10:02:00+08:00' };
    const missing = await submit(elderlyTask, {
      ...base,
      fields: answers(form).filter((a) => !a.field.endsWith('.tags') && a.field !== 'household.landlord'),
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      'body.fields.household.landlord',
      `body.fields.resident.${elderly.residentId}.tags`,
      `body.fields.resident.${spouse}.tags`,
    ]);
    const cases: Array<[Record<string, Record<string, unknown>>, string]> = [
      [{ [`resident.${spouse}.phone`]: { outcome: 'corrected', correctedValue: '13700001111' } }, 'sealed'],
      [{ [`resident.${spouse}.tags`]: { outcome: 'corrected', correctedValue: ['no-such-tag'] } }, 'unknown-tag'],
      [{ 'household.address': { outcome: 'corrected' } }, 'missing'],
      [{ 'household.address': { outcome: 'corrected', correctedValue: form[0].value } }, 'unchanged'],
      [{ 'household.housing': { outcome: 'corrected', correctedValue: 'leased' } }, 'invalid'],
      [{ [`resident.${spouse}.birthDate`]: { outcome: 'corrected', correctedValue: '1953-03-03' } }, 'birth-date-mismatch'],
      [{ [`resident.${spouse}.birthDate`]: { outcome: 'corrected', correctedValue: '2027-01-01' } }, 'future'],
    ];
    for (const [overrides, problem] of cases) {
      const res = await submit(elderlyTask, { ...base, fields: answers(form, overrides) });
      expect(res.statusCode, problem).toBe(400);
      const details = res.json().error.details as Array<{ field: string; problem?: string }>;
      if (problem !== 'birth-date-mismatch')
        expect(
          details.map((d) => d.problem),
          problem,
        ).toContain(problem);
      expect(details[0].field).toMatch(/^body\.fields\.\d+\.correctedValue/);
    }
    const future = await submit(elderlyTask, { ...base, checkedAt: '2026-12-01T09:00:00+08:00', fields: answers(form) });
    expect(future.json().error.details).toMatchObject([{ field: 'body.checkedAt' }]);
    const after = await task(elderlyTask);
    expect(after).toMatchObject({ status: 'pending', version: 1, result: null });
  });

  it('A8.2 roles on the form: 404 outside scope before 400, 403 for roles that do not verify', async () => {
    const { form } = await task(elderlyTask);
    const body = { expectedVersion: 1, checkedAt: '2026-11-27T10:02:00+08:00', fields: answers(form) };
    expect((await submit(elderlyTask, { expectedVersion: 'x' }, 'worker2')).statusCode).toBe(404);
    expect((await submit(elderlyTask, { expectedVersion: 'x' }, 'station')).statusCode).toBe(400);
    for (const user of ['worker1', 'leader', 'supervisor', 'officer'])
      expect((await submit(elderlyTask, body, user)).statusCode, user).toBe(403);
  });

  it('A8.2 corrections are applied to the registry in one transaction, audited, versions bumped', async () => {
    // … sealed fields are only flagged
    const { form } = await task(elderlyTask);
    const res = await submit(elderlyTask, {
      expectedVersion: 1,
      checkedAt: '2026-11-27T10:02:00+08:00',
      note: '入户核对',
      fields: answers(form, {
        'household.address': { outcome: 'corrected', correctedValue: ' 幸福路100号 ' },
        'household.landlord': { outcome: 'confirmed', note: '自有住房' },
        [`resident.${elderly.residentId}.name`]: { outcome: 'corrected', correctedValue: '王秀英' },
        [`resident.${elderly.residentId}.tags`]: { outcome: 'corrected', correctedValue: ['empty-nest'] },
        [`resident.${spouse}.phone`]: { outcome: 'corrected', note: '号码已停机' },
        [`resident.${spouse}.relation`]: { outcome: 'corrected', correctedValue: 'brother' },
      }),
    });
    expect(res.statusCode, res.body).toBe(200);
    const done = res.json();
    expect(done).toMatchObject({
      status: 'done',
      version: 2,
      discrepancies: 5,
      followUps: 2,
      checkedAt: '2026-11-27T10:02:00.000+08:00',
      abilities: { submit: false },
    });
    expect(done.household).toMatchObject({ address: '幸福路100号', version: 2, visitClass: { visitClass: '1-special' } });
    const fields = new Map(done.result.fields.map((f: { field: string }) => [f.field, f]));
    expect(fields.get('household.address')).toMatchObject({
      outcome: 'corrected',
      correctedValue: '幸福路100号',
      applied: true,
      followUp: false,
    });
    expect(fields.get(`resident.${spouse}.phone`)).toMatchObject({
      outcome: 'corrected',
      applied: false,
      followUp: true,
      note: '号码已停机',
    });
    expect(fields.get(`resident.${spouse}.phone`)).not.toHaveProperty('correctedValue');
    expect(fields.get(`resident.${spouse}.relation`)).toMatchObject({ correctedValue: 'brother', applied: false, followUp: true });
    expect(done.result.note).toBe('入户核对');

    const household = (await call('admin', { method: 'GET', url: `/api/v1/households/${elderly.householdId}` })).json();
    const head = household.members.find((m: { residentId: number }) => m.residentId === elderly.residentId);
    expect(head).toMatchObject({ name: '王秀英', tags: ['empty-nest'], version: 2 });
    const mate = household.members.find((m: { residentId: number }) => m.residentId === spouse);
    expect(mate).toMatchObject({ version: 1, relation: 'spouse', phone: expect.stringMatching(/^137\*{4}9999$/) });

    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'before', 'after'])
      .where('request_id', 'is not', null)
      .where('action', 'in', ['household.update', 'resident.update', 'verification.result'])
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, a.entity_id])).toEqual([
      ['household.update', String(elderly.householdId)],
      ['resident.update', String(elderly.residentId)],
      ['verification.result', String(elderlyTask)],
    ]);
    expect(audit[0]).toMatchObject({
      before: { address: expect.stringContaining('g1') },
      after: { address: '幸福路100号', source: { verificationTaskId: elderlyTask } },
    });
    expect(audit[2].after).toMatchObject({ discrepancies: 5, followUps: 2 });
    for (const row of audit) expectNoSecrets(t, JSON.stringify(row));

    const followUp = await call('station', { method: 'GET', url: '/api/v1/verification/tasks?followUp=true' });
    expect(followUp.json().items.map((x: { id: number }) => x.id)).toEqual([elderlyTask]);
  });

  it('a stale version is 409 VERSION_CONFLICT; a done task is 409 ACTION_NOT_ALLOWED', async () => {
    const { form } = await task(elderlyTask);
    const body = { checkedAt: '2026-11-27T10:03:00+08:00', fields: answers(form) };
    const stale = await submit(elderlyTask, { ...body, expectedVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const again = await submit(elderlyTask, { ...body, expectedVersion: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ACTION_NOT_ALLOWED');
  });

  it("A8.2 tasks are listed by status within the caller's scope", async () => {
    const pending = await call('station', { method: 'GET', url: '/api/v1/verification/tasks?status=pending' });
    expect(pending.json()).toMatchObject({ total: 1, items: [{ id: otherTask, status: 'pending', address: expect.any(String) }] });
    const doneList = await call('lead', { method: 'GET', url: '/api/v1/verification/tasks?status=done' });
    expect(doneList.json().items.map((x: { id: number }) => x.id)).toEqual([elderlyTask]);
    expect((await call('officer', { method: 'GET', url: '/api/v1/verification/tasks' })).json().total).toBe(2);
    expect((await call('townofficer', { method: 'GET', url: '/api/v1/verification/tasks' })).json().total).toBe(0);
  });

  it('C3 D10 no response and no audit row ever holds a clear ID number or phone', async () => {
    expect(bodies.length).toBeGreaterThan(20);
    for (const body of bodies) expectNoSecrets(t, body);
    const rows = await t.ctx.db.selectFrom('audit_log').select(['before', 'after']).execute();
    expectNoSecrets(t, JSON.stringify(rows));
    const stored = await t.ctx.db.selectFrom('verification_tasks').select(['result']).execute();
    expectNoSecrets(t, JSON.stringify(stored));
  });
});
