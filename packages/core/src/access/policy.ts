/**
 * The one permission decision (pure), derived from the registry: an action is allowed when one of
 * its grants holds (a capability of a role bound at or above the target, or the record naming the
 * actor) and its guard holds on the record.
 */
import { DomainError } from '../errors';
import { roleHas, type Role } from './roles';
import { actionsOfResource, ruleOf, type Action, type ActionOf, type ResourceName } from './registry';
import type { AccessRecord, Grant } from './registry-kit';

export type { Action } from './registry';

/** Who is acting: their role assignments with the path (root → node ids) of each bound region. */
export interface Actor {
  id: number;
  username: string;
  roles: ReadonlyArray<{ role: Role; regionId: number; path: readonly number[] }>;
}

/** What an action is about: a node of the region tree (by its path) with the record's relations, or nothing (deployment-wide things). */
export type Target = { path: readonly number[]; record?: AccessRecord } | null;

/** `ancestor` is the node itself or one of its ancestors of `path`. */
export function isWithin(path: readonly number[], ancestorPath: readonly number[]): boolean {
  if (ancestorPath.length > path.length) return false;
  for (let i = 0; i < ancestorPath.length; i++) if (path[i] !== ancestorPath[i]) return false;
  return true;
}

type Assignment = Actor['roles'][number];

function scopeFits(scope: 'within' | 'below' | 'root' | undefined, a: Assignment, target: Target): boolean {
  if (scope === 'root' && a.path.length !== 1) return false;
  if (target === null) return true;
  if (!isWithin(target.path, a.path)) return false;
  return scope !== 'below' || target.path.length > a.path.length;
}

function relationHolds(relation: 'handler' | 'owner' | 'author', actorId: number, record: AccessRecord): boolean {
  const id = relation === 'handler' ? record.handlerId : relation === 'owner' ? record.ownerId : record.authorId;
  return id !== undefined && id !== null && id === actorId;
}

function grantHolds(g: Grant, actor: Actor, target: Target): boolean {
  const record = target?.record ?? {};
  if (g.when && !g.when(record)) return false;
  if ('relation' in g) return relationHolds(g.relation, actor.id, record);
  return actor.roles.some((a) => ('anyRole' in g || roleHas(a.role, g.cap)) && scopeFits(g.scope, a, target));
}

/** May `actor` take `action` on `target` (a node and its record; null for deployment-wide actions)? */
export function can(actor: Actor, action: Action, target: Target): boolean {
  const rule = ruleOf(action);
  if (rule.guard && !rule.guard(target?.record ?? {})) return false;
  return rule.grants.some((g) => grantHolds(g, actor, target));
}

/** `can`, or 403 FORBIDDEN with the action's message. */
export function assertCan(actor: Actor, action: Action, target: Target): void {
  if (!can(actor, action, target)) throw new DomainError('FORBIDDEN', ruleOf(action).message);
}

/** Every action of `resource` on `target`, allowed or not: what presenters send as `abilities`. */
export function abilitiesOf<R extends ResourceName>(actor: Actor, resource: R, target: Target): Record<ActionOf<R>, boolean> {
  const out = {} as Record<ActionOf<R>, boolean>;
  for (const a of actionsOfResource(resource)) out[a] = can(actor, `${resource}.${a}` as Action, target);
  return out;
}

/**
 * The actor's assignments whose role grants `action` by a capability, wherever they are bound: list
 * queries filter by the scope of these (e.g. the households a user may read). Only for actions whose
 * grants are plain capabilities within the bound subtree (or any role): a grant that depends on the
 * record (a relation, `when`) or on the level (`below`, `root`) needs `can` per record, and asking
 * for one here is a programming error.
 */
export function actorWith<A extends Actor>(actor: A, action: Action): A {
  const grants = ruleOf(action).grants;
  if (grants.some((g) => 'relation' in g || g.when || ('cap' in g && g.scope !== undefined && g.scope !== 'within'))) {
    throw new Error(`actorWith: ${action} depends on the record or the level; check it with can()`);
  }
  const caps = grants.flatMap((g) => ('cap' in g ? [g.cap] : []));
  const any = grants.some((g) => 'anyRole' in g);
  return { ...actor, roles: actor.roles.filter((a) => any || caps.some((c) => roleHas(a.role, c))) };
}

/**
 * For lists of an action that mixes capability grants with relations (diary entries: reviewers in
 * scope, or the author): the actor narrowed to the assignments whose role brings a capability, and
 * the relations that allow whatever the roles. Capability grants must be plain (`within`, no `when`).
 */
export function listAccessOf<A extends Actor>(actor: A, action: Action): { scoped: A; relations: Array<'handler' | 'owner' | 'author'> } {
  const grants = ruleOf(action).grants;
  if (grants.some((g) => g.when || ('cap' in g && g.scope !== undefined && g.scope !== 'within') || 'anyRole' in g)) {
    throw new Error(`listAccessOf: ${action} has grants that depend on the record or the level; check it with can()`);
  }
  const caps = grants.flatMap((g) => ('cap' in g ? [g.cap] : []));
  const relations = grants.flatMap((g) => ('relation' in g ? [g.relation] : []));
  return { scoped: { ...actor, roles: actor.roles.filter((a) => caps.some((c) => roleHas(a.role, c))) }, relations };
}

/**
 * The same decision for a caller whose roles are already known to reach the record (the roles bound
 * at or above a case's grid, core/cases): the capability and relation sides. A grant that needs the
 * level (`below`, `root`) cannot be judged without the paths and does not allow here (use `can`).
 */
export function allowsInScope(actor: { id: number; roles: readonly Role[] }, action: Action, record: AccessRecord = {}): boolean {
  const rule = ruleOf(action);
  if (rule.guard && !rule.guard(record)) return false;
  return rule.grants.some((g) => {
    if (g.when && !g.when(record)) return false;
    if ('relation' in g) return relationHolds(g.relation, actor.id, record);
    if ('anyRole' in g) return actor.roles.length > 0;
    return (g.scope ?? 'within') === 'within' && actor.roles.some((r) => roleHas(r, g.cap));
  });
}

/** The region nodes whose subtrees make up the actor's scope (for SQL filters). */
export function scopeRoots(actor: Actor): number[][] {
  const unique = new Map(actor.roles.map((r) => [r.path.join('/'), [...r.path]]));
  const roots = [...unique.values()];
  return roots.filter((p) => !roots.some((q) => q.length < p.length && isWithin(p, q)));
}
