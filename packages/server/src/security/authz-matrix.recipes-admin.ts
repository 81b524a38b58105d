/**
 * Recipes of the authorization matrix: sign-in, regions and grids, people and roles, policy, calendar, notices, Open311 (not a test file
 * itself).
 */
import { hashToken } from '../modules/auth/sessions.repository';
import { TEST_PASSWORD } from '../testing/fixture';
import { AREAS } from './authz-matrix.areas';
import { get, post, versionOf, type Ctx, type Recipe, type Recipes } from './authz-matrix.recipe-kit';
import { creatorOf, ok } from './authz-matrix.targets';

const db = (c: Ctx) => c.w.t.ctx.db;

/** A compound (小区) under the site's grid: its code is the grid's + 'P' + 2 digits, fresh per grid. */
const compounds = new Map<string, number>();
function compoundCode(c: Ctx): string {
  const n = (compounds.get(`${c.w.kind}:${c.s.grid.code}`) ?? 0) + 1;
  compounds.set(`${c.w.kind}:${c.s.grid.code}`, n);
  return `${c.s.grid.code}P${String(n).padStart(2, '0')}`;
}

/** The site's grid again as GeoJSON (its own shape, or a square where it has none), for a dry-run import. */
async function gridFile(c: Ctx) {
  const row = await db(c)
    .selectFrom('regions as g')
    .innerJoin('regions as p', 'p.id', 'g.parent_id')
    .select(['g.geometry', 'p.code as parentCode'])
    .where('g.id', '=', c.s.grid.id)
    .executeTakeFirstOrThrow();
  const square = {
    type: 'Polygon',
    coordinates: [
      [
        [117, 40],
        [117.01, 40],
        [117.01, 40.01],
        [117, 40.01],
        [117, 40],
      ],
    ],
  };
  const feature = {
    type: 'Feature',
    properties: { code: c.s.grid.code, name: c.s.grid.name, parentCode: row.parentCode },
    geometry: row.geometry ?? square,
  };
  return { type: 'FeatureCollection', features: [feature] };
}

/** One road across the site's street or town (or somewhere else where it has no shape), for a dry-run base-map import. */
async function basemapFile(c: Ctx) {
  const row = await db(c).selectFrom('regions').select('bbox').where('id', '=', c.s.grid.id).executeTakeFirstOrThrow();
  const [w, s, e, n] = row.bbox ?? [117, 40, 117.01, 40.01];
  const line = [
    [w, (s + n) / 2],
    [e, (s + n) / 2],
  ];
  const feature = { type: 'Feature', properties: { kind: 'road', name: '测试路' }, geometry: { type: 'LineString', coordinates: line } };
  return { type: 'FeatureCollection', features: [feature] };
}

/** Grants `role` at the region `at` picks to a fresh user holding another role in the site's grid (so in scope there). */
function grant(role: string, at: (c: Ctx) => number): Recipe {
  return {
    on: 'any',
    build: async (c) => {
      const { userId } = await c.w.addUser(role === 'grid-worker' ? 'grid-leader' : 'grid-worker', c.s.grid.id);
      return post(`/api/v1/users/${userId}/roles`, { role, regionId: at(c) });
    },
  };
}

/** Takes back a role `role` held at the site's grid by a fresh user. */
function removal(role: string): Recipe {
  return {
    on: 'any',
    build: async (c) => {
      const { userId, roleId } = await c.w.addUser(role, c.s.grid.id);
      return { method: 'DELETE', url: `/api/v1/users/${userId}/roles/${roleId!}` };
    },
  };
}

/** The caller's own role assignment (the fixture gives each account one). */
async function ownRole(c: Ctx) {
  return db(c)
    .selectFrom('role_assignments')
    .select(['id', 'role', 'region_id'])
    .where('user_id', '=', c.w.t.fx.users[c.user])
    .executeTakeFirst();
}

/** Puts the caller's roles back as the fixture made them, if a wrongly allowed request changed them. */
async function restoreOwnRoles(c: Ctx): Promise<void> {
  const userId = c.w.t.fx.users[c.user];
  const rows = await db(c).selectFrom('role_assignments').select(['id', 'role', 'region_id']).where('user_id', '=', userId).execute();
  const fixture = c.w.fixtureRoles[c.user];
  if (rows.length === 1 && rows[0].role === fixture.role && rows[0].region_id === fixture.regionId) return;
  await db(c).deleteFrom('role_assignments').where('user_id', '=', userId).execute();
  await db(c).insertInto('role_assignments').values({ user_id: userId, role: fixture.role, region_id: fixture.regionId }).execute();
  c.w.t.ctx.invalidateActors();
}

