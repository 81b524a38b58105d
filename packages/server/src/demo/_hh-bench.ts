import { openDatabase } from '../bootstrap';
import { loadConfig } from '../config';
import { sql } from 'kysely';

const dir = process.argv[2];
const mode = process.argv[3];
const config = { ...loadConfig({}), dataDir: dir, demo: true };
import { PGlite } from '@electric-sql/pglite';
import { wrapPglite } from '../db/database';
import { migrate } from '../db/migrate';
const database = process.argv[4] === 'mem' ? { ...wrapPglite(new PGlite()), release() {} } : await openDatabase(config);
if (process.argv[4] === 'mem') await migrate(database.db);
const db = database.db;
await sql`INSERT INTO regions (type, code, name, path) VALUES ('street', '110199001', 'x', '/1/')`.execute(db);
const top = (await sql<{ id: number }>`SELECT id FROM regions LIMIT 1`.execute(db)).rows[0].id;
await sql`UPDATE regions SET top_region_id = id`.execute(db);
await sql`INSERT INTO users (username, display_name, password_hash) VALUES ('u1', 'u', 'x')`.execute(db);
const N = 3600;
const t0 = Date.now();
await db.transaction().execute(async (trx) => {
  const hh = Array.from({ length: N }, (_, i) => ({ top_region_id: top, id: i + 1, grid_id: top, grid_path: '/1/', address: `阳光花园${i}号楼2单元501`, housing: 'owned', created_by: 1 }));
  for (let i = 0; i < hh.length; i += 500) await trx.insertInto('households').values(hh.slice(i, i + 500) as never).execute();
  console.log('households', Date.now() - t0);
  const visits = Array.from({ length: 23000 }, (_, i) => ({
    top_region_id: top, household_id: (i % N) + 1, visitor_ids: [1], started_at: new Date(1.79e12 + i * 60000), ended_at: new Date(1.79e12 + i * 60000 + 1800000),
    type: 'routine', lat: 39.9, lng: 116.4, outside_grid: false, findings: i % 3 ? null : '老人身体状况良好，按时服药', needs: null, policy_version: 1, created_by: 1, created_at: new Date(1.79e12 + i * 60000 + 1900000),
  }));
  const t1 = Date.now(); const c1 = process.cpuUsage();
  if (mode === 'json') {
    const json = JSON.stringify(visits);
    await sql`INSERT INTO visits (top_region_id, household_id, visitor_ids, started_at, ended_at, type, lat, lng, outside_grid, findings, needs, policy_version, created_by, created_at)
      SELECT top_region_id, household_id, visitor_ids, started_at, ended_at, type, lat, lng, outside_grid, findings, needs, policy_version, created_by, created_at
      FROM json_populate_recordset(NULL::visits, ${json}::json)`.execute(trx);
  } else if (mode === 'unnest') {
    const col = <K extends keyof (typeof visits)[number]>(k: K) => visits.map((v) => v[k]);
    await sql`INSERT INTO visits (top_region_id, household_id, visitor_ids, started_at, ended_at, type, lat, lng, outside_grid, findings, needs, policy_version, created_by, created_at)
      SELECT t, h, v::int[], s, e, ty, la, ln, o, f, n, p, c, ca FROM unnest(${col('top_region_id')}::int[], ${col('household_id')}::bigint[], ${visits.map((v) => `{${v.visitor_ids.join(',')}}`)}::text[],
        ${col('started_at')}::timestamptz[], ${col('ended_at')}::timestamptz[], ${col('type')}::text[], ${col('lat')}::float8[], ${col('lng')}::float8[], ${col('outside_grid')}::bool[],
        ${col('findings')}::text[], ${col('needs')}::text[], ${col('policy_version')}::int[], ${col('created_by')}::int[], ${col('created_at')}::timestamptz[]) AS x(t, h, v, s, e, ty, la, ln, o, f, n, p, c, ca)`.execute(trx);
  } else {
    const size = Number(mode);
    for (let i = 0; i < visits.length; i += size) await trx.insertInto('visits').values(visits.slice(i, i + size) as never).execute();
  }
  const cu = process.cpuUsage(c1); console.log('visits', mode, Date.now() - t1, 'cpu', Math.round((cu.user + cu.system) / 1000));
});
console.log('total', Date.now() - t0);
await database.close();
database.release();
