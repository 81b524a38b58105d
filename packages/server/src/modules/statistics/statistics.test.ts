import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { TEST_PASSWORD } from '../../testing/fixture';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { monthsBetween } from './statistics.service';

let now = new Date('2026-11-02T09:00:00+08:00');
const at = (iso: string) => {
  now = new Date(iso);
};

/**
 * Six cases of the street received in Nov-Dec 2026 (community preset, working days), walked through
 * the API with a moving clock; the expected figures below are worked out by hand:
 *
 * | case | grid | category | class | received (+08:00) | what happens | limit met | handling days | answers |
 * | A | g1 | dispute | general | 11-02 09:00 | feedback satisfied 11-04, closed, completedAt 11-05 09:00 | on time (due 11-09) | 3.0 |
 * satisfied |
 * | B | g2 | sanitation | general | 11-10 09:00 | unsatisfied 11-11 (reopened, due 11-18), basically satisfied 11-20 | late | 10.0 |
 * unsatisfied, basically |
 * | C | c2g1 | dispute | consultation | 12-01 09:00 | resolved on the spot 12-01 13:48 | on time | 0.2 | – |
 * | D | g1 | dispute | general | 12-01 07:00 (11-30 23:00 UTC) | stays open, due 12-08 | – | – | – |
 * | E | g1 | sanitation | general | 12-10 09:00 | rejected 12-10 10:00 | on time | not handled | – |
 * | G | g2 | public-facility | general | 12-14 09:00 | stays open, due 12-21 | – | – | – |
 * Outside: F received 10-31 23:50 (before the range) and T in the town. Queried on 12-15 12:00.
 */
