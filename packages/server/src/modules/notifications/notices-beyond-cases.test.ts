/**
 * Notices beyond cases on both databases with a fake clock: township round reports submitted,
 * acknowledged and due (C2.2, D6), yearly verification tasks (A8.3); each raised once, to the
 * right people only, kept across a restart (a second app and scheduler over the same database),
 * pushed on the live stream; no sealed data in any notice (C3, D10).
 * Dates on the real 2026 calendar; every instant is written with its Asia/Shanghai offset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import type { Database } from '../../db/database';
import { createTestDatabase, DB_KINDS } from '../../testing/databases';
import { seedFixture, TEST_PASSWORD, type Fixture } from '../../testing/fixture';
import { TEST_APP_DATA_KEY } from '../../testing/test-app';
import { hashPassword } from '../auth/password';
import { idNumberFor } from '../households/households.test-helpers';
import { insertRegion } from '../regions/regions.repository';
import { insertRole, insertUser } from '../users/users.repository';
import { openStream, type Notice } from './notifications.test-helpers';

const config = { ...loadConfig({}), demo: false, dataKey: TEST_APP_DATA_KEY };
type App = Awaited<ReturnType<typeof buildApp>>;

describe.each(DB_KINDS)('notices beyond cases on %s', (kind) => {
  let database: Database;
  let fx: Fixture;
  let now = new Date('2026-10-09T10:00:00+08:00');
  let first: App;
  let port: number;
  const users: Record<string, number> = {};
  const regions: Record<string, number> = {};
  const tokens = new Map<string, string>();
  const secrets: string[] = [];

  const setNow = (iso: string) => {
    now = new Date(iso);
  };
  const start = () => buildApp({ config, database: { ...database, close: async () => {} }, clock: () => now });
  /** Signs in once per user (sessions live in the database, so every app accepts them). */
  const token = async (username: string) => {
    if (!tokens.has(username)) {
      const res = await first.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } });
      tokens.set(username, res.json().token);
    }
    return tokens.get(username)!;
  };
  const ok = async (username: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    const res = await first.app.inject({ method, url, payload, headers: { authorization: `Bearer ${await token(username)}` } });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };
  /** Every notice of a kind in the database, as [username, subject id] pairs. */
  const rowsOf = async (noticeKind: string) => {
    const rows = await database.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['u.username', 'n.subject_id'])
      .where('n.kind', '=', noticeKind)
      .orderBy('u.username')
      .execute();
    return rows.map((r) => [r.username, r.subject_id]);
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fx = await seedFixture(database.db);
    const passwordHash = await hashPassword(TEST_PASSWORD, 1024);
    await database.db.transaction().execute(async (trx) => {
      // town → tc1 → tg1 (fixture), tg2; town → tc2 → tc2g1
      const tg2 = await insertRegion(
        trx,
        { parentId: fx.regions.tc1.id, type: 'grid', code: '110101101001002', name: '镇一第二网格' },
        fx.regions.tc1,
        new Date(),
      );
      const tc2 = await insertRegion(
        trx,
        { parentId: fx.regions.town.id, type: 'community', code: '110101101002', name: '镇二社区' },
        fx.regions.town,
        new Date(),
      );
      const tc2g1 = await insertRegion(trx, { parentId: tc2.id, type: 'grid', code: '110101101002001', name: '镇二网格' }, tc2, new Date());
      Object.assign(regions, { tg1: fx.regions.tg1.id, tg2: tg2.id, tc2: tc2.id, tc2g1: tc2g1.id });
      const add = async (username: string, role: string, regionId: number) => {
        users[username] = await insertUser(trx, { username, displayName: username, passwordHash, isDemo: false }, new Date());
        await insertRole(trx, users[username], role, regionId);
      };
      await add('tlead', 'community-lead', fx.regions.tc1.id);
      await add('tleader', 'grid-leader', fx.regions.tg1.id);
      await add('tworker2', 'grid-worker', tg2.id);
      await add('tlead2', 'community-lead', tc2.id);
      await add('tc2worker', 'grid-worker', tc2g1.id);
    });
    first = await start();
    await first.app.listen({ port: 0, host: '127.0.0.1' });
    port = (first.app.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await first.app.close();
    await database.close();
  });

  it('C2.2 a submitted round report notices the community grid lead of its community only', async () => {
    // … acknowledging notices the submitter; once each, live
    setNow('2026-10-09T10:00:00+08:00');
    const report = await ok('tworker2', 'POST', '/api/v1/rounds/reports', { gridId: regions.tg2, month: '2026-10' });
    const leadStream = await openStream(port, await token('tlead'));
    await ok('tworker2', 'POST', `/api/v1/rounds/reports/${report.id}/submit`, {
      expectedVersion: report.version,
      summary: '本季度走访完成',
    });
    const live = await leadStream.next('round-report-submitted');
    expect(live).toMatchObject({
      caseId: null,
      subject: { kind: 'round-report', id: report.id },
      payload: { reportId: report.id, gridId: regions.tg2, gridName: '镇一第二网格', month: '2026-10' },
    });
    // not tlead2 (other community), lead (c1), townofficer, admin
    expect(await rowsOf('round-report-submitted')).toEqual([['tlead', report.id]]);

    const submitted = await ok('tlead', 'GET', `/api/v1/rounds/reports/${report.id}`);
    await ok('tlead', 'POST', `/api/v1/rounds/reports/${report.id}/acknowledge`, { expectedVersion: submitted.version, note: '已阅' });
    expect(await rowsOf('round-report-acknowledged')).toEqual([['tworker2', report.id]]);
    const list: Notice[] = await ok('tworker2', 'GET', '/api/v1/notifications');
    expect(list).toMatchObject([
      {
        kind: 'round-report-acknowledged',
        caseId: null,
        subject: { kind: 'round-report', id: report.id },
        readAt: null,
        payload: { gridName: '镇一第二网格', month: '2026-10' },
      },
    ]);

    // Both went out on commit: a tick delivers nothing more, and neither does a second scheduler.
    expect((await first.scheduler.tick()).filter((n) => n.subject_kind === 'round-report')).toEqual([]);
    const second = await start();
    expect((await second.scheduler.tick()).filter((n) => n.subject_kind === 'round-report')).toEqual([]);
    await second.app.close();
    expect(leadStream.events.filter((e) => e.kind === 'round-report-submitted')).toHaveLength(1);
    leadStream.close();
    expect(await rowsOf('round-report-submitted')).toHaveLength(1);
  });

  it('C2.2 D6 round-report-due: the team of every township grid without a submitted report', async () => {
    // … from 2 working days before the due moment, once per grid and quarter, across a restart
    setNow('2026-10-12T09:00:00+08:00');
    // a draft is not a submitted report
    await ok('townworker', 'POST', '/api/v1/rounds/reports', { gridId: regions.tg1, month: '2026-10' });
    const stream = await openStream(port, await token('townworker'));
    setNow('2026-10-13T23:59:59+08:00'); // Tuesday: Wednesday and the due Thursday are still 3 working days away, today included
    expect((await first.scheduler.tick()).filter((n) => n.kind === 'round-report-due')).toEqual([]);

    setNow('2026-10-14T00:00:01+08:00');
    const raised = await first.scheduler.tick();
    expect(raised.map((n) => [n.user_id, n.subject_id]).sort()).toEqual(
      [
        [fx.users.townworker, regions.tg1],
        [users.tleader, regions.tg1],
        [users.tc2worker, regions.tc2g1],
      ].sort(),
    ); // not tworker2 (tg2 submitted), not the leads, not the community preset's grids
    const live = await stream.next('round-report-due');
    expect(live).toMatchObject({
      caseId: null,
      subject: { kind: 'grid', id: regions.tg1 },
      payload: { gridId: regions.tg1, gridName: '镇一网格', month: '2026-10', due: '2026-10-15T23:59:59.999+08:00', overdue: false },
    });
    expect(await first.scheduler.tick()).toEqual([]);

    // Restart: a new app and scheduler over the same database, after the due moment.
    const second = await start();
    setNow('2026-10-16T09:00:00+08:00');
    expect(await second.scheduler.tick()).toEqual([]);
    expect(await rowsOf('round-report-due')).toHaveLength(3);
    // Someone bound to a grid of the round afterwards is told once, as overdue; never again this quarter.
    await database.db.transaction().execute(async (trx) => insertRole(trx, users.tlead2, 'grid-leader', regions.tc2g1));
    const late = await second.scheduler.tick();
    expect(late.map((n) => [n.user_id, n.kind, (n.payload as { overdue: boolean }).overdue])).toEqual([
      [users.tlead2, 'round-report-due', true],
    ]);
    expect(await second.scheduler.tick()).toEqual([]);
    setNow('2026-11-02T09:00:00+08:00');
    expect(await second.scheduler.tick()).toEqual([]);
    await second.app.close();
    expect(stream.events.filter((e) => e.kind === 'round-report-due')).toHaveLength(1);
    stream.close();
    expect(await rowsOf('round-report-due')).toHaveLength(4);
  });

  it('A8.3 verification-task-assigned: one notice per yearly draw (not per task) to the lead it is for', async () => {
    // … a redraw is a new draw
    setNow('2026-11-03T10:00:00+08:00');
    for (let i = 1; i <= 3; i++) {
      const household = await ok('admin', 'POST', '/api/v1/households', {
        gridId: fx.regions[i === 3 ? 'g2' : 'g1'].id,
        address: `幸福路${i}号`,
      });
      const idNumber = idNumberFor('1980-01-01', 'F', i);
      const phone = `1391234000${i}`;
      secrets.push(idNumber, phone);
      await ok('admin', 'POST', `/api/v1/households/${household.id}/residents`, {
        name: `居民${i}`,
        sex: 'F',
        birthDate: '1980-01-01',
        idNumber,
        phone,
        relation: 'head',
        joinedOn: '2026-09-20',
      });
    }
    const stream = await openStream(port, await token('lead'));
    const draw = await ok('lead', 'POST', '/api/v1/verification/yearly', { regionId: fx.regions.c1.id, year: 2026, seed: 'y-1' });
    expect(draw.tasks).toHaveLength(3);
    const live = await stream.next('verification-task-assigned');
    expect(live).toMatchObject({
      caseId: null,
      subject: { kind: 'verification-draw', id: draw.id },
      payload: { drawId: draw.id, regionId: fx.regions.c1.id, regionName: '一社区', year: '2026', tasks: 3 },
    });
    expect(await rowsOf('verification-task-assigned')).toEqual([['lead', draw.id]]); // not station, leader, workers, admin

    const redraw = await ok('lead', 'POST', '/api/v1/verification/yearly', {
      regionId: fx.regions.c1.id,
      year: 2026,
      seed: 'y-2',
      redraw: true,
    });
    expect(await rowsOf('verification-task-assigned')).toEqual([
      ['lead', draw.id],
      ['lead', redraw.id],
    ]);
    const second = await start();
    expect(await second.scheduler.tick()).toEqual([]);
    await second.app.close();
    expect(stream.events.filter((e) => e.kind === 'verification-task-assigned').map((e) => e.subject.id)).toEqual([draw.id, redraw.id]);
    stream.close();
    const lead: Notice[] = await ok('lead', 'GET', '/api/v1/notifications');
    for (const s of secrets) expect(JSON.stringify(lead)).not.toContain(s);
  });

  it('C3 D10 no notice carries sealed data: confidential reporter', async () => {
    // … phones and ID numbers typed into a title or a reminder are masked
    setNow('2026-11-03T10:00:00+08:00');
    const created = await ok('worker1', 'POST', '/api/v1/cases', {
      title: '13812345678 反映井盖缺失',
      description: '来电反映',
      category: 'public-facility',
      caseClass: 'consultation',
      source: 'field',
      gridId: fx.regions.g1.id,
      reporter: { name: '王保密', phone: '13900002222', confidential: true },
    });
    const stream = await openStream(port, await token('worker1'));
    // a reminder goes out live as soon as it is committed; the deadline notices with the scheduler's tick
    await ok('supervisor', 'POST', `/api/v1/cases/${created.id}/annotations`, {
      kind: 'reminder',
      text: `请联系居民 ${secrets[0]}，电话 ${secrets[1]}`,
    });
    await stream.next('case-reminder');
    setNow('2026-11-10T09:00:00+08:00'); // consultation: 2 working days, overdue by now
    await first.scheduler.tick();
    // overdue at the first tick: the overdue notice alone, never a warning beside it (notification-centre.test.ts)
    for (const k of ['case-overdue', 'case-reminder']) await stream.next(k);
    stream.close();
    const list: Notice[] = await ok('worker1', 'GET', '/api/v1/notifications');
    const text = JSON.stringify(list) + JSON.stringify(stream.events);
    expect(
      list
        .filter((n) => n.caseId === created.id)
        .map((n) => n.kind)
        .sort(),
    ).toEqual(['case-overdue', 'case-reminder']);
    // the reminder goes out live too
    expect(stream.events.map((n) => n.kind).sort()).toEqual(['case-overdue', 'case-reminder']);
    expect(list.find((n) => n.kind === 'case-reminder')?.payload.text).toBe(
      `请联系居民 ${secrets[0].slice(0, 3)}***********${secrets[0].slice(-4)}，电话 139****${secrets[1].slice(-4)}`,
    );
    expect(list.find((n) => n.kind === 'case-overdue')).toMatchObject({
      subject: { kind: 'case', id: created.id },
      payload: { title: '138****5678 反映井盖缺失' },
    });
    for (const s of ['王保密', '13900002222', '13812345678', ...secrets]) expect(text).not.toContain(s);
  });
});
