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
function byVersionCache(ctx: AppContext): Map<number, PolicyValues> {
  let cache = byVersion.get(ctx);
  if (!cache) byVersion.set(ctx, (cache = new Map()));
  return cache;
}

export async function policyOfVersion(ctx: AppContext, version: number, db: Kysely<DB> = ctx.db): Promise<PolicyValues> {
  const cache = byVersionCache(ctx);
  const hit = cache.get(version);
  if (hit) return hit;
  const row = await db.selectFrom('policies').select('values').where('version', '=', version).executeTakeFirst();
  if (!row) throw new Error(`policy version ${version} is missing`);
  cache.set(version, row.values as PolicyValues);
  return row.values as PolicyValues;
}

/**
 * Lookups on the hot path of intake, cached per app: the policy in force by grid path and the
 * categories. Edits made through this process drop them at once (invalidateIntakeCaches); edits
 * made by another server process on the same PostgreSQL are seen within MAX_AGE_MS.
 */
const MAX_AGE_MS = 30_000;
interface IntakeCaches {
  at: number;
  policies: Map<string, { version: number; regionId: number }>;
  categories: Map<string, { code: string; active: boolean; default_tier: string | null } | null>;
}
const intakeCaches = new WeakMap<AppContext, IntakeCaches>();

function intakeCacheOf(ctx: AppContext): IntakeCaches {
  let c = intakeCaches.get(ctx);
  if (!c || Date.now() - c.at > MAX_AGE_MS) intakeCaches.set(ctx, (c = { at: Date.now(), policies: new Map(), categories: new Map() }));
  return c;
}

export function invalidateIntakeCaches(ctx: AppContext): void {
  intakeCaches.delete(ctx);
}

/** The policy in force at a grid (by its path) now: values and the version a new case keeps. */
export async function policyInForceAt(
  ctx: AppContext,
  gridPath: string,
): Promise<{ values: PolicyValues; version: number; regionId: number }> {
  const cache = intakeCacheOf(ctx).policies;
  let hit = cache.get(gridPath);
  if (!hit) {
    const p = await findPolicyInForce(ctx.db, parsePath(gridPath));
    if (!p)
      throw new DomainError('VALIDATION_FAILED', 'no policy is attached above this grid; an administrator must attach one', [
        { field: 'gridId', message: 'no policy in force' },
      ]);
    hit = { version: p.version, regionId: p.regionId };
    cache.set(gridPath, hit);
    byVersionCache(ctx).set(p.version, p.values as PolicyValues);
  }
  return { values: await policyOfVersion(ctx, hit.version), version: hit.version, regionId: hit.regionId };
}

export async function categoryOf(ctx: AppContext, code: string) {
  const cache = intakeCacheOf(ctx).categories;
  if (!cache.has(code)) {
    const row = await ctx.db
      .selectFrom('case_categories')
      .select(['code', 'active', 'default_tier'])
      .where('code', '=', code)
      .executeTakeFirst();
    cache.set(code, row ?? null);
  }
  return cache.get(code) ?? null;
}
