/** Roles from RULES.md (terms table). Each assignment is bound to a region node and inherited downward. */
export const ROLES = [
  'admin',
  'street-officer',
  'town-officer',
  'community-lead',
  'workstation-staff',
  'grid-leader',
  'grid-worker',
  'hotline-operator',
  'department-handler',
  'supervisor',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  'street-officer': { zh: '街道干部', en: 'Street officer' },
  'town-officer': { zh: '镇干部', en: 'Town officer' },
  'community-lead': { zh: '社区网格负责人', en: 'Community grid lead' },
  'workstation-staff': { zh: '工作站人员', en: 'Workstation staff' },
  'grid-leader': { zh: '网格长', en: 'Grid leader' },
  'grid-worker': { zh: '网格员', en: 'Grid worker' },
  'hotline-operator': { zh: '热线接线员', en: 'Hotline operator' },
  'department-handler': { zh: '部门承办人', en: 'Department handler' },
  supervisor: { zh: '督办人员', en: 'Supervisor' },
};

/** The region types a role may be bound to (an assignment elsewhere is refused). */
export const ROLE_REGION_TYPES: Record<Role, readonly string[]> = {
  admin: ['district', 'street', 'town'],
  'street-officer': ['street'],
  'town-officer': ['town'],
  'community-lead': ['community'],
  'workstation-staff': ['workstation', 'community'],
  'grid-leader': ['grid', 'workstation', 'community'],
  'grid-worker': ['grid'],
  'hotline-operator': ['district', 'street', 'town'],
  'department-handler': ['district', 'street', 'town'],
  supervisor: ['district', 'street', 'town', 'community'],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
