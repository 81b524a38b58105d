/**
 * Roles as capability sets (issue "One access model"). Each assignment binds a role to a region node
 * and is inherited downward. The community and township roles come from RULES.md's terms table; a
 * preset adds its own roles through the same list (`presets` names where they may be bound).
 */
import type { Capability } from './capabilities';
import { GOVERNMENT_ROLES } from './roles-government';
import { MARKETING_ROLES } from './roles-marketing';

export interface RoleDefinition {
  code: string;
  label: { zh: string; en: string };
  /** The region types an assignment of this role may be bound to (elsewhere it is refused). */
  regionTypes: readonly string[];
  capabilities: readonly Capability[];
  /** The roles a holder may give (and take back) to others inside their scope. */
  grants?: readonly string[];
  /** Only inside areas governed by one of these presets; every preset when absent. */
  presets?: readonly string[];
}

export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [...GOVERNMENT_ROLES, ...MARKETING_ROLES];

export type Role = (typeof GOVERNMENT_ROLES)[number]['code'] | (typeof MARKETING_ROLES)[number]['code'];
export const ROLES = ROLE_DEFINITIONS.map((d) => d.code) as readonly Role[] as readonly [Role, ...Role[]];

const BY_CODE = new Map(ROLE_DEFINITIONS.map((d) => [d.code, d]));
const CAPS = new Map(ROLE_DEFINITIONS.map((d) => [d.code, new Set<Capability>(d.capabilities)]));

export function roleDefinition(role: Role): RoleDefinition {
  return BY_CODE.get(role)!;
}

export const ROLE_LABELS = Object.fromEntries(ROLE_DEFINITIONS.map((d) => [d.code, d.label])) as Record<Role, { zh: string; en: string }>;

/** The region types a role may be bound to (an assignment elsewhere is refused). */
export const ROLE_REGION_TYPES = Object.fromEntries(ROLE_DEFINITIONS.map((d) => [d.code, d.regionTypes])) as Record<
  Role,
  readonly string[]
>;

export function isRole(value: string): value is Role {
  return BY_CODE.has(value);
}

/** Does `role` bring `capability`? */
export function roleHas(role: Role, capability: Capability): boolean {
  return CAPS.get(role)?.has(capability) ?? false;
}

/** The roles that bring `capability` (for queries that pick people by what they do, e.g. who visits a grid). */
export function rolesWith(capability: Capability): Role[] {
  return ROLES.filter((r) => roleHas(r, capability));
}

/** May `role` be bound where `preset` governs (null: no policy yet, only roles for every preset)? */
export function roleFitsPreset(role: Role, preset: string | null): boolean {
  const presets = roleDefinition(role).presets;
  return !presets || (preset !== null && presets.includes(preset));
}

/** The role of the first account of a deployment (`npm run create-admin`): every permission in its scope. */
export const SUPERUSER_ROLE: Role = 'admin';
/** The role an Open311 client's system account acts with: it takes reports in as the hotline does. */
export const OPEN311_CLIENT_ROLE: Role = 'hotline-operator';
