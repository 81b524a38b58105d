import { createWorkingCalendar } from '@gridwork/core/calendar';
import { buildDemoBasemap, buildDemoGeometry, DEMO_ACCOUNTS, DEMO_SEED, type DemoRegion } from '@gridwork/core/demo';
import { PRESETS } from '@gridwork/core/policy';
import { bboxOf } from '@gridwork/core/geo';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { DEMO_PASSWORD, hashPassword } from '../modules/auth/password';
import { writeAudit } from '../modules/audit/audit.repository';
import { replaceBasemap } from '../modules/basemap/basemap.repository';
import { insertRegion, type RegionRow } from '../modules/regions/regions.repository';
import { insertRole, insertUser } from '../modules/users/users.repository';
import { seedDemoOpen311Client } from '../modules/open311/open311-clients.service';
import type { SealedFields } from '../modules/households/sealed-fields';
import { seedDemoCases } from './demo-cases';
import { seedDemoHouseholds } from './demo-households';
import { seedDemoTeam } from './demo-team';

/** What the generator made, by demo key, for later generators (households, cases, visits) to build on. */
export interface DemoIndex {
  regions: Map<string, RegionRow>;
  users: Map<string, number>;
}

async function seedRegions(trx: Transaction<DB>, regions: DemoRegion[]): Promise<Map<string, RegionRow>> {
  const byKey = new Map<string, RegionRow>();
  for (const r of regions) {
    const parent = r.parentKey ? byKey.get(r.parentKey)! : null;
    const row = await insertRegion(
      trx,
      {
        parentId: parent?.id ?? null,
        type: r.type,
        code: r.code,
        name: r.name,
        geometry: r.geometry ?? null,
        bbox: r.geometry ? bboxOf(r.geometry) : null,
        point: r.point ?? null,
      },
      parent,
      new Date(),
    );
    byKey.set(r.key, row);
  }
  return byKey;
}

async function seedPolicies(trx: Transaction<DB>, regions: DemoRegion[], byKey: Map<string, RegionRow>): Promise<void> {
  const attach = [
    { key: 'district', preset: 'community' as const },
    ...regions.filter((r) => r.preset).map((r) => ({ key: r.key, preset: r.preset! })),
  ];
  for (const a of attach) {
    await trx
      .insertInto('policies')
      .values({ region_id: byKey.get(a.key)!.id, preset: a.preset, values: JSON.stringify(PRESETS[a.preset]), created_by: null })
      .execute();
  }
}

async function seedUsers(trx: Transaction<DB>, byKey: Map<string, RegionRow>): Promise<Map<string, number>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD); // one hash for all demo accounts: demo only
  const users = new Map<string, number>();
  for (const a of DEMO_ACCOUNTS) {
    const region = byKey.get(a.regionKey);
    if (!region) throw new Error(`demo region ${a.regionKey} is missing`);
    const id = await insertUser(trx, { username: a.username, displayName: a.displayName, passwordHash, isDemo: true }, new Date());
    await insertRole(trx, id, a.role, region.id);
    users.set(a.username, id);
  }
  return users;
}

/** Demo data seeded before the base map existed gets it once (its street and town still there and without one). */
async function addDemoBasemap(db: Kysely<DB>): Promise<void> {
  const geometry = buildDemoGeometry();
  const codes = new Map(geometry.regions.filter((r) => r.type === 'street' || r.type === 'town').map((r) => [r.code, r.key]));
  const rows = await db
    .selectFrom('regions')
    .select(['id', 'code'])
    .where('code', 'in', [...codes.keys()])
    .execute();
  const have = await db.selectFrom('basemap_features').select('top_region_id').distinct().execute();
  const missing = rows.filter((r) => !have.some((h) => h.top_region_id === r.id));
  if (missing.length === 0) return;
  const maps = new Map(buildDemoBasemap(geometry, DEMO_SEED).map((m) => [m.areaKey, m.features]));
  await db.transaction().execute(async (trx) => {
    for (const r of missing) await replaceBasemap(trx, r.id, maps.get(codes.get(r.code)!) ?? []);
  });
}

/**
 * Fills an empty database with the demo street and town once; later starts reuse it. Households
 * and visits need `sealed` (the data key seals their ID numbers and phones): without it they are left out.
 */
export async function ensureDemoData(
  db: Kysely<DB>,
  log: (m: string) => void = () => {},
  opts: { sealed?: SealedFields } = {},
): Promise<DemoIndex | null> {
  const done = await db.selectFrom('app_settings').select('value').where('key', '=', 'demo').executeTakeFirst();
  if (done) {
    await addDemoBasemap(db);
    return null;
  }
  const started = Date.now();
  const geometry = buildDemoGeometry();
  const { regions } = geometry;
  const index = await db.transaction().execute(async (trx) => {
    const byKey = await seedRegions(trx, regions);
    for (const m of buildDemoBasemap(geometry, DEMO_SEED)) await replaceBasemap(trx, byKey.get(m.areaKey)!.id, m.features);
    await seedPolicies(trx, regions, byKey);
    const users = await seedUsers(trx, byKey);
    await seedDemoOpen311Client(trx, byKey.get('xingfu')!.id);
    const plan = { now: new Date(), calendar: createWorkingCalendar({ overrides: [], confirmedYears: [] }), seed: DEMO_SEED };
    await seedDemoCases(trx, { regions: byKey, users }, plan);
    if (opts.sealed?.available) await seedDemoHouseholds(trx, { regions: byKey, users }, { ...plan, sealed: opts.sealed });
    await seedDemoTeam(trx, { regions: byKey, users }, plan);
    await trx
      .insertInto('app_settings')
      .values({ key: 'demo', value: JSON.stringify({ seededAt: new Date().toISOString() }) })
      .execute();
    await writeAudit(trx, {
      actorId: null,
      action: 'demo.seed',
      entity: 'deployment',
      entityId: null,
      after: { regions: regions.length, users: users.size },
    });
    return { regions: byKey, users };
  });
  // Fresh tables have no statistics: without them the planner treats them as empty.
  await sql`ANALYZE`.execute(db);
  log(`demo data created (${regions.length} regions, ${index.users.size} accounts) in ${Date.now() - started} ms`);
  return index;
}
