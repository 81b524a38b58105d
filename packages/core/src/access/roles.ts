/**
 * Roles as capability sets (issue "One access model"). Each assignment binds a role to a region node
 * and is inherited downward. The community and township roles come from RULES.md's terms table; a
 * preset adds its own roles through the same list (`presets` names where they may be bound).
 */
import type { Capability } from './capabilities';

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

const TEAM_OPS: readonly Capability[] = ['diary.write', 'meeting.attend'];
const HOUSEHOLD_WORK: readonly Capability[] = ['household.read', 'household.edit', 'round.read'];
const OFFICER: readonly Capability[] = [
  'region.edit',
  'user.read',
  'policy.edit',
  'case.intake',
  'case.coordinate',
  'case.verify',
  'case.close',
  'case.supervise',
  ...HOUSEHOLD_WORK,
  'visit.record-for-others',
  'verification.read',
  'meeting.convene',
  'assessment.read',
  'assessment.score',
];
const OFFICER_GRANTS = ['community-lead', 'workstation-staff', 'grid-leader', 'grid-worker'];
const UPPER_TIER = ['district', 'street', 'town'];

/** The community (篇四) and township (篇六) roles. */
const GOVERNMENT_ROLES = [
  {
    code: 'admin',
    label: { zh: '系统管理员', en: 'Administrator' },
    regionTypes: UPPER_TIER,
    capabilities: [
      'region.edit',
      'region.administer',
      'user.read',
      'user.manage',
      'policy.edit',
      'calendar.edit',
      'taxonomy.edit',
      'audit.read',
      'deployment.administer',
      'open311.manage',
      'case.intake',
      'case.back-entry',
      'case.coordinate',
      'case.resolve-on-spot',
      'case.feedback',
      'case.verify',
      'case.close',
      'case.reopen',
      'case.supervise',
      'hotline.desk',
      ...HOUSEHOLD_WORK,
      'visit.record-for-others',
      'resident.reveal-id-number',
      'resident.reveal-phone',
      'round.prepare',
      'round.acknowledge',
      'verification.read',
      'verification.draw',
      'verification.yearly',
      'diary.back-enter',
      'diary.review',
      'diary.select',
      'meeting.convene',
      'training.run',
      'assessment.read',
      'assessment.score',
      'customer.read',
      'customer.edit',
      'lead.dispatch',
      'sale.record',
      'sale.manage',
      'worklog.review',
    ],
  },
  {
    code: 'street-officer',
    label: { zh: '街道干部', en: 'Street officer' },
    regionTypes: ['street'],
    capabilities: OFFICER,
    grants: OFFICER_GRANTS,
  },
  {
    code: 'town-officer',
    label: { zh: '镇干部', en: 'Town officer' },
    regionTypes: ['town'],
    capabilities: OFFICER,
    grants: OFFICER_GRANTS,
  },
  {
    code: 'community-lead',
    label: { zh: '社区网格负责人', en: 'Community grid lead' },
    regionTypes: ['community'],
    capabilities: [
      'region.edit',
      'user.read',
      'case.intake',
      'case.back-entry',
      'case.coordinate',
      'case.verify',
      'case.close',
      ...HOUSEHOLD_WORK,
      'visit.record-for-others',
      'resident.reveal-id-number',
      'resident.reveal-phone',
      'round.acknowledge',
      'verification.read',
      'verification.draw',
      'verification.yearly',
      'duty.acknowledge-rounds',
      'diary.back-enter',
      'diary.review',
      'diary.select',
      'meeting.convene',
      'meeting.attend',
      'assessment.read',
      'assessment.score',
    ],
    grants: ['workstation-staff', 'grid-leader'],
  },
  {
    code: 'workstation-staff',
    label: { zh: '工作站人员', en: 'Workstation staff' },
    regionTypes: ['workstation', 'community'],
    capabilities: [
      'case.intake',
      'case.back-entry',
      'case.coordinate',
      'case.verify',
      'case.close',
      ...HOUSEHOLD_WORK,
      'visit.record-for-others',
      'resident.reveal-id-number',
      'resident.reveal-phone',
      'verification.read',
      'verification.draw',
      'diary.back-enter',
      'diary.review',
      ...TEAM_OPS,
    ],
  },
  {
    code: 'grid-leader',
    label: { zh: '网格长', en: 'Grid leader' },
    regionTypes: ['grid', 'workstation', 'community'],
    capabilities: [
      'case.intake',
      'case.coordinate',
      'intake.field',
      ...HOUSEHOLD_WORK,
      'visit.record-for-others',
      'round.prepare',
      'grid.lead',
      'duty.grid-team',
      'meeting.convene',
      ...TEAM_OPS,
    ],
  },
  {
    code: 'grid-worker',
    label: { zh: '网格员', en: 'Grid worker' },
    regionTypes: ['grid'],
    capabilities: [
      'case.intake',
      'case.resolve-on-spot',
      'case.feedback',
      'intake.field',
      ...HOUSEHOLD_WORK,
      'resident.reveal-phone',
      'round.prepare',
      'duty.visits',
      'duty.grid-team',
      ...TEAM_OPS,
    ],
  },
  {
    code: 'hotline-operator',
    label: { zh: '热线接线员', en: 'Hotline operator' },
    regionTypes: UPPER_TIER,
    capabilities: ['case.intake', 'case.back-entry', 'case.feedback', 'hotline.desk', 'intake.hotline', 'reporter.reveal-confidential'],
  },
  // acts on the cases assigned to them (a relation, registry-cases.ts), not through a capability
  { code: 'department-handler', label: { zh: '部门承办人', en: 'Department handler' }, regionTypes: UPPER_TIER, capabilities: [] },
  {
    code: 'supervisor',
    label: { zh: '督办人员', en: 'Supervisor' },
    regionTypes: [...UPPER_TIER, 'community'],
    capabilities: [
      'user.read',
      'audit.read',
      'case.verify',
      'case.reopen',
      'case.supervise',
      'hotline.desk',
      'reporter.reveal-confidential',
      'household.read',
      'round.read',
      'verification.read',
      'duty.oversee-reveals',
      'assessment.read',
    ],
  },
  // A6: the grid office runs the team's training (API contract "Roles and accounts added")
  {
    code: 'grid-office',
    label: { zh: '网格办', en: 'Grid office' },
    regionTypes: ['street', 'town', 'community'],
    capabilities: ['user.read', 'training.run', 'assessment.read'],
  },
] as const satisfies readonly RoleDefinition[];

