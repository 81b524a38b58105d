import type { Role } from './roles';

/** Who is acting: their role assignments with the path (root → node ids) of each bound region. */
export interface Actor {
  id: number;
  username: string;
  roles: ReadonlyArray<{ role: Role; regionId: number; path: readonly number[] }>;
}

/** What an action is about: a region node (by its path), or nothing (deployment-wide things). */
export type Resource = { path: readonly number[] } | null;

export type Action =
  | 'region.read'
  | 'region.create-child'
  | 'region.update'
  | 'region.delete'
  | 'user.read'
  | 'user.manage'
  | 'policy.read'
  | 'policy.edit'
  | 'calendar.edit'
  | 'taxonomy.edit'
  | 'audit.read';

/** `ancestor` is the node itself or one of its ancestors of `path`. */
export function isWithin(path: readonly number[], ancestorPath: readonly number[]): boolean {
  if (ancestorPath.length > path.length) return false;
  for (let i = 0; i < ancestorPath.length; i++) if (path[i] !== ancestorPath[i]) return false;
  return true;
}

const OFFICERS: readonly Role[] = ['street-officer', 'town-officer'];
const REGION_EDITORS: readonly Role[] = [...OFFICERS, 'community-lead'];

/** Which roles may take each action, and whether the resource must lie strictly below the bound node. */
const RULES: Record<Action, { roles: readonly Role[] | 'any'; strictlyBelow?: boolean }> = {
  'region.read': { roles: 'any' },
  'region.create-child': { roles: REGION_EDITORS },
  'region.update': { roles: REGION_EDITORS, strictlyBelow: true },
  'region.delete': { roles: REGION_EDITORS, strictlyBelow: true },
  'user.read': { roles: [...OFFICERS, 'community-lead', 'supervisor'] },
  'user.manage': { roles: [] },
  'policy.read': { roles: 'any' },
  'policy.edit': { roles: OFFICERS },
  'calendar.edit': { roles: [] },
  'taxonomy.edit': { roles: [] },
  'audit.read': { roles: ['supervisor'] },
};

/**
 * The one permission decision (pure): admin may do everything inside its scope; other roles
 * only what RULES grants them, on resources inside the region they are bound to.
 */
export function can(actor: Actor, action: Action, resource: Resource): boolean {
  const rule = RULES[action];
  return actor.roles.some((assignment) => {
    const granted = assignment.role === 'admin' || rule.roles === 'any' || rule.roles.includes(assignment.role);
    if (!granted) return false;
    if (resource === null) return true;
    if (!isWithin(resource.path, assignment.path)) return false;
    const strict = rule.strictlyBelow && assignment.role !== 'admin';
    return !strict || resource.path.length > assignment.path.length;
  });
}

/** The region nodes whose subtrees make up the actor's scope (for SQL filters). */
export function scopeRoots(actor: Actor): number[][] {
  const unique = new Map(actor.roles.map((r) => [r.path.join('/'), [...r.path]]));
  const roots = [...unique.values()];
  return roots.filter((p) => !roots.some((q) => q.length < p.length && isWithin(p, q)));
}
