import { openDatabase } from '../bootstrap';
import { loadConfig } from '../config';
import { sql } from 'kysely';
const database = await openDatabase({ ...loadConfig({}), dataDir: process.argv[2], demo: true });
const queries = [
  `SELECT h.id AS household_id, r.birth_date, r.tags, h.class_override, h.class_override_reason
    FROM households h JOIN household_members m ON m.top_region_id = h.top_region_id AND m.household_id = h.id AND m.left_on IS NULL
    JOIN residents r ON r.top_region_id = m.top_region_id AND r.id = m.resident_id`,
  `SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM household_members m JOIN residents r ON r.top_region_id = m.top_region_id AND r.id = m.resident_id
        WHERE m.top_region_id = h.top_region_id AND m.household_id = h.id AND m.left_on IS NULL AND r.birth_date <= '1966-11-18'::date)
        THEN 1.0 ELSE 0.0 END)::float8 AS share FROM households h`,
  `SELECT r.birth_date FROM residents r JOIN household_members m ON m.top_region_id = r.top_region_id AND m.resident_id = r.id AND m.left_on IS NULL
      WHERE m.relation = 'head' AND r.birth_date BETWEEN '1966-11-01'::date AND '1966-11-28'::date`,
];
for (const q of queries) {
  const t = Date.now();
  const res = await sql.raw(`EXPLAIN ANALYZE ${q}`).execute(database.db);
  console.log(Date.now() - t, 'ms\n', (res.rows as Array<Record<string, string>>).map((r) => Object.values(r)[0]).join('\n'));
}
await database.close();
database.release();
