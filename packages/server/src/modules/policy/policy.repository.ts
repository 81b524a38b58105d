import { DomainError } from '@gridwork/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';

type Db = Kysely<DB> | Transaction<DB>;

export interface PolicyRow {
  regionId: number;
  version: number;
  preset: string;
  values: unknown;
  createdAt: Date;
  createdBy: number | null;
}

/** The latest version attached to each region (policies are few: one per street/town or district). */
export async function listLatestPolicies(db: Db, withValues = false): Promise<Map<number, PolicyRow>> {
  const rows = await db
    .selectFrom('policies')
    .select([
      'region_id as regionId',
      'version',
      'preset',
      'created_at as createdAt',
      'created_by as createdBy',
      withValues ? 'values' : sql<null>`null`.as('values'),
    ])
    .where(({ eb, selectFrom }) =>
      eb(
        'version',
        '=',
        selectFrom('policies as p2').select(sql<number>`max(p2.version)`.as('v')).whereRef('p2.region_id', '=', 'policies.region_id'),
      ),
    )
    .execute();
  return new Map(rows.map((r) => [r.regionId, r as PolicyRow]));
}

/** The nearest policy attached to the node or one of its ancestors (`path` root → node). */
export async function findPolicyInForce(db: Db, path: number[], at?: Date): Promise<PolicyRow | null> {
  if (path.length === 0) return null;
  let q = db
    .selectFrom('policies')
    .select(['region_id as regionId', 'version', 'preset', 'values', 'created_at as createdAt', 'created_by as createdBy'])
    .where('region_id', 'in', path);
  if (at) q = q.where('created_at', '<=', at);
  const rows = (await q.orderBy('version', 'desc').execute()) as PolicyRow[];
  for (let i = path.length - 1; i >= 0; i--) {
    const hit = rows.find((r) => r.regionId === path[i]);
    if (hit) return hit;
  }
  return null;
}

/** The latest preset of every region at or below `regionPath` that has a policy of its own. */
export async function latestPresetsUnder(db: Db, regionPath: string): Promise<Array<{ regionId: number; preset: string }>> {
  const rows = await sql<{ regionId: number; preset: string }>`
    SELECT DISTINCT ON (p.region_id) p.region_id AS "regionId", p.preset
    FROM policies p JOIN regions r ON r.id = p.region_id
    WHERE r.path LIKE ${`${regionPath}%`}
    ORDER BY p.region_id, p.version DESC`.execute(db);
  return rows.rows;
}

export async function listPolicyVersions(db: Db, regionId: number) {
  return db
    .selectFrom('policies')
    .leftJoin('users', 'users.id', 'policies.created_by')
    .select(['policies.version', 'policies.preset', 'policies.created_at as createdAt', 'users.username as createdBy'])
    .where('policies.region_id', '=', regionId)
    .orderBy('policies.version', 'desc')
    .execute();
}

/**
 * Attaches a new version at the region. `expectedVersion` is the version in force there (its own or
 * inherited; 0 when none): a concurrent edit makes it stale → VERSION_CONFLICT. Versions come from
 * one deployment-wide sequence.
 */
export async function insertPolicyVersion(
  trx: Transaction<DB>,
  p: { regionId: number; path: number[]; expectedVersion: number; preset: string; values: unknown; createdBy: number | null },
): Promise<number> {
  await trx.selectFrom('regions').select('id').where('id', '=', p.regionId).forUpdate().execute();
  const inForce = await findPolicyInForce(trx, p.path);
  if ((inForce?.version ?? 0) !== p.expectedVersion) {
    throw new DomainError('VERSION_CONFLICT', 'the policy was changed by someone else', { currentVersion: inForce?.version ?? 0 });
  }
  const row = await trx
    .insertInto('policies')
    .values({ region_id: p.regionId, preset: p.preset, values: JSON.stringify(p.values), created_by: p.createdBy })
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}

/** Which preset governs each node, from the latest policies and the node's path. */
export function presetOf(path: number[], latest: Map<number, PolicyRow>): string | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const p = latest.get(path[i]);
    if (p) return p.preset;
  }
  return null;
}
