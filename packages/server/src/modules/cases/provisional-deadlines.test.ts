import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

const now = new Date('2026-12-28T10:00:00+08:00');

describe.each(DB_KINDS)('provisional deadlines on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now });
  });
  afterAll(() => t.close());

  it('D1 A3.4 a deadline in a year without confirmed data is provisional, and recomputed when the year is confirmed', async () => {
    const body = {
      title: '路灯不亮',
      description: '小区东门路灯不亮',
      category: 'public-facility',
      caseClass: 'general',
      source: 'field',
      gridId: t.fx.regions.g1.id,
    };
    const created = await t.call('worker1', { method: 'POST', url: '/api/v1/cases', payload: body });
    expect(created.statusCode).toBe(201);
    // 12-29, 12-30, 12-31, (2027-01-01 New Year by law), 01-04, 01-05
    expect(created.json()).toMatchObject({ deadline: '2027-01-05T23:59:59.999+08:00', deadlineProvisional: true });
    const confirm = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/calendar/years/2027/confirm',
      payload: { holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-04' }], workdays: [] },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const after = (await t.call('worker1', { method: 'GET', url: `/api/v1/cases/${created.json().id}` })).json();
    expect(after).toMatchObject({ deadline: '2027-01-06T23:59:59.999+08:00', deadlineProvisional: false, version: 2 });
    const last = after.timeline[after.timeline.length - 1];
    expect(last).toMatchObject({ action: 'deadline-recomputed', actor: null });
    expect(last.details.deadlineAfter).toBe('2027-01-06T15:59:59.999Z');
  });
});
