import { DomainError } from '@gridwork/core';
import type { PolicyValues } from '@gridwork/core/policy';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { findPolicyInForce } from '../policy/policy.repository';
import { parsePath } from '../auth/sessions.repository';

/** Policy versions never change once written, so each is read once per app. */
const byVersion = new WeakMap<AppContext, Map<number, PolicyValues>>();

/** `db`: pass the transaction when called inside one (PGlite has a single connection). */
export async function policyOfVersion(ctx: AppContext, version: number, db: Kysely<DB> = ctx.db): Promise<PolicyValues> {
  let cache = byVersion.get(ctx);
  if (!cache) byVersion.set(ctx, (cache = new Map()));
  const hit = cache.get(version);
  if (hit) return hit;
  const row = await db.selectFrom('policies').select('values').where('version', '=', version).executeTakeFirst();
  if (!row) throw new Error(`policy version ${version} is missing`);
  cache.set(version, row.values as PolicyValues);
  return row.values as PolicyValues;
}

/** The policy in force at a grid (by its path) now: values and the version a new case keeps. */
export async function policyInForceAt(ctx: AppContext, gridPath: string): Promise<{ values: PolicyValues; version: number; regionId: number }> {
  const p = await findPolicyInForce(ctx.db, parsePath(gridPath));
  if (!p) throw new DomainError('VALIDATION_FAILED', 'no policy is attached above this grid; an administrator must attach one', [{ field: 'gridId', message: 'no policy in force' }]);
  return { values: p.values as PolicyValues, version: p.version, regionId: p.regionId };
}
