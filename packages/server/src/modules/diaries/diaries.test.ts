import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

let now = new Date('2027-01-05T10:00:00+08:00');

describe.each(DB_KINDS)('field diaries on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    now = new Date('2027-01-05T10:00:00+08:00');
    t = await createTestApp(kind, { clock: () => now });
  });
  afterAll(() => t.close());

  const entry = (occurredAt: string, extra: Record<string, unknown> = {}) => ({
    occurredAt,
    place: '幸福里3号楼',
    people: '张大爷、网格员',
    content: '走访独居老人，了解用水困难',
    ...extra,
  });
  const write = (user: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.call(user, { method: 'POST', url: '/api/v1/diaries', payload: body, headers });
  const status = (user: string, userId: number, date: string) =>
    t.call(user, { method: 'GET', url: `/api/v1/diaries/status?userId=${userId}&date=${date}` });

  it('A5.1-A5.4 a team member writes an entry with the handling process and reflection; the author is the caller', async () => {
    const res = await write(
      'worker1',
      entry('2027-01-05T09:00:00+08:00', {
        background: '老旧管网',
        cause: '水压不足',
        solution: '报社区协调',
        outcome: '已修复',
        reflection: '应提前巡查',
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      authorId: t.fx.users.worker1,
      occurredAt: '2027-01-05T09:00:00.000+08:00',
      version: 1,
      backEntered: false,
      reflection: '应提前巡查',
      abilities: { edit: true, review: false, select: false },
    });
  });

  it('A5 bad input: a future time is 400; another author or over 7 days back is 403 for a worker; nothing stored', async () => {
    const before = await t.ctx.db.selectFrom('diaries').select(t.ctx.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const future = await write('worker1', entry('2027-01-05T12:00:00+08:00'));
    expect(future.statusCode).toBe(400);
    expect(future.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'body.occurredAt' }] });
    expect((await write('worker1', entry('2026-12-20T09:00:00+08:00'))).statusCode).toBe(403);
    expect((await write('worker1', entry('2027-01-04T09:00:00+08:00', { authorId: t.fx.users.leader }))).statusCode).toBe(403);
    expect((await write('hotline', entry('2027-01-04T09:00:00+08:00'))).statusCode).toBe(403);
    expect((await write('worker1', { ...entry('2027-01-04T09:00:00+08:00'), place: '' })).statusCode).toBe(400);
    // someone outside the caller's area is 404 first (contract order)
    expect((await write('station', entry('2027-01-04T09:00:00+08:00', { authorId: t.fx.users.worker2 }))).statusCode).toBe(404);
    const after = await t.ctx.db.selectFrom('diaries').select(t.ctx.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('A5 back-entry: workstation staff transcribe a paper notebook for a member of their area, old dates included', async () => {
    const res = await write('station', entry('2026-10-12T15:00:00+08:00', { authorId: t.fx.users.worker1 }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ authorId: t.fx.users.worker1, backEntered: true, createdBy: t.fx.users.station });
    const notMember = await write('station', entry('2026-10-12T15:00:00+08:00', { authorId: t.fx.users.supervisor }));
    expect([400, 404]).toContain(notMember.statusCode);
  });

  it('A5.2 D9 weekly compliance across a month and a year boundary, as of the end of the date', async () => {
    const member = t.fx.users.leader;
    // the week of 2026-12-31 (Thursday) runs Monday 2026-12-28 to Sunday 2027-01-03
    expect((await status('leader', member, '2026-12-31')).json()).toMatchObject({
      period: { start: '2026-12-28', end: '2027-01-03' },
      required: 1,
      done: 0,
      status: 'due',
    });
    const made = await write('station', entry('2027-01-02T16:00:00+08:00', { authorId: member }));
    expect(made.statusCode).toBe(201);
    // an entry on Saturday 01-02 counts as of the end of 01-02, not as of 12-31
    expect((await status('leader', member, '2026-12-31')).json()).toMatchObject({ done: 0, status: 'due' });
    expect((await status('leader', member, '2027-01-02')).json()).toMatchObject({ done: 1, status: 'met', rule: 'A5.2' });
    // the next week has none: overdue once it has ended, a future date is allowed
    expect((await status('leader', member, '2027-01-10')).json()).toMatchObject({
      period: { start: '2027-01-04' },
      done: 0,
      status: 'overdue',
    });
    expect((await status('leader', member, '2027-01-09')).json()).toMatchObject({ status: 'at-risk' });
    expect((await status('leader', member, '2027-01-05')).json()).toMatchObject({ status: 'due' });
  });

  it('A5.2 only team roles owe an entry; a bad date is 400; strangers get 404 and other roles 403', async () => {
    expect((await status('hotline', t.fx.users.hotline, '2027-01-05')).json()).toMatchObject({ required: 0, status: 'met' });
    expect((await t.call('worker1', { method: 'GET', url: '/api/v1/diaries/status?date=2027-02-30' })).statusCode).toBe(400);
    expect((await status('worker2', t.fx.users.worker1, '2027-01-05')).statusCode).toBe(404);
    expect((await status('hotline', t.fx.users.worker1, '2027-01-05')).statusCode).toBe(403);
    expect((await status('station', t.fx.users.worker1, '2027-01-05')).statusCode).toBe(200);
  });

  it('C4 township: the policy asks one entry a week of the town grid worker too', async () => {
    expect((await status('townworker', t.fx.users.townworker, '2027-01-05')).json()).toMatchObject({ required: 1, rule: 'C4' });
  });

  it('A5.6 entries of others are read only by their reviewers in scope; reviewers comment, authors do not review themselves', async () => {
    const id = (await write('worker1', entry('2027-01-05T08:00:00+08:00'))).json().id;
    const get = (user: string) => t.call(user, { method: 'GET', url: `/api/v1/diaries/${id}` });
    expect((await get('worker2')).statusCode).toBe(404);
    expect((await get('hotline')).statusCode).toBe(404);
    expect((await get('leader')).statusCode).toBe(200);
    const review = (user: string) =>
      t.call(user, { method: 'POST', url: `/api/v1/diaries/${id}/reviews`, payload: { comment: '记录清楚，请跟进' } });
    const reviewed = await review('station');
    expect(reviewed.statusCode).toBe(200);
    expect(reviewed.json().reviews).toEqual([
      expect.objectContaining({ comment: '记录清楚，请跟进', reviewer: { id: t.fx.users.station, name: 'station' } }),
    ]);
    expect((await review('worker1')).statusCode).toBe(403);
    const list = await t.call('worker2', { method: 'GET', url: '/api/v1/diaries' });
    expect(list.json().items.every((d: { authorId: number }) => d.authorId === t.fx.users.worker2)).toBe(true);
    const mine = await t.call('station', { method: 'GET', url: `/api/v1/diaries?userId=${t.fx.users.worker1}` });
    expect(mine.json().items.map((d: { id: number }) => d.id)).toContain(id);
  });

  it('A5.5 the community grid lead selects entries of others, never their own (SELF_SELECTION); staff shortlist', async () => {
    const id = (await write('worker1', entry('2027-01-04T08:00:00+08:00'))).json().id;
    const mark = (user: string, verb: string, diary: number, month = '2027-01') =>
      t.call(user, { method: 'POST', url: `/api/v1/diaries/${diary}/${verb}`, payload: { month } });
    expect((await mark('station', 'select', id)).statusCode).toBe(403);
    expect((await mark('station', 'shortlist', id)).json().selections).toMatchObject([{ month: '2027-01', status: 'shortlisted' }]);
    expect((await mark('lead', 'select', id, '2026-12')).statusCode).toBe(400);
    const selected = await mark('lead', 'select', id);
    expect(selected.statusCode).toBe(200);
    expect(selected.json().selections).toMatchObject([{ month: '2027-01', status: 'selected', by: { id: t.fx.users.lead } }]);
    // a selected entry is kept as judged
    const edit = await t.call('worker1', {
      method: 'PATCH',
      url: `/api/v1/diaries/${id}`,
      payload: { expectedVersion: 1, content: 'changed' },
    });
    expect(edit.statusCode).toBe(409);
    const own = (await write('lead', entry('2027-01-04T08:00:00+08:00'))).json().id;
    const self = await mark('lead', 'select', own);
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe('SELF_SELECTION');
  });

  it('A5.5 an entry is selected once (its points count once); a bad body is 400 before the role is checked', async () => {
    const id = (await write('worker1', entry('2027-01-04T18:00:00+08:00'))).json().id;
    const mark = (month: string) => t.call('lead', { method: 'POST', url: `/api/v1/diaries/${id}/select`, payload: { month } });
    expect((await mark('2027-01')).statusCode).toBe(200);
    expect((await mark('2027-01')).statusCode).toBe(200);
    expect(
      (await t.call('worker1', { method: 'POST', url: `/api/v1/diaries/${id}/select`, payload: { month: '2026-01' } })).statusCode,
    ).toBe(400);
    const twice = await write('worker1', entry('2027-01-06T09:00:00+08:00', { authorId: t.fx.users.leader }));
    expect(twice.statusCode).toBe(400);
    expect((await write('lead', entry('0001-01-01T09:00:00+08:00', { authorId: t.fx.users.worker1 }))).statusCode).toBe(400);
  });

  it('the author edits with the version; a stale version is 409; others may not edit', async () => {
    const d = (await write('worker1', entry('2027-01-05T07:00:00+08:00'))).json();
    const patch = (user: string, expectedVersion: number) =>
      t.call(user, { method: 'PATCH', url: `/api/v1/diaries/${d.id}`, payload: { expectedVersion, outcome: '已解决' } });
    expect((await patch('station', 1)).statusCode).toBe(403);
    expect((await patch('worker1', 1)).json()).toMatchObject({ version: 2, outcome: '已解决' });
    expect((await patch('worker1', 1)).json().error.code).toBe('VERSION_CONFLICT');
  });

  it('an Idempotency-Key makes a retried entry count once', async () => {
    const headers = { 'idempotency-key': 'diary-retry-1' };
    const a = await write('worker1', entry('2027-01-05T06:00:00+08:00'), headers);
    const b = await write('worker1', entry('2027-01-05T06:00:00+08:00'), headers);
    expect(b.json().id).toBe(a.json().id);
    const other = await write('worker1', entry('2027-01-05T06:30:00+08:00'), headers);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});
