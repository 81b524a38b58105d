/**
 * The world the authorization matrix runs in (not a test file itself): the fixture's street and town,
 * a second district outside the fixture admin's scope, one grid of the street under the township
 * preset, and the records every route acts on, created once per site through the API.
 */
import { PRESETS } from '@gridwork/core/policy';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DatabaseKind } from '../db/database';
import { hashPassword } from '../modules/auth/password';
import { insertRegion, type RegionRow } from '../modules/regions/regions.repository';
import { insertRole, insertUser } from '../modules/users/users.repository';
import { TEST_PASSWORD } from '../testing/fixture';
import { createTestApp, type TestApp } from '../testing/test-app';
import { NOW, SITES, type Preset, type Site } from './authz-matrix.areas';
import { createSiteTargets, ok } from './authz-matrix.targets';

/** The records of one site every route acts on (created once; writes that change them get fresh ones). */
export interface SiteTargets {
  site: Site;
  /** Who creates records here: the fixture admin, or the second district's admin. */
  creator: 'admin' | 'xadmin';
  grid: RegionRow;
  community: RegionRow;
  /** The street or town above the grid. */
  top: RegionRow;
  topRegionId: number;
  householdId: number;
  residentId: number;
  visitId: number;
  caseId: number;
  casePhotoId: number;
  visitPhotoId: number;
  /** A user holding a grid-worker role in the grid, and that role. */
  userId: number;
  userRoleId: number;
  /** Community preset only. */
  drawId: number | null;
  taskId: number | null;
  /** Township preset only. */
  reportId: number | null;
}

export interface World {
  t: TestApp;
  kind: DatabaseKind;
  sites: Record<Site, SiteTargets>;
  /** A fresh number for unique names and codes. */
  next(): number;
  /** Round months used per site (fresh reports). */
  monthsUsed: Partial<Record<Site, number>>;
  /** A request as `user` (null: anonymous); `fresh` signs in anew (for sign-out). */
  call(user: string | null, opts: InjectOptions, fresh?: boolean): Promise<LightMyRequestResponse>;
  /** Inserts a user holding `role` at the region, or no role at all (never signs in). */
  addUser(role: string | null, regionId?: number): Promise<{ userId: number; roleId: number | null }>;
  /** The port the app listens on (for the event stream). */
  port: number;
  /** Each account's role as the fixture made it (put back after a wrongly allowed self grant or removal). */
  fixtureRoles: Record<string, { role: string; regionId: number }>;
  /** An Open311 client of the street and a request filed through it. */
  open311: { key: string; requestId: number; token: string };
  close(): Promise<void>;
}

const EXTRA_REGIONS: Array<{ key: string; parent: string | null; type: string; code: string; name: string }> = [
  { key: 'district2', parent: null, type: 'district', code: '110102', name: '另一区' },
  { key: 'xs', parent: 'district2', type: 'street', code: '110102001', name: '另一街道' },
  { key: 'xc', parent: 'xs', type: 'community', code: '110102001001', name: '另一社区' },
  { key: 'xg', parent: 'xc', type: 'grid', code: '110102001001001', name: '另一网格' },
  { key: 'xt', parent: 'district2', type: 'town', code: '110102101', name: '另一镇' },
  { key: 'xtc', parent: 'xt', type: 'community', code: '110102101001', name: '另一镇社区' },
  { key: 'xtg', parent: 'xtc', type: 'grid', code: '110102101001001', name: '另一镇网格' },
];

