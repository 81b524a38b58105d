/**
 * What a recipe of the authorization matrix is (not a test file itself): for one route, a valid
 * request as a given role on a target in the role's own area or outside it, creating the record it
 * acts on when the request would change or use up a shared one (so a 400 or 409 never hides the decision).
 */
import type { InjectOptions } from 'fastify';
import type { RoleUser, Site } from './authz-matrix.areas';
import type { SiteTargets, World } from './authz-matrix.world';

export type Scope = 'own' | 'other';

export interface Ctx {
  w: World;
  user: RoleUser;
  scope: Scope;
  /** The grid the target lies in (null for routes without a target). */
  site: Site | null;
  /** The targets of that grid (of the caller's own grid for routes without a target). */
  s: SiteTargets;
}

export interface Req extends InjectOptions {
  /** Sign in anew for this request (sign-out would end the shared session). */
  fresh?: boolean;
  /** An event stream: over a real socket, only the status is read. */
  live?: boolean;
}

export interface Recipe {
  /** Where the target lies: a grid of a preset (`any`: the community one when the area has one); null: no target. */
  on: 'any' | 'community' | 'township' | null;
  build(c: Ctx): Promise<Req>;
  /** Puts back what a wrongly allowed request took from the fixture's accounts (self grants and removals). */
  restore?(c: Ctx): Promise<void>;
}

export type Recipes = Record<string, Recipe>;

type Versioned = 'households' | 'residents' | 'regions' | 'users';

/** The current version of a row (an update needs it: a stale one would be a 409, not the decision). */
export async function versionOf(c: Ctx, table: Versioned, id: number): Promise<number> {
  const row = await c.w.t.ctx.db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirstOrThrow();
  return Number(row.version);
}

export const get = (url: string): Req => ({ method: 'GET', url });
export const post = (url: string, payload: object = {}): Req => ({ method: 'POST', url, payload });
export const query = (params: Record<string, string | number | boolean>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();
