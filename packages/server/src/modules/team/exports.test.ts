import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

const now = new Date('2026-12-07T10:00:00+08:00');

describe.each(DB_KINDS)('team-operation lists export to xlsx with Chinese headers on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now });
    const post = (user: string, url: string, payload: object) => t.call(user, { method: 'POST', url: `/api/v1${url}`, payload });
    await post('worker1', '/diaries', {
      occurredAt: '2026-12-07T09:00:00+08:00',
      place: '幸福里',
      people: '李大爷',
      content: '了解取暖情况',
    });
    await post('lead', '/meetings', { type: 'monthly-work', regionId: t.fx.regions.c1.id, startsAt: '2026-12-25T09:00:00+08:00' });
    await post('admin', '/trainings', {
      regionId: t.fx.regions.c1.id,
      topic: '文明礼仪',
      startsAt: '2026-12-04T14:00:00+08:00',
      minutes: 60,
    });
    await post('lead', '/rewards', { userId: t.fx.users.worker1, kind: 'commendation', ground: 'dedication', awardedOn: '2026-12-01' });
  });
  afterAll(() => t.close());

  const sheet = async (url: string) => {
    const res = await t.call('lead', { method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    return { name: ws.name, header: (ws.getRow(1).values as unknown[]).slice(1), first: (ws.getRow(2).values as unknown[]).slice(1) };
  };

  it('diaries, meetings, training, rewards and the ranking', async () => {
    const d = await sheet('/api/v1/diaries?format=xlsx');
    expect(d).toMatchObject({ name: '民情日记', header: expect.arrayContaining(['时间', '地点', '事项', '记录人']) });
    expect(d.first).toContain('了解取暖情况');
    const m = await sheet(`/api/v1/meetings?format=xlsx&regionId=${t.fx.regions.c1.id}`);
    expect(m.first.slice(0, 2)).toEqual(['月度工作例会', '月度工作例会']);
    expect((await sheet('/api/v1/trainings?format=xlsx')).first).toContain('文明礼仪');
    const w = await sheet('/api/v1/rewards?format=xlsx');
    expect(w.first.slice(0, 3)).toEqual(['worker1', '表彰', '爱岗敬业']);
    const s = await sheet(`/api/v1/assessment/scores?format=xlsx&regionId=${t.fx.regions.c1.id}&period=2026-12&level=worker`);
    expect(s).toMatchObject({ name: '考核排名', header: expect.arrayContaining(['名次', '名称', '总分', '走访达标率', '民情日记达标率']) });
  });
});
