import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

/*
 * Expected dates below are worked out by hand from the State Council notices (国办发明电):
 * 2025: 春节 01-28..02-04 off, 01-26 (Sun) and 02-08 (Sat) working; 国庆节+中秋节 10-01..10-08 off,
 *       09-28 (Sun) and 10-11 (Sat) working.
 * 2026: 元旦 01-01..01-03 off, 01-04 (Sun) working; 春节 02-15..02-23 off, 02-14 (Sat) and 02-28 (Sat)
 *       working; 中秋节 09-25..09-27 off; 国庆节 10-01..10-07 off, 09-20 (Sun) and 10-10 (Sat) working.
 * 2027 has no notice yet: 2027-01-01 is a Friday, 元旦 by law.
 */
describe.each(DB_KINDS)('calendar API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const add = (from: string, days: number | string, user = 'worker1') =>
    t.call(user, { method: 'GET', url: `/api/v1/calendar/add-working-days?from=${from}&days=${days}` });
  const addOk = async (from: string, days: number) => {
    const res = await add(from, days);
    expect(res.statusCode, `${from} + ${days}: ${res.body}`).toBe(200);
    return res.json() as { date: string; provisional: boolean };
  };

  it('A3.4 D2 the contract example: 2026-09-30 + 5 working days → 2026-10-13, confirmed', async () => {
    expect(await addOk('2026-09-30', 5)).toEqual({ date: '2026-10-13', provisional: false });
  });

  it('A3.4 D2 day 1 is the first working day strictly after `from`; plain weeks', async () => {
    expect(await addOk('2026-03-02', 1)).toEqual({ date: '2026-03-03', provisional: false }); // Mon → Tue
    expect(await addOk('2026-03-06', 1)).toEqual({ date: '2026-03-09', provisional: false }); // Fri → Mon
    expect(await addOk('2026-03-07', 1)).toEqual({ date: '2026-03-09', provisional: false }); // Sat → Mon
    expect(await addOk('2026-03-02', 5)).toEqual({ date: '2026-03-09', provisional: false });
    expect(await addOk('2026-03-02', 10)).toEqual({ date: '2026-03-16', provisional: false });
  });

  it('D1 2025 Spring Festival: the working Sunday before and the working Saturday after count', async () => {
    expect(await addOk('2025-01-24', 1)).toEqual({ date: '2025-01-26', provisional: false }); // Fri → working Sun
    expect(await addOk('2025-01-24', 3)).toEqual({ date: '2025-02-05', provisional: false }); // 26, 27, then after the break
    expect(await addOk('2025-01-27', 5)).toEqual({ date: '2025-02-10', provisional: false }); // 5, 6, 7, Sat 8, Mon 10
  });

  it('D1 2025 National Day and Mid-Autumn: eight days off, working 09-28 and 10-11', async () => {
    expect(await addOk('2025-09-26', 2)).toEqual({ date: '2025-09-29', provisional: false }); // Sun 28, Mon 29
    expect(await addOk('2025-09-30', 1)).toEqual({ date: '2025-10-09', provisional: false });
    expect(await addOk('2025-09-30', 5)).toEqual({ date: '2025-10-14', provisional: false }); // 9, 10, Sat 11, 13, 14
  });

  it('D1 2026 New Year and Spring Festival, across the year boundary', async () => {
    expect(await addOk('2025-12-31', 1)).toEqual({ date: '2026-01-04', provisional: false }); // working Sunday
    expect(await addOk('2026-02-13', 1)).toEqual({ date: '2026-02-14', provisional: false }); // working Saturday
    expect(await addOk('2026-02-13', 2)).toEqual({ date: '2026-02-24', provisional: false });
    expect(await addOk('2026-02-24', 4)).toEqual({ date: '2026-02-28', provisional: false }); // 25, 26, 27, Sat 28
    expect(await addOk('2026-02-24', 5)).toEqual({ date: '2026-03-02', provisional: false });
  });

  it('D1 2026 Mid-Autumn and National Day: working 09-20 and 10-10', async () => {
    expect(await addOk('2026-09-18', 1)).toEqual({ date: '2026-09-20', provisional: false });
    expect(await addOk('2026-09-24', 1)).toEqual({ date: '2026-09-28', provisional: false });
    expect(await addOk('2026-09-30', 3)).toEqual({ date: '2026-10-10', provisional: false });
  });

  it('D1 a sum reaching into 2027 (no confirmed data) is provisional; one that stays in 2026 is not', async () => {
    expect(await addOk('2026-12-30', 1)).toEqual({ date: '2026-12-31', provisional: false });
    // Thu 31, then 元旦 (Fri) and the weekend by law, Mon 4, Tue 5
    expect(await addOk('2026-12-30', 3)).toEqual({ date: '2027-01-05', provisional: true });
    expect(await addOk('2027-06-01', 1)).toMatchObject({ provisional: true });
  });

  it('days must be an integer 1..366 and from a real date, else 400 VALIDATION_FAILED', async () => {
    const bad: Array<[string, string | number, string]> = [
      ['2026-03-02', 0, 'days'],
      ['2026-03-02', 367, 'days'],
      ['2026-03-02', 1.5, 'days'],
      ['2026-03-02', 'x', 'days'],
      ['2026-03-02', -1, 'days'],
      ['2026-02-30', 1, 'from'],
      ['2026-13-01', 1, 'from'],
      ['20260302', 1, 'from'],
      ['tomorrow', 1, 'from'],
    ];
    for (const [from, days, field] of bad) {
      const res = await add(from, days);
      expect(res.statusCode, `${from} + ${days}`).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain(`querystring.${field}`);
    }
    expect((await t.call('worker1', { method: 'GET', url: '/api/v1/calendar/add-working-days?from=2026-03-02' })).statusCode).toBe(400);
    expect((await add('2026-03-02', 366)).statusCode).toBe(200);
    expect((await add('2028-02-29', 1)).statusCode).toBe(200); // a real leap day
  });

  it('D1 an admin override changes the answer at once, is audited, and can be removed', async () => {
    const put = await t.call('admin', {
      method: 'PUT',
      url: '/api/v1/calendar/overrides/2026-10-09',
      payload: { kind: 'holiday', note: '防汛停工' },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual({ date: '2026-10-09', kind: 'holiday', note: '防汛停工' });
    // Oct 8, (9 off), Sat 10, 12, 13, 14
    expect(await addOk('2026-09-30', 5)).toEqual({ date: '2026-10-14', provisional: false });
    const listed = (await t.call('worker1', { method: 'GET', url: '/api/v1/calendar/overrides?year=2026' })).json();
    expect(listed).toEqual([{ date: '2026-10-09', kind: 'holiday', note: '防汛停工' }]);
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'calendar.override').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_id: t.fx.users.admin,
      entity_id: '2026-10-09',
      before: null,
      after: { date: '2026-10-09', kind: 'holiday' },
    });

    const del = await t.call('admin', { method: 'DELETE', url: '/api/v1/calendar/overrides/2026-10-09' });
    expect(del.statusCode).toBe(204);
    expect(await addOk('2026-09-30', 5)).toEqual({ date: '2026-10-13', provisional: false });
    expect((await t.call('admin', { method: 'DELETE', url: '/api/v1/calendar/overrides/2026-10-09' })).statusCode).toBe(404);
  });

  it('only an admin edits the calendar (403); bad override input is 400; nothing changes', async () => {
    const count = async () => (await t.ctx.db.selectFrom('calendar_overrides').selectAll().execute()).length;
    const before = await count();
    for (const user of ['officer', 'townofficer', 'lead', 'worker1', 'supervisor']) {
      const res = await t.call(user, {
        method: 'PUT',
        url: '/api/v1/calendar/overrides/2026-10-09',
        payload: { kind: 'holiday', note: 'x' },
      });
      expect(res.statusCode, user).toBe(403);
      const confirm = await t.call(user, {
        method: 'POST',
        url: '/api/v1/calendar/years/2027/confirm',
        payload: { holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }], workdays: [] },
      });
      expect(confirm.statusCode, user).toBe(403);
    }
    const bad = [
      ['2026-02-30', { kind: 'holiday', note: 'x' }],
      ['2026-10-09', { kind: 'day-off', note: 'x' }],
      ['2026-10-09', { kind: 'holiday', note: '' }],
      ['2026-10-09', { kind: 'holiday', note: 'x', extra: 1 }],
    ] as const;
    for (const [date, payload] of bad) {
      const res = await t.call('admin', { method: 'PUT', url: `/api/v1/calendar/overrides/${date}`, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect(await count()).toBe(before);
    expect((await t.ctx.db.selectFrom('calendar_years').selectAll().execute()).length).toBe(0);
  });

  it('D1 confirming 2027 with its notice makes 2027 answers final and applies the notice', async () => {
    // its own database: the other tests here rely on 2027 being unconfirmed
    const own = await createTestApp(kind);
    onTestFinished(() => own.close());
    const addOk = async (from: string, days: number) => {
      const res = await own.call('worker1', { method: 'GET', url: `/api/v1/calendar/add-working-days?from=${from}&days=${days}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { date: string; provisional: boolean };
    };
    expect(await addOk('2027-02-19', 1)).toEqual({ date: '2027-02-22', provisional: true }); // Fri → Mon
    const notice = {
      holidays: [
        { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
        { name: '春节', from: '2027-02-05', to: '2027-02-12' },
      ],
      workdays: ['2027-02-20'],
    };
    const bad = await own.call('admin', {
      method: 'POST',
      url: '/api/v1/calendar/years/2027/confirm',
      payload: { ...notice, workdays: ['2028-02-20'] },
    });
    expect(bad.statusCode).toBe(400);
    expect((await own.call('admin', { method: 'GET', url: '/api/v1/calendar/years' })).json()).toContainEqual({
      year: 2027,
      status: 'provisional',
    });

    const res = await own.call('admin', { method: 'POST', url: '/api/v1/calendar/years/2027/confirm', payload: notice });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ year: 2027, status: 'confirmed', overrides: 12 });
    expect(await addOk('2026-12-30', 3)).toEqual({ date: '2027-01-05', provisional: false });
    expect(await addOk('2027-02-19', 1)).toEqual({ date: '2027-02-20', provisional: false }); // the notice's working Saturday
    expect(await addOk('2027-02-04', 1)).toEqual({ date: '2027-02-15', provisional: false });
    const audit = await own.ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'entity_id'])
      .where('action', '=', 'calendar.confirm-year')
      .execute();
    expect(audit).toEqual([{ actor_id: own.fx.users.admin, entity_id: '2027' }]);
    const years = (await own.call('worker1', { method: 'GET', url: '/api/v1/calendar/years' })).json();
    expect(years).toContainEqual({ year: 2027, status: 'confirmed' });
  });

  it('GET /calendar/years and /calendar/days?year=2026 describe the year day by day', async () => {
    const years = (await t.call('worker1', { method: 'GET', url: '/api/v1/calendar/years' })).json() as Array<{
      year: number;
      status: string;
    }>;
    expect(years).toContainEqual({ year: 2025, status: 'library' });
    expect(years).toContainEqual({ year: 2026, status: 'library' });
    expect(years[0]).toEqual({ year: 2004, status: 'library' });
    const res = await t.call('worker1', { method: 'GET', url: '/api/v1/calendar/days?year=2026' });
    expect(res.statusCode).toBe(200);
    const days = res.json() as Array<{ date: string; workday: boolean; kind: string; name?: string; provisional: boolean }>;
    expect(days).toHaveLength(365);
    const on = (date: string) => days.find((d) => d.date === date);
    expect(on('2026-01-01')).toMatchObject({ workday: false, kind: 'holiday', name: '元旦', provisional: false });
    expect(on('2026-10-10')).toMatchObject({ workday: true, kind: 'adjusted-workday', provisional: false });
    expect(on('2026-10-11')).toMatchObject({ workday: false, kind: 'weekend' });
    expect(on('2026-10-12')).toMatchObject({ workday: true, kind: 'workday' });
    expect(days.filter((d) => d.kind === 'holiday')).toHaveLength(33);
    expect(days.filter((d) => d.kind === 'adjusted-workday').map((d) => d.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    for (const q of ['', '?year=abc', '?year=1800']) {
      expect((await t.call('worker1', { method: 'GET', url: `/api/v1/calendar/days${q}` })).statusCode, q).toBe(400);
    }
  });
});
