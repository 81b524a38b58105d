/**
 * The expected cells of the matrix rows that follow from the access registry (issue "One access
 * model"): such a row names its registry action and what it targets instead of letters, and its
 * cells are read from `can` for each fixture account, so the matrix never holds a copy of the rules.
 * Not a test file itself.
 */
import { can, grantDecision, isRole, type Action, type Actor, type Target } from '@gridwork/core';
import { parsePath } from '../modules/auth/sessions.repository';
import { findActiveActors } from '../modules/users/users.repository';
import { ROLE_USERS, type RoleUser, type Site } from './authz-matrix.areas';
import type { Recipe } from './authz-matrix.recipe-kit';
import { siteFor } from './authz-matrix.run';
import { creatorOf } from './authz-matrix.targets';
import type { World } from './authz-matrix.world';

/**
 * What the row's request acts on: a region of the site (its grid, the grid's parent, its community,
 * the street or town above), nothing (deployment-wide), or anywhere in the caller's scope.
 */
export const TARGET_KINDS = ['grid', 'parent', 'community', 'top', 'none', 'somewhere'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
export interface Derivation {
  /** A registry action, or `grant:<role>`: giving (or taking back) that role to a user of the site's grid. */
  action: Action | `grant:${string}`;
  target: TargetKind;
}

function pathOf(w: World, site: Site, kind: TargetKind): number[] {
  const s = w.sites[site];
  const grid = parsePath(s.grid.path);
  if (kind === 'parent') return grid.slice(0, -1);
  return kind === 'grid' ? grid : parsePath((kind === 'community' ? s.community : s.top).path);
}

/**
 * A grant: the grid's user and the region must be in the caller's area (else 404), then the role grantable there (else 403
 * ROLE_NOT_GRANTABLE).
 */
function grantCell(actor: Actor, role: string, gridPath: number[], path: number[]): string {
  if (!isRole(role)) throw new Error(`unknown role ${role}`);
  if (!can(actor, 'region.read', { path: gridPath }) || !can(actor, 'region.read', { path })) return 'N';
  return grantDecision(actor, -1, role, path) === 'allowed' ? 'Y' : 'G';
}

export async function fixtureActors(w: World): Promise<Record<RoleUser, Actor>> {
  const ids = ROLE_USERS.map((u) => w.t.fx.users[u]);
  const actors = await findActiveActors(w.t.ctx.db, ids);
  return Object.fromEntries(ROLE_USERS.map((u, i) => [u, actors.get(ids[i])!])) as Record<RoleUser, Actor>;
}

function ownCell(w: World, actor: Actor, recipe: Recipe, user: RoleUser, d: Derivation): string {
  const action = d.action as Action;
  if (d.target === 'none') return can(actor, action, null) ? 'Y' : 'F';
  if (d.target === 'somewhere')
    return actor.roles.some((r) => can(actor, action, { path: r.path }) || can(actor, action, { path: [...r.path, 0] })) ? 'Y' : 'F';
  const site = siteFor(recipe, user, 'own');
  if (site === null) return '-';
  const path = pathOf(w, site, d.target);
  if (d.action.startsWith('grant:')) return grantCell(actor, d.action.slice('grant:'.length), pathOf(w, site, 'grid'), path);
  // the site's records are made by its admin, with a named reporter who is not confidential (authz-matrix.targets.ts)
  const record = { ownerId: w.t.fx.users[creatorOf(site)], handlerId: null, reporter: { anonymous: false, confidential: false } };
  const target: Target = { path, record };
  if (!can(actor, 'region.read', target)) return 'N';
  return can(actor, action, target) ? 'Y' : 'F';
}

/** The row's cell for each account: own scope from the registry; a target outside the caller's area is always 404. */
export function derivedCells(w: World, actors: Record<RoleUser, Actor>, recipe: Recipe, d: Derivation): string[] {
  return ROLE_USERS.map((user) => {
    const own = ownCell(w, actors[user], recipe, user, d);
    if (recipe.on === null || d.target === 'none' || d.target === 'somewhere') return own;
    return `${own}${siteFor(recipe, user, 'other') === null ? '-' : 'N'}`;
  });
}