const MARKETING = ['marketing'];
const MARKETING_AREAS = ['company', 'branch', 'grid-area', 'grid'];
const REP: readonly Capability[] = ['customer.read', 'customer.edit', 'sale.record', 'worklog.write', 'meeting.attend', 'case.intake'];

/** The marketing preset's roles (篇五 B2; API contract "Roles and accounts added"). */
const MARKETING_ROLES = [
  {
    code: 'grid-manager',
    label: { zh: '网格经理', en: 'Grid manager' },
    regionTypes: MARKETING_AREAS,
    presets: MARKETING,
    capabilities: [
      'user.read',
      'customer.read',
      'customer.edit',
      'lead.dispatch',
      'sale.record',
      'sale.manage',
      'worklog.review',
      'meeting.convene',
      'assessment.read',
      'assessment.score',
      'case.intake',
      'case.coordinate',
    ],
    grants: ['customer-rep', 'sales-rep', 'installer'],
  },
  {
    code: 'customer-rep',
    label: { zh: '营销员（客户）', en: 'Customer rep' },
    regionTypes: MARKETING_AREAS,
    presets: MARKETING,
    capabilities: REP,
  },
  {
    code: 'sales-rep',
    label: { zh: '营销员（销售）', en: 'Sales rep' },
    regionTypes: MARKETING_AREAS,
    presets: MARKETING,
    capabilities: REP,
  },
  {
    code: 'installer',
    label: { zh: '装维专员', en: 'Installer' },
    regionTypes: MARKETING_AREAS,
    presets: MARKETING,
    capabilities: ['customer.read', 'worklog.write', 'meeting.attend', 'case.intake'],
  },
] as const satisfies readonly RoleDefinition[];

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