/** A new session of the caller (signed in anew), by its public id. */
async function spareSession(c: Ctx): Promise<number> {
  const res = await c.w.t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: c.user, password: TEST_PASSWORD } });
  const token = (await ok(res, 200)).token as string;
  const row = await db(c).selectFrom('sessions').select('id').where('token_hash', '=', hashToken(token)).executeTakeFirstOrThrow();
  return row.id;
}

export const ADMIN_RECIPES: Recipes = {
  'GET /healthz': { on: null, build: async () => get('/healthz') },
  'GET /api/v1/meta': { on: null, build: async () => get('/api/v1/meta') },
  'GET /api/v1/audit': { on: null, build: async () => get('/api/v1/audit?limit=5') },
  'POST /api/v1/auth/login': {
    on: null,
    build: async (c) => post('/api/v1/auth/login', { username: c.user ?? 'admin', password: TEST_PASSWORD }),
  },
  'POST /api/v1/auth/logout': { on: null, build: async () => ({ ...post('/api/v1/auth/logout'), fresh: true }) },
  'GET /api/v1/auth/me': { on: null, build: async () => get('/api/v1/auth/me') },
  // 我的账户: on oneself only (the name sent back unchanged; the password set to the one it was)
  'GET /api/v1/me': { on: null, build: async () => get('/api/v1/me') },
  'PATCH /api/v1/me': {
    on: null,
    build: async (c) => ({
      method: 'PATCH',
      url: '/api/v1/me',
      payload: { expectedVersion: await versionOf(c, 'users', c.w.t.fx.users[c.user]), displayName: c.user },
    }),
  },
  'POST /api/v1/me/password': {
    on: null,
    build: async () => post('/api/v1/me/password', { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }),
  },
  'GET /api/v1/me/sessions': { on: null, build: async () => get('/api/v1/me/sessions') },
  'DELETE /api/v1/me/sessions/{id}': {
    on: null,
    // a second session of the caller, opened for this request
    build: async (c) => ({ method: 'DELETE', url: `/api/v1/me/sessions/${await spareSession(c)}` }),
  },
  'POST /api/v1/me/sessions/end-others': { on: null, build: async () => post('/api/v1/me/sessions/end-others') },

  'GET /api/v1/regions': { on: null, build: async () => get('/api/v1/regions') },
  'POST /api/v1/regions': {
    on: 'any',
    build: async (c) =>
      post('/api/v1/regions', { type: 'compound', parentId: c.s.grid.id, code: compoundCode(c), name: `小区${c.w.next()}` }),
  },
  'GET /api/v1/regions/{id}': { on: 'any', build: async (c) => get(`/api/v1/regions/${c.s.grid.id}`) },
  'PATCH /api/v1/regions/{id}': {
    on: 'any',
    build: async (c) => ({
      method: 'PATCH',
      url: `/api/v1/regions/${c.s.grid.id}`,
      payload: { expectedVersion: await versionOf(c, 'regions', c.s.grid.id), name: c.s.grid.name },
    }),
  },
  'DELETE /api/v1/regions/{id}': {
    on: 'any',
    build: async (c) => {
      const created = await ok(
        c.w.call(
          creatorOf(c.site!),
          post('/api/v1/regions', { type: 'compound', parentId: c.s.grid.id, code: compoundCode(c), name: `小区${c.w.next()}` }),
        ),
      );
      return { method: 'DELETE', url: `/api/v1/regions/${created.id}?expectedVersion=${created.version}` };
    },
  },
  'GET /api/v1/grids': { on: null, build: async () => get('/api/v1/grids') },
  'GET /api/v1/grids/locate': { on: null, build: async () => get('/api/v1/grids/locate?lat=39.01&lng=116.005') },
  'GET /api/v1/grids/geojson': { on: 'any', build: async (c) => get(`/api/v1/grids/geojson?regionId=${c.s.grid.id}`) },
  'POST /api/v1/grids/geojson': { on: null, build: async (c) => post('/api/v1/grids/geojson?dryRun=true', await gridFile(c)) },
  'GET /api/v1/basemap': { on: 'any', build: async (c) => get(`/api/v1/basemap?regionId=${c.s.grid.id}`) },
  'PUT /api/v1/basemap': {
    on: 'any',
    build: async (c) => ({ method: 'PUT', url: `/api/v1/basemap?regionId=${c.s.top.id}&dryRun=true`, payload: await basemapFile(c) }),
  },

  'GET /api/v1/users': { on: null, build: async () => get('/api/v1/users') },
  'POST /api/v1/users': {
    on: null,
    build: async (c) =>
      post('/api/v1/users', { username: `matrix-new-${c.w.next()}`, displayName: '新用户', password: 'matrix-password-1' }),
  },
  'PATCH /api/v1/users/{id}': {
    on: 'any',
    build: async (c) => ({
      method: 'PATCH',
      url: `/api/v1/users/${c.s.userId}`,
      payload: { expectedVersion: await versionOf(c, 'users', c.s.userId), displayName: '对象' },
    }),
  },
  'PATCH /api/v1/users/{id}#no-role': {
    on: null,
    build: async (c) => {
      const { userId } = await c.w.addUser(null);
      return {
        method: 'PATCH',
        url: `/api/v1/users/${userId}`,
        payload: { expectedVersion: await versionOf(c, 'users', userId), displayName: '新人' },
      };
    },
  },
  'POST /api/v1/users/{id}/roles': grant('grid-leader', (c) => c.s.grid.id),
  'POST /api/v1/users/{id}/roles#no-role': {
    on: null,
    build: async (c) => post(`/api/v1/users/${(await c.w.addUser(null)).userId}/roles`, { role: 'grid-leader', regionId: c.s.grid.id }),
  },
  'POST /api/v1/users/{id}/roles#grid-worker': grant('grid-worker', (c) => c.s.grid.id),
  'POST /api/v1/users/{id}/roles#workstation-staff': grant('workstation-staff', (c) => c.s.grid.parentId!),
  'POST /api/v1/users/{id}/roles#community-lead': grant('community-lead', (c) => c.s.community.id),
  'POST /api/v1/users/{id}/roles#supervisor': grant('supervisor', (c) => c.s.community.id),
  'POST /api/v1/users/{id}/roles#admin': grant('admin', (c) => c.s.top.id),
  'POST /api/v1/users/{id}/roles#self': {
    on: 'any',
    build: async (c) => post(`/api/v1/users/${c.w.t.fx.users[c.user]}/roles`, { role: 'grid-leader', regionId: c.s.grid.id }),
    restore: restoreOwnRoles,
  },
  'DELETE /api/v1/users/{id}/roles/{roleId}': removal('grid-leader'),
  'DELETE /api/v1/users/{id}/roles/{roleId}#grid-worker': removal('grid-worker'),
  'DELETE /api/v1/users/{id}/roles/{roleId}#self': {
    on: null,
    build: async (c) => ({ method: 'DELETE', url: `/api/v1/users/${c.w.t.fx.users[c.user]}/roles/${(await ownRole(c))!.id}` }),
    restore: restoreOwnRoles,
  },

  'GET /api/v1/policy': { on: 'any', build: async (c) => get(`/api/v1/policy?regionId=${c.s.grid.id}`) },
  'PUT /api/v1/policy': {
    on: 'any',
    build: async (c) => {
      const p = await ok(c.w.call(creatorOf(c.site!), get(`/api/v1/policy?regionId=${c.s.grid.id}`)), 200);
      return {
        method: 'PUT',
        url: '/api/v1/policy',
        payload: { regionId: c.s.grid.id, preset: p.preset, values: p.values, expectedVersion: p.version },
      };
    },
  },
  'GET /api/v1/policy/versions': { on: 'any', build: async (c) => get(`/api/v1/policy/versions?regionId=${c.s.grid.id}`) },
  'GET /api/v1/policy/presets': { on: null, build: async () => get('/api/v1/policy/presets') },

  'GET /api/v1/calendar/add-working-days': { on: null, build: async () => get('/api/v1/calendar/add-working-days?from=2026-10-09&days=5') },
  'GET /api/v1/calendar/years': { on: null, build: async () => get('/api/v1/calendar/years') },
  'GET /api/v1/calendar/days': { on: null, build: async () => get('/api/v1/calendar/days?year=2026') },
  'GET /api/v1/calendar/overrides': { on: null, build: async () => get('/api/v1/calendar/overrides') },
  'PUT /api/v1/calendar/overrides/{date}': {
    on: null,
    build: async () => ({ method: 'PUT', url: '/api/v1/calendar/overrides/2030-05-06', payload: { kind: 'holiday', note: '调休' } }),
  },
  'DELETE /api/v1/calendar/overrides/{date}': {
    on: null,
    build: async (c) => {
      const date = `2031-${String(1 + (c.w.next() % 12)).padStart(2, '0')}-${String(1 + (c.w.next() % 28)).padStart(2, '0')}`;
      await ok(
        c.w.call('admin', { method: 'PUT', url: `/api/v1/calendar/overrides/${date}`, payload: { kind: 'holiday', note: '调休' } }),
        200,
      );
      return { method: 'DELETE', url: `/api/v1/calendar/overrides/${date}` };
    },
  },
  'POST /api/v1/calendar/years/{year}/confirm': {
    on: null,
    build: async () =>
      post('/api/v1/calendar/years/2040/confirm', { holidays: [{ name: '元旦', from: '2040-01-01', to: '2040-01-01' }], workdays: [] }),
  },

  'GET /api/v1/notifications': { on: null, build: async () => get('/api/v1/notifications') },
  'GET /api/v1/notifications/deliveries': { on: null, build: async () => get('/api/v1/notifications/deliveries?status=failed&limit=5') },
  'POST /api/v1/notifications/{id}/read': {
    on: 'any',
    build: async (c) => {
      const userId = c.scope === 'own' ? c.w.t.fx.users[c.user] : c.s.userId;
      const s = c.w.sites[c.scope === 'own' ? (AREAS[c.user].own.community ?? AREAS[c.user].own.township)! : c.site!];
      const row = await db(c)
        .insertInto('notifications')
        .values({
          top_region_id: s.topRegionId,
          user_id: userId,
          case_id: s.caseId,
          subject_kind: 'case',
          subject_id: s.caseId,
          kind: 'case-assigned',
          dedupe_key: `matrix:${c.w.next()}`,
          at: new Date(),
          delivered_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return post(`/api/v1/notifications/${row.id}/read`);
    },
  },
  'GET /api/v1/notifications/stream': { on: null, build: async () => ({ ...get('/api/v1/notifications/stream'), live: true }) },
  'GET /api/v1/notifications/unread-count': { on: null, build: async () => get('/api/v1/notifications/unread-count') },
  'POST /api/v1/notifications/read-all': { on: null, build: async () => post('/api/v1/notifications/read-all') },

  'POST /api/v1/open311/clients': {
    on: 'any',
    build: async (c) => post('/api/v1/open311/clients', { name: `渠道${c.w.next()}`, regionId: c.s.community.id }),
  },
  'GET /api/v1/open311/clients': { on: null, build: async () => get('/api/v1/open311/clients') },
  'DELETE /api/v1/open311/clients/{id}': {
    on: 'any',
    build: async (c) => {
      const created = await ok(
        c.w.call(creatorOf(c.site!), post('/api/v1/open311/clients', { name: `渠道${c.w.next()}`, regionId: c.s.community.id })),
      );
      return { method: 'DELETE', url: `/api/v1/open311/clients/${created.id}` };
    },
  },

  'GET /open311/v2/services.json': { on: null, build: async () => get('/open311/v2/services.json') },
  'GET /open311/v2/services.xml': { on: null, build: async () => get('/open311/v2/services.xml') },
  'GET /open311/v2/services/{file}': { on: null, build: async () => get('/open311/v2/services/sanitation.json') },
  'GET /open311/v2/requests.json': { on: null, build: async () => get('/open311/v2/requests.json') },
  'GET /open311/v2/requests.xml': { on: null, build: async () => get('/open311/v2/requests.xml') },
  'GET /open311/v2/requests/{file}': { on: null, build: async (c) => get(`/open311/v2/requests/${c.w.open311.requestId}.json`) },
  'GET /open311/v2/tokens/{file}': { on: null, build: async (c) => get(`/open311/v2/tokens/${c.w.open311.token}.json`) },
  'POST /open311/v2/requests.json': { on: null, build: async (c) => post('/open311/v2/requests.json', open311Request(c)) },
  'POST /open311/v2/requests.xml': { on: null, build: async (c) => post('/open311/v2/requests.xml', open311Request(c)) },
};

export function open311Request(c: Pick<Ctx, 'w'>) {
  return { api_key: c.w.open311.key, service_code: 'sanitation', lat: 39.01, long: 116.005, description: '垃圾堆放多日' };
}