describe.each(DB_KINDS)('case statistics on %s', (kind) => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    at('2026-11-02T09:00:00+08:00');
    t = await createTestApp(kind, { clock: () => now });
  });
  afterAll(() => t.close());

  /** As `user`, signed in at the current clock (sessions last 14 days and the clock moves by weeks). */
  async function call(user: string, opts: InjectOptions) {
    const cacheKey = `${user}@${now.toISOString().slice(0, 10)}`;
    if (!tokens.has(cacheKey)) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user, password: TEST_PASSWORD } });
      tokens.set(cacheKey, res.json().token);
    }
    return t.app.inject({ ...opts, headers: { ...(opts.headers ?? {}), authorization: `Bearer ${tokens.get(cacheKey)}` } });
  }

  const versions = new Map<number, number>();
  async function file(name: string, user: string, gridKey: string, category: string, caseClass: string, receivedAt: string) {
    const res = await call(user, {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        title: `案件${name}`,
        description: '统计测试',
        category,
        caseClass,
        source: 'hotline',
        gridId: t.fx.regions[gridKey].id,
        receivedAt,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    ids[name] = res.json().id;
    versions.set(res.json().id, res.json().version);
    return res.json();
  }
  async function act(name: string, action: string, when: string, payload: Record<string, unknown> = {}, user = 'admin') {
    at(when);
    const id = ids[name];
    const res = await call(user, {
      method: 'POST',
      url: `/api/v1/cases/${id}/actions/${action}`,
      payload: { expectedVersion: versions.get(id), ...payload },
    });
    expect(res.statusCode, `${name} ${action}: ${res.body}`).toBe(200);
    versions.set(id, res.json().version);
    return res.json();
  }
  const stats = (user: string, query: string) => call(user, { method: 'GET', url: `/api/v1/statistics/cases?${query}` });

  it('walks the six cases through the workflow (fixture for the figures)', async () => {
    at('2026-12-20T09:00:00+08:00');
    await file('F', 'hotline', 'g1', 'dispute', 'general', '2026-10-31T23:50:00+08:00');
    await file('T', 'admin', 'tg1', 'dispute', 'general', '2026-11-05T09:00:00+08:00');

    at('2026-11-02T09:00:00+08:00');
    expect((await file('A', 'hotline', 'g1', 'dispute', 'general', '2026-11-02T09:00:00+08:00')).deadline).toBe(
      '2026-11-09T23:59:59.999+08:00',
    );
    await act('A', 'accept', '2026-11-02T10:00:00+08:00');
    await act('A', 'start', '2026-11-02T11:00:00+08:00');
    await act('A', 'respond', '2026-11-03T09:00:00+08:00', { details: '已协调' });
    expect((await act('A', 'feedback', '2026-11-04T09:00:00+08:00', { satisfaction: 'satisfied' })).onTime).toBe(true);
    await act('A', 'verify', '2026-11-04T10:00:00+08:00', {}, 'supervisor');
    const closed = await act('A', 'close', '2026-11-05T10:00:00+08:00', {
      handlingUnit: '一社区',
      handler: '张三',
      completedAt: '2026-11-05T09:00:00+08:00',
      details: '已解决',
    });
    expect(closed.status).toBe('closed');

    at('2026-11-10T09:00:00+08:00');
    const b = await file('B', 'hotline', 'g2', 'sanitation', 'general', '2026-11-10T09:00:00+08:00');
    expect(b.tier).toBe('community');
    await act('B', 'accept', '2026-11-10T09:10:00+08:00');
    await act('B', 'start', '2026-11-10T09:20:00+08:00');
    await act('B', 'respond', '2026-11-10T09:30:00+08:00', { details: '已清理' });
    const reopened = await act('B', 'feedback', '2026-11-11T09:00:00+08:00', { satisfaction: 'unsatisfied' });
    expect(reopened).toMatchObject({ status: 'reopened', onTime: null, deadline: '2026-11-18T23:59:59.999+08:00' });
    await act('B', 'start', '2026-11-12T09:00:00+08:00');
    await act('B', 'respond', '2026-11-12T10:00:00+08:00', { details: '再次清理' });
    expect((await act('B', 'feedback', '2026-11-20T09:00:00+08:00', { satisfaction: 'basically-satisfied' })).onTime).toBe(false);

    at('2026-12-01T09:00:00+08:00');
    const c = await file('C', 'hotline', 'c2g1', 'dispute', 'consultation', '2026-12-01T09:00:00+08:00');
    expect(c.tier).toBe('grid-leader');
    expect((await act('C', 'resolve-on-spot', '2026-12-01T13:48:00+08:00', { details: '当场答复' })).onTime).toBe(true);
    expect((await file('D', 'hotline', 'g1', 'dispute', 'general', '2026-12-01T07:00:00+08:00')).deadline).toBe(
      '2026-12-08T23:59:59.999+08:00',
    );

    at('2026-12-10T09:00:00+08:00');
    await file('E', 'hotline', 'g1', 'sanitation', 'general', '2026-12-10T09:00:00+08:00');
    expect((await act('E', 'reject', '2026-12-10T10:00:00+08:00', { reason: '不属于受理范围' })).onTime).toBe(true);
    at('2026-12-14T09:00:00+08:00');
    await file('G', 'hotline', 'g2', 'public-facility', 'general', '2026-12-14T09:00:00+08:00');
    at('2026-12-15T12:00:00+08:00');
  });

  const range = 'from=2026-11-01&to=2026-12-31';

  it('total: received, closed, decided, on-time rate, average handling days, satisfaction, overdue open', async () => {
    const res = await stats('officer', `regionId=${t.fx.regions.street.id}&${range}&groupBy=month`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ from: '2026-11-01', to: '2026-12-31', regionId: t.fx.regions.street.id, groupBy: 'month' });
    // decided A B C E, on time A C E; handled A 3.0 + B 10.0 + C 0.2 = 13.2 / 3 = 4.4; answers 1/1/1
    expect(body.total).toEqual({
      key: 'total',
      label: '测试街道',
      received: 6,
      closed: 1,
      decided: 4,
      onTime: 3,
      onTimeRate: 0.75,
      avgHandlingDays: 4.4,
      satisfaction: { satisfied: 1, basicallySatisfied: 1, unsatisfied: 1, rate: 0.6667 },
      overdueOpen: 1,
    });
  });

  it('by month: Asia/Shanghai months of receipt (D received 12-01 07:00 counts in December)', async () => {
    const rows = (await stats('officer', `regionId=${t.fx.regions.street.id}&${range}&groupBy=month`)).json().rows;
    expect(rows).toEqual([
      {
        key: '2026-11',
        label: '2026-11',
        received: 2,
        closed: 1,
        decided: 2,
        onTime: 1,
        onTimeRate: 0.5,
        avgHandlingDays: 6.5,
        satisfaction: { satisfied: 1, basicallySatisfied: 1, unsatisfied: 1, rate: 0.6667 },
        overdueOpen: 0,
      },
      {
        key: '2026-12',
        label: '2026-12',
        received: 4,
        closed: 0,
        decided: 2,
        onTime: 2,
        onTimeRate: 1,
        avgHandlingDays: 0.2,
        satisfaction: { satisfied: 0, basicallySatisfied: 0, unsatisfied: 0, rate: null },
        overdueOpen: 1,
      },
    ]);
    // months without cases are listed with zeros, so a chart has every month of the range
    const wide = (await stats('officer', `regionId=${t.fx.regions.street.id}&from=2026-09-15&to=2026-12-31&groupBy=month`)).json();
    expect(wide.rows.map((r: { key: string; received: number }) => [r.key, r.received])).toEqual([
      ['2026-09', 0],
      ['2026-10', 1],
      ['2026-11', 2],
      ['2026-12', 4],
    ]);
    expect(wide.rows[0]).toMatchObject({ onTimeRate: null, avgHandlingDays: null });
  });

  it('by category, by tier and by case class', async () => {
    const byCategory = (await stats('officer', `regionId=${t.fx.regions.street.id}&${range}&groupBy=category`)).json().rows;
    expect(byCategory).toEqual([
      {
        key: 'dispute',
        label: '矛盾纠纷',
        received: 3,
        closed: 1,
        decided: 2,
        onTime: 2,
        onTimeRate: 1,
        avgHandlingDays: 1.6,
        satisfaction: { satisfied: 1, basicallySatisfied: 0, unsatisfied: 0, rate: 1 },
        overdueOpen: 1,
      },
      {
        key: 'sanitation',
        label: '环境卫生',
        received: 2,
        closed: 0,
        decided: 2,
        onTime: 1,
        onTimeRate: 0.5,
        avgHandlingDays: 10,
        satisfaction: { satisfied: 0, basicallySatisfied: 1, unsatisfied: 1, rate: 0.5 },
        overdueOpen: 0,
      },
      {
        key: 'public-facility',
        label: '公共设施',
        received: 1,
        closed: 0,
        decided: 0,
        onTime: 0,
        onTimeRate: null,
        avgHandlingDays: null,
        satisfaction: { satisfied: 0, basicallySatisfied: 0, unsatisfied: 0, rate: null },
        overdueOpen: 0,
      },
    ]);
    // tiers come from the categories' defaults: dispute → grid leader (A C D), the others → community (B E G)
    const byTier = (await stats('officer', `regionId=${t.fx.regions.street.id}&${range}&groupBy=tier`)).json().rows;
    expect(
      byTier.map((r: { key: string; label: string; received: number; onTime: number; decided: number }) => [
        r.key,
        r.label,
        r.received,
        r.decided,
        r.onTime,
      ]),
    ).toEqual([
      ['community', '社区', 3, 2, 1], // a tie in received: by code
      ['grid-leader', '网格长', 3, 2, 2],
    ]);
    const byClass = (await stats('officer', `regionId=${t.fx.regions.street.id}&${range}&groupBy=case-class`)).json().rows;
    expect(
      byClass.map((r: { key: string; label: string; received: number; avgHandlingDays: number | null }) => [
        r.key,
        r.label,
        r.received,
        r.avgHandlingDays,
      ]),
    ).toEqual([
      ['general', '一般问题', 5, 6.5],
      ['consultation', '咨询类', 1, 0.2],
    ]);
  });

  it('by region: the direct children of the chosen region', async () => {
    const body = (await stats('officer', `regionId=${t.fx.regions.street.id}&${range}&groupBy=region`)).json();
    expect(body.rows).toEqual([
      {
        key: String(t.fx.regions.c1.id),
        label: '一社区',
        received: 5,
        closed: 1,
        decided: 3,
        onTime: 2,
        onTimeRate: 0.6667,
        avgHandlingDays: 6.5,
        satisfaction: { satisfied: 1, basicallySatisfied: 1, unsatisfied: 1, rate: 0.6667 },
        overdueOpen: 1,
      },
      {
        key: String(t.fx.regions.c2.id),
        label: '二社区',
        received: 1,
        closed: 0,
        decided: 1,
        onTime: 1,
        onTimeRate: 1,
        avgHandlingDays: 0.2,
        satisfaction: { satisfied: 0, basicallySatisfied: 0, unsatisfied: 0, rate: null },
        overdueOpen: 0,
      },
    ]);
    const workstations = (await stats('officer', `regionId=${t.fx.regions.w1.id}&${range}&groupBy=region`)).json();
    expect(workstations.rows.map((r: { label: string; received: number }) => [r.label, r.received])).toEqual([
      ['一社区第一网格', 3],
      ['一社区第二网格', 2],
    ]);
  });

  it('scope: a grid worker sees their grid by default (no children there); other regions are 404', async () => {
    const mine = await stats('worker1', `${range}&groupBy=region`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({ regionId: t.fx.regions.g1.id, rows: [] });
    // A (on time, 3.0 days), D (open, overdue), E (rejected on time)
    expect(mine.json().total).toMatchObject({ received: 3, closed: 1, decided: 2, onTime: 2, avgHandlingDays: 3, overdueOpen: 1 });
    expect((await stats('worker1', `regionId=${t.fx.regions.street.id}&${range}&groupBy=month`)).statusCode).toBe(404);
    expect((await stats('worker1', `regionId=${t.fx.regions.street.id}&from=x&to=y&groupBy=month`)).statusCode).toBe(404);
    const town = (await stats('townofficer', `${range}&groupBy=month`)).json();
    expect(town.total.received).toBe(1);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/statistics/cases?${range}&groupBy=month` })).statusCode).toBe(401);
  });

  it('the range: at most 366 days (400 naming the field), from ≤ to, real dates, a known groupBy', async () => {
    const street = `regionId=${t.fx.regions.street.id}`;
    expect((await stats('officer', `${street}&from=2025-12-31&to=2026-12-31&groupBy=month`)).statusCode).toBe(200);
    const tooLong = await stats('officer', `${street}&from=2025-12-30&to=2026-12-31&groupBy=month`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'querystring.to' }] });
    const backwards = await stats('officer', `${street}&from=2026-12-02&to=2026-12-01&groupBy=month`);
    expect(backwards.json().error.details[0].field).toBe('querystring.to');
    const notADate = await stats('officer', `${street}&from=2026-02-30&to=2026-03-01&groupBy=month`);
    expect(notADate.statusCode).toBe(400);
    expect(notADate.json().error.details[0].field).toBe('querystring.from');
    expect((await stats('officer', `${street}&${range}&groupBy=week`)).statusCode).toBe(400);
  });
});

describe('monthsBetween', () => {
  it('lists every month the range touches, across a year end', () => {
    expect(monthsBetween('2025-11-30', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-05', '2026-03-09')).toEqual(['2026-03']);
  });
});