async function seedOutside(t: TestApp): Promise<Record<string, RegionRow>> {
  const passwordHash = await hashPassword(TEST_PASSWORD, 1024);
  return t.ctx.db.transaction().execute(async (trx) => {
    const regions: Record<string, RegionRow> = {};
    for (const r of EXTRA_REGIONS) {
      const parent = r.parent ? regions[r.parent] : null;
      regions[r.key] = await insertRegion(
        trx,
        { parentId: parent?.id ?? null, type: r.type, code: r.code, name: r.name, geometry: null, bbox: null },
        parent,
        new Date(),
      );
    }
    const policies: Array<[number, Preset]> = [
      [regions.district2.id, 'community'],
      [regions.xt.id, 'township'],
      [t.fx.regions.g2.id, 'township'],
    ];
    for (const [regionId, preset] of policies) {
      await trx
        .insertInto('policies')
        .values({ region_id: regionId, preset, values: JSON.stringify(PRESETS[preset]) })
        .execute();
    }
    const xadmin = await insertUser(trx, { username: 'xadmin', displayName: 'xadmin', passwordHash, isDemo: false }, new Date());
    await insertRole(trx, xadmin, 'admin', regions.district2.id);
    return regions;
  });
}

/** The app with the fixture, the second district and every site's targets. */
export async function createWorld(kind: DatabaseKind): Promise<World> {
  const t = await createTestApp(kind, { clock: () => new Date(NOW) });
  const extra = await seedOutside(t);
  const port = await listen(t);
  let counter = 0;
  const w: World = {
    t,
    kind,
    port,
    sites: {} as Record<Site, SiteTargets>,
    monthsUsed: {},
    fixtureRoles: await fixtureRolesOf(t),
    open311: { key: '', requestId: 0, token: '' },
    next: () => ++counter,
    async call(user, opts, fresh = false) {
      if (!user || !fresh) return t.call(user, opts);
      const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user, password: TEST_PASSWORD } });
      return t.app.inject({ ...opts, headers: { ...(opts.headers ?? {}), authorization: `Bearer ${login.json().token}` } });
    },
    async addUser(role, regionId) {
      return t.ctx.db.transaction().execute(async (trx) => {
        const userId = await insertUser(
          trx,
          {
            username: `matrix-${role ?? 'none'}-${++counter}`,
            displayName: `对象${counter}`,
            passwordHash: 'scrypt$unusable',
            isDemo: false,
          },
          new Date(),
        );
        return { userId, roleId: role && regionId ? await insertRole(trx, userId, role, regionId) : null };
      });
    },
    close: () => t.close(),
  };
  const r = { ...t.fx.regions, ...extra };
  const places: Record<Site, [RegionRow, RegionRow, RegionRow]> = {
    g1: [r.g1, r.c1, r.street],
    c2g1: [r.c2g1, r.c2, r.street],
    xg: [r.xg, r.xc, r.xs],
    g2: [r.g2, r.c1, r.street],
    tg1: [r.tg1, r.tc1, r.town],
    xtg: [r.xtg, r.xtc, r.xt],
  };
  for (const site of SITES) w.sites[site] = await createSiteTargets(w, site, ...places[site]);
  w.open311 = await open311Client(w, r.street.id);
  return w;
}

async function fixtureRolesOf(t: TestApp): Promise<World['fixtureRoles']> {
  const rows = await t.ctx.db.selectFrom('role_assignments').select(['user_id', 'role', 'region_id']).execute();
  const byId = new Map(rows.map((r) => [r.user_id, { role: r.role, regionId: r.region_id }]));
  return Object.fromEntries(Object.entries(t.fx.users).map(([name, id]) => [name, byId.get(id)!]));
}

/** A client key for the street and one request filed with it (the public Open311 routes read them). */
async function open311Client(w: World, streetId: number): Promise<World['open311']> {
  const client = await ok(
    w.call('admin', { method: 'POST', url: '/api/v1/open311/clients', payload: { name: '市民热线', regionId: streetId } }),
  );
  const payload = { api_key: client.key, service_code: 'sanitation', lat: 39.01, long: 116.005, description: '垃圾堆放多日' };
  const [filed] = (await ok(w.call(null, { method: 'POST', url: '/open311/v2/requests.json', payload }))) as unknown as Array<{
    service_request_id: number;
  }>;
  return { key: client.key, requestId: filed.service_request_id, token: String(filed.service_request_id) };
}

async function listen(t: TestApp): Promise<number> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  return typeof address === 'object' && address ? address.port : 0;
}
