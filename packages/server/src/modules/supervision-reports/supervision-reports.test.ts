import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

const now = new Date('2026-12-07T10:00:00+08:00');

describe.each(DB_KINDS)('monthly supervision reports (C8) on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now });
  });
  afterAll(() => t.close());

  const call = (user: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
    t.call(user, { method, url: `/api/v1${url}`, ...(payload ? { payload } : {}) });
  const intake = (receivedAt: string) =>
    call('hotline', 'POST', '/cases', {
      title: '楼道灯坏',
      description: '5号楼',
      category: 'public-facility',
      caseClass: 'general',
      source: 'hotline',
      gridId: t.fx.regions.g1.id,
      receivedAt,
    });

  it('C8 a report generated from the records matches them: cases received and overdue, meetings set and held, rewards', async () => {
    expect((await intake('2026-11-03T10:00:00+08:00')).statusCode).toBe(201);
    expect((await intake('2026-11-20T10:00:00+08:00')).statusCode).toBe(201);
    expect((await intake('2026-10-20T10:00:00+08:00')).statusCode).toBe(201);
    const m = (
      await call('lead', 'POST', '/meetings', { type: 'monthly-work', regionId: t.fx.regions.c1.id, startsAt: '2026-11-25T09:00:00+08:00' })
    ).json();
    await call('lead', 'PUT', `/meetings/${m.id}/attendance`, { entries: [{ userId: t.fx.users.worker1, status: 'present' }] });
    const w = (
      await call('lead', 'POST', '/rewards', {
        userId: t.fx.users.worker1,
        kind: 'commendation',
        ground: 'dedication',
        awardedOn: '2026-11-10',
      })
    ).json();
    await call('officer', 'POST', `/rewards/${w.id}/decision`, { approve: true, expectedVersion: 1 });
    const res = await call('officer', 'POST', '/supervision/reports', { regionId: t.fx.regions.c1.id, month: '2026-11' });
    expect(res.statusCode).toBe(201);
    const f = res.json().figures;
    // received in November: 2; overdue at the end of November (not met, deadline passed): all 3 (5 working days each)
    expect(f.cases).toMatchObject({ received: 2, overdue: 3, late: 0 });
    expect(f.meetings).toEqual({ scheduled: 1, held: 1, types: ['monthly-work'] });
    expect(f.rewards).toEqual([{ userName: 'worker1', kind: 'commendation', ground: 'dedication', points: 2, awardedOn: '2026-11-10' }]);
    // the meeting was held: the three invitees not marked present count as absent
    expect(f.team.find((x: { item: string }) => x.item === 'attendance')).toEqual({ item: 'attendance', done: 1, of: 4 });
    expect(res.json()).toMatchObject({ status: 'draft', rating: null, abilities: { edit: true, issue: true } });
    const again = await call('officer', 'POST', '/supervision/reports', { regionId: t.fx.regions.c1.id, month: '2026-11' });
    expect(again.statusCode).toBe(409);
  });

  it('C8 only the supervising office writes; issuing needs a rating; an issued report is final', async () => {
    expect((await call('lead', 'POST', '/supervision/reports', { regionId: t.fx.regions.c1.id, month: '2026-10' })).statusCode).toBe(403);
    expect((await call('officer', 'POST', '/supervision/reports', { regionId: t.fx.regions.g1.id, month: '2026-10' })).statusCode).toBe(
      400,
    );
    const r = (await call('officer', 'GET', '/supervision/reports')).json()[0];
    expect((await call('officer', 'PATCH', `/supervision/reports/${r.id}`, { expectedVersion: r.version, issue: true })).statusCode).toBe(
      400,
    );
    const rated = await call('officer', 'PATCH', `/supervision/reports/${r.id}`, {
      expectedVersion: r.version,
      comments: '走访台账规范，例会按时召开。',
      rating: 88,
    });
    expect(rated.json()).toMatchObject({ rating: 88, version: r.version + 1 });
    expect((await call('officer', 'PATCH', `/supervision/reports/${r.id}`, { expectedVersion: r.version, rating: 90 })).statusCode).toBe(
      409,
    );
    const issued = await call('officer', 'PATCH', `/supervision/reports/${r.id}`, { expectedVersion: r.version + 1, issue: true });
    expect(issued.json()).toMatchObject({ status: 'issued', abilities: { edit: false } });
    expect(
      (await call('officer', 'PATCH', `/supervision/reports/${r.id}`, { expectedVersion: r.version + 2, rating: 10 })).statusCode,
    ).toBe(409);
    // the lead reads it; a grid worker does not
    expect((await call('lead', 'GET', `/supervision/reports/${r.id}`)).statusCode).toBe(200);
    expect((await call('worker1', 'GET', `/supervision/reports/${r.id}`)).statusCode).toBe(404);
  });

  it('C8 the issued rating counts in the community assessment (rating / 100 × weight)', async () => {
    const scores = await call('officer', 'GET', `/assessment/scores?regionId=${t.fx.regions.street.id}&period=2026-11&level=community`);
    const c1 = scores.json().items.find((i: { subject: { id: number } }) => i.subject.id === t.fx.regions.c1.id);
    expect(c1.parts.find((p: { item: string }) => p.item === 'supervision')).toEqual({
      item: 'supervision',
      rule: 'C8',
      weight: 10,
      value: 0.88,
      points: 8.8,
      done: 88,
      of: 100,
    });
    // a community without an issued report for an ended month gets nothing for it
    const c2 = scores.json().items.find((i: { subject: { id: number } }) => i.subject.id === t.fx.regions.c2.id);
    expect(c2.parts.find((p: { item: string }) => p.item === 'supervision')).toMatchObject({ value: 0, points: 0, done: 0, of: 100 });
    const grids = await call('officer', 'GET', `/assessment/scores?regionId=${t.fx.regions.street.id}&period=2026-11&level=grid`);
    expect(grids.json().items[0].parts.map((p: { item: string }) => p.item)).not.toContain('supervision');
  });

  it('C8 the report downloads as a real xlsx workbook with Chinese headings', async () => {
    const r = (await call('officer', 'GET', '/supervision/reports')).json()[0];
    const res = await call('officer', 'GET', `/supervision/reports/${r.id}/xlsx`);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('月度督查报告')!;
    expect(String(ws.getCell('A1').value)).toBe('一社区 2026-11 网格化管理月度督查报告');
    const values = ws.getSheetValues().flat().map(String);
    expect(values).toContain('走访台账规范，例会按时召开。');
    expect(values).toContain('88');
  });
});
