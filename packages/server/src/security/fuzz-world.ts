/**
 * The records the fuzzed requests aim at (not a test file itself): one of each kind in grid g1, made
 * through the API, so every path id names a real record in the caller's scope and requests get past
 * the 404 to validation; plus a fingerprint of the database to prove rejected requests change nothing.
 */
import { sql } from 'kysely';
import { hashToken, type SessionUser } from '../modules/auth/sessions.repository';
import { createFeed } from '../modules/calendar-feeds/calendar-feeds.service';
import { TEST_PASSWORD } from '../testing/fixture';
import type { TestApp } from '../testing/test-app';
import { tinyPng } from '../testing/tiny-png';
import type { FuzzTarget } from './fuzz-requests';

async function ok<T = Record<string, unknown>>(
  t: TestApp,
  user: string,
  method: 'POST' | 'PUT',
  url: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await t.call(user, { method, url, payload: payload as string, headers });
  if (res.statusCode >= 300) throw new Error(`fuzz world: ${method} ${url} as ${user}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return res.json() as T;
}

export interface FuzzWorld {
  /** The target of an operation for a caller (null: anonymous). */
  target(user: string | null, method: string, path: string): FuzzTarget;
  /**
   * Before a route's batch: puts back the caller's records that an earlier route may have used up (their
   * notice read by `read-all`, their second session ended by `end-others` or a change of password, their
   * password changed), so the route's path id names a live record whatever the order and seeds of the routes before it.
   */
  prepare(user: string | null, path: string): Promise<void>;
}

type Records = Record<
  | 'spareRegion'
  | 'spareUser'
  | 'spareRole'
  | 'household'
  | 'resident'
  | 'visit'
  | 'case'
  | 'photo'
  | 'client'
  | 'draw'
  | 'task'
  | 'report'
  | 'noticeAdmin'
  | 'noticeWorker'
  | 'sessionAdmin'
  | 'sessionWorker'
  | 'filed'
  | 'diary'
  | 'meeting'
  | 'leave'
  | 'meetingTask'
  | 'reward'
  | 'member'
  | 'training'
  | 'supervisionReport'
  | 'workRecord',
  number
> & { service: string; feedFile: string };

async function makeRecords(t: TestApp): Promise<Records & { clientKey: string }> {
  const r = t.fx.regions;
  const spareRegion = (
    await ok<{ id: number }>(t, 'admin', 'POST', '/api/v1/regions', {
      type: 'grid',
      parentId: r.w1.id,
      code: '110101001001009',
      name: '备用网格',
    })
  ).id;
  const spareUser = (
    await ok<{ id: number }>(t, 'admin', 'POST', '/api/v1/users', { username: 'spare', displayName: '备用', password: 'spare-password-1' })
  ).id;
  const granted = await ok<{ roles: Array<{ id: number }> }>(t, 'admin', 'POST', `/api/v1/users/${spareUser}/roles`, {
    role: 'grid-worker',
    regionId: r.g2.id,
  });
  const household = (await ok<{ id: number }>(t, 'admin', 'POST', '/api/v1/households', { gridId: r.g1.id, address: '一社区幸福路1号' }))
    .id;
  const resident = (
    await ok<{ residentId: number }>(t, 'admin', 'POST', `/api/v1/households/${household}/residents`, {
      name: '张三',
      sex: 'M',
      birthDate: '1950-05-05',
      relation: 'head',
      joinedOn: '2026-09-20',
    })
  ).residentId;
  const visit = (
    await ok<{ id: number }>(t, 'worker1', 'POST', '/api/v1/visits', {
      householdId: household,
      startedAt: '2026-11-26T09:00:00+08:00',
      endedAt: '2026-11-26T09:30:00+08:00',
      type: 'routine',
    })
  ).id;
  const kase = (
    await ok<{ id: number }>(t, 'worker1', 'POST', '/api/v1/cases', {
      title: '井盖缺失',
      description: '3号楼前井盖缺失',
      category: 'other',
      caseClass: 'general',
      source: 'field',
      gridId: r.g1.id,
    })
  ).id;
  const photo = (await ok<{ id: number }>(t, 'worker1', 'POST', `/api/v1/cases/${kase}/photos`, tinyPng(), { 'content-type': 'image/png' }))
    .id;
  const client = await ok<{ id: number; key: string }>(t, 'admin', 'POST', '/api/v1/open311/clients', {
    name: '市民热线',
    regionId: r.street.id,
  });
  const services = (await t.call(null, { method: 'GET', url: '/open311/v2/services.json' })).json() as Array<{ service_code: string }>;
  const service = services[0]?.service_code ?? 'other';
  const filed = (
    await ok<Array<{ service_request_id: number }>>(t, 'admin', 'POST', '/open311/v2/requests.json', {
      api_key: client.key,
      service_code: service,
      lat: '39.01',
      long: '116.005',
      description: '路灯不亮',
    })
  )[0];
  const draw = await ok<{ id: number }>(t, 'admin', 'POST', '/api/v1/verification/draws', { regionId: r.g1.id, quarter: '2026-Q4' });
  const tasks = (await t.call('admin', { method: 'GET', url: `/api/v1/verification/tasks?drawId=${draw.id}` })).json() as
    | Array<{ id: number }>
    | { items: Array<{ id: number }> };
  const task = (Array.isArray(tasks) ? tasks : tasks.items)[0]?.id;
  if (!task) throw new Error('fuzz world: the draw has no task');
  const report = (await ok<{ id: number }>(t, 'admin', 'POST', '/api/v1/rounds/reports', { gridId: r.tg1.id, month: '2026-10' })).id;
  const notice = async (user: number) => {
    const row = await t.ctx.db
      .insertInto('notifications')
      .values({
        top_region_id: r.street.id,
        user_id: user,
        case_id: kase,
        subject_kind: 'case',
        subject_id: kase,
        kind: 'case-reminder',
        dedupe_key: `fuzz:${user}`,
        at: new Date('2026-11-26T02:00:00Z'),
        payload: JSON.stringify({ title: '井盖缺失' }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  };
  const [noticeAdmin, noticeWorker] = [await notice(t.fx.users.admin), await notice(t.fx.users.worker1)];
  // a second session of each signed-in caller for DELETE /me/sessions/{id} (POST .../end-others, fuzzed after it, ends it anyway)
  const [sessionAdmin, sessionWorker] = [await spareSession(t, 'admin'), await spareSession(t, 'worker1')];
  const team = await teamRecords(t, r);
  return {
    spareRegion,
    spareUser,
    spareRole: granted.roles[0].id,
    household,
    resident,
    visit,
    case: kase,
    photo,
    client: client.id,
    clientKey: client.key,
    draw: draw.id,
    task,
    report,
    noticeAdmin,
    noticeWorker,
    sessionAdmin,
    sessionWorker,
    filed: filed.service_request_id,
    service,
    ...team,
  };
}

/** Team operations: worker1's diary entry, a meeting of g1 tomorrow with worker1's leave request and task, a reward, a training. */
async function teamRecords(t: TestApp, r: TestApp['fx']['regions']) {
  const diary = await ok<{ id: number }>(t, 'worker1', 'POST', '/api/v1/diaries', {
    occurredAt: '2026-11-25T09:00:00+08:00',
    place: '幸福路',
    people: '居民',
    content: '走访',
  });
  const meeting = await ok<{ id: number }>(t, 'admin', 'POST', '/api/v1/meetings', {
    type: 'urgent',
    regionId: r.g1.id,
    startsAt: '2026-12-30T09:00:00+08:00',
  });
  const leave = await ok<{ invitees: Array<{ leave: { id: number } | null }> }>(
    t,
    'worker1',
    'POST',
    `/api/v1/meetings/${meeting.id}/leave-requests`,
    {
      reason: '事假',
    },
  );
  const withTask = await ok<{ tasks: Array<{ id: number }> }>(t, 'admin', 'POST', `/api/v1/meetings/${meeting.id}/tasks`, {
    title: '排查',
    ownerId: t.fx.users.worker1,
    dueOn: '2026-12-31',
  });
  const reward = await ok<{ id: number }>(t, 'lead', 'POST', '/api/v1/rewards', {
    userId: t.fx.users.worker1,
    kind: 'commendation',
    ground: 'dedication',
    awardedOn: '2026-11-20',
  });
  const report = await ok<{ id: number }>(t, 'admin', 'POST', '/api/v1/supervision/reports', { regionId: r.c1.id, month: '2026-10' });
  const feed = await ok<{ url: string }>(t, 'worker1', 'POST', '/api/v1/me/calendar-feed', undefined);
  const plan = await ok<{ id: number }>(t, 'admin', 'POST', '/api/v1/work-records', {
    kind: 'implementation-plan',
    regionId: r.c1.id,
    year: 2027,
    title: '实施方案',
    content: '目标',
  });
  const training = await ok<{ id: number }>(t, 'admin', 'POST', '/api/v1/trainings', {
    regionId: r.g1.id,
    topic: '礼仪',
    startsAt: '2026-11-20T14:00:00+08:00',
    minutes: 60,
  });
  return {
    diary: diary.id,
    meeting: meeting.id,
    leave: leave.invitees.find((i) => i.leave)!.leave!.id,
    meetingTask: withTask.tasks[0].id,
    reward: reward.id,
    member: t.fx.users.worker1,
    training: training.id,
    supervisionReport: report.id,
    feedFile: feed.url.split('/').at(-1)!,
    workRecord: plan.id,
  };
}

/** A new session of `username` (signed in anew), by its public id. */
async function spareSession(t: TestApp, username: string): Promise<number> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`fuzz world: sign-in ${username}: ${res.statusCode}`);
  const row = await t.ctx.db
    .selectFrom('sessions')
    .select('id')
    .where('token_hash', '=', hashToken(res.json().token))
    .executeTakeFirstOrThrow();
  return row.id;
}

/** `{name}` of the path → the record it names; the caller changes only what is theirs to change. */
function pathValuesOf(path: string, rec: Records, own: { region: number; notice: number; session: number }): Record<string, string> {
  const byPrefix: Array<[RegExp, Record<string, number | string>]> = [
    [/^\/api\/v1\/me\/sessions\//, { id: own.session }],
    [/^\/api\/v1\/regions\//, { id: own.region }],
    [/^\/api\/v1\/users\//, { id: rec.spareUser, roleId: rec.spareRole }],
    [/^\/api\/v1\/households\//, { id: rec.household }],
    [/^\/api\/v1\/residents\//, { id: rec.resident }],
    [/^\/api\/v1\/visits\//, { id: rec.visit }],
    [/^\/api\/v1\/cases\//, { id: rec.case, action: 'accept' }],
    [/^\/api\/v1\/photos\//, { id: rec.photo }],
    [/^\/api\/v1\/notifications\//, { id: own.notice }],
    [/^\/api\/v1\/open311\/clients\//, { id: rec.client }],
    [/^\/api\/v1\/verification\/draws\//, { id: rec.draw }],
    [/^\/api\/v1\/verification\/tasks\//, { id: rec.task }],
    [/^\/api\/v1\/rounds\/reports\//, { id: rec.report }],
    [/^\/api\/v1\/diaries\//, { id: rec.diary }],
    [/^\/api\/v1\/meetings\//, { id: rec.meeting, sub: path.includes('leave-requests') ? rec.leave : rec.meetingTask }],
    [/^\/api\/v1\/rewards\//, { id: rec.reward }],
    [/^\/api\/v1\/team\/members\//, { id: rec.member }],
    [/^\/api\/v1\/trainings\//, { id: rec.training }],
    [/^\/api\/v1\/supervision\/reports\//, { id: rec.supervisionReport }],
    [/^\/api\/v1\/calendar-feeds\//, { file: rec.feedFile }],
    [/^\/api\/v1\/work-records\//, { id: rec.workRecord }],
    [/^\/api\/v1\/calendar\//, { date: '2026-12-05', year: '2026' }],
    [/^\/api\/v1\/(resident-tags|case-categories)\//, { code: path.includes('tags') ? 'low-income' : 'other' }],
    [/^\/open311\/v2\//, { file: path.includes('services') ? `${rec.service}.json` : `${rec.filed}.json` }],
  ];
  const values = byPrefix.find(([re]) => re.test(path))?.[1] ?? {};
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  return Object.fromEntries(names.map((n) => [n, String(values[n] ?? `no-record-for-${n}`)]));
}

/** Builds the records and the targets: admin and a grid worker of g1 aim at the same records; anonymous callers too. */
export async function buildFuzzWorld(t: TestApp): Promise<FuzzWorld> {
  const rec = await makeRecords(t);
  const passwordOf = async (id: number) =>
    (await t.ctx.db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow()).password_hash;
  const passwords = { admin: await passwordOf(t.fx.users.admin), worker1: await passwordOf(t.fx.users.worker1) };
  const r = t.fx.regions;
  const workbook = (await t.call('admin', { method: 'GET', url: '/api/v1/roster/template' })).rawPayload;
  const geojson = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { code: '110101001002001', name: '二社区第一网格', parentCode: '110101001002' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [116.02, 39.0],
              [116.04, 39.0],
              [116.04, 39.02],
              [116.02, 39.02],
              [116.02, 39.0],
            ],
          ],
        },
      },
    ],
  };
  const open311 = {
    api_key: rec.clientKey,
    service_code: rec.service,
    lat: '39.01',
    long: '116.005',
    description: '路灯不亮',
    first_name: '明',
    last_name: '李',
  };
  const ids = {
    gridId: r.g1.id,
    regionId: r.g1.id,
    parentId: r.w1.id,
    householdId: rec.household,
    residentId: rec.resident,
    visitId: rec.visit,
    caseId: rec.case,
    intoCaseId: rec.case,
    userId: t.fx.users.worker1,
    handlerId: t.fx.users.worker1,
    toUserId: t.fx.users.worker1,
    drawId: rec.draw,
    taskId: rec.task,
  };
  return {
    async prepare(user, path) {
      if (user !== 'admin' && user !== 'worker1') return;
      const admin = user === 'admin';
      // a fuzzed POST /me/password may succeed (its example password is the fixture's): the fixture's password again
      await t.ctx.db
        .updateTable('users')
        .set({ password_hash: passwords[user] })
        .where('id', '=', t.fx.users[user])
        .where('password_hash', '<>', passwords[user])
        .execute();
      if (/^\/api\/v1\/notifications\/\{id\}/.test(path)) {
        await t.ctx.db
          .updateTable('notifications')
          .set({ read_at: null })
          .where('id', '=', admin ? rec.noticeAdmin : rec.noticeWorker)
          .execute();
      }
      if (path.startsWith('/api/v1/calendar-feeds/')) {
        // a fuzzed POST or DELETE /me/calendar-feed before may have replaced or revoked the feed: a live one again
        // (straight through the service: a fuzzed sign-out elsewhere may have ended worker1's session)
        const feed = await createFeed(t.ctx, { id: t.fx.users.worker1 } as SessionUser, 'fuzz-world');
        rec.feedFile = feed.url.split('/').at(-1)!;
      }
      if (/^\/api\/v1\/me\/sessions\/\{id\}/.test(path)) {
        const id = admin ? rec.sessionAdmin : rec.sessionWorker;
        if (await t.ctx.db.selectFrom('sessions').select('id').where('id', '=', id).executeTakeFirst()) return;
        if (admin) rec.sessionAdmin = await spareSession(t, 'admin');
        else rec.sessionWorker = await spareSession(t, 'worker1');
      }
    },
    target(user, method, path) {
      const own =
        user === 'admin'
          ? { region: rec.spareRegion, notice: rec.noticeAdmin, session: rec.sessionAdmin }
          : { region: r.g1.id, notice: rec.noticeWorker, session: rec.sessionWorker };
      const rawTemplates =
        /\/photos$/.test(path) && method === 'POST'
          ? [{ contentType: 'image/png', payload: tinyPng() }]
          : path === '/api/v1/roster/import'
            ? [{ contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', payload: workbook }]
            : undefined;
      const jsonTemplate = path === '/api/v1/grids/geojson' ? geojson : path.startsWith('/open311/v2/requests') ? open311 : undefined;
      return { pathValues: pathValuesOf(path, rec, own), ids, rawTemplates, jsonTemplate };
    },
  };
}

/** Row count and a hash of every row, per table (`skip`: tables that may change on a rejected request). */
export async function fingerprint(t: TestApp, skip: readonly string[]): Promise<Record<string, string>> {
  const tables = await sql<{
    name: string;
  }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
    ORDER BY 1`.execute(t.ctx.db);
  const names = tables.rows.map((row) => row.name).filter((n) => !skip.includes(n));
  const parts = names.map(
    (n) =>
      sql`SELECT ${n} AS name, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS print
        FROM ${sql.id(n)} x`,
  );
  const rows = await sql<{ name: string; print: string }>`${sql.join(parts, sql` UNION ALL `)}`.execute(t.ctx.db);
  return Object.fromEntries(rows.rows.map((row) => [row.name, row.print]));
}
