/** The marketing preset's roles (篇五 B2; API contract "Roles and accounts added") as capability sets. See roles.ts. */
import type { Capability } from './capabilities';
import type { RoleDefinition } from './roles';

const MARKETING = ['marketing'];
const MARKETING_AREAS = ['company', 'branch', 'grid-area', 'grid'];
const REP: readonly Capability[] = ['customer.read', 'customer.edit', 'sale.record', 'worklog.write', 'meeting.attend', 'case.intake'];

export const MARKETING_ROLES = [
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
