/** Registry: the area and its people, settings, audit, notices, Open311 clients. */
import { ANY_ROLE, cap, type ResourceTable } from './registry-kit';

/** Editors do not edit the node they are bound to, only below it; an administrator also edits its own node. */
const EDIT_BELOW = [cap('region.edit', 'below'), cap('region.administer')];

export const AREA_RESOURCES = {
  region: {
    read: { grants: [ANY_ROLE], message: 'this region is outside your area' },
    'create-child': { grants: [cap('region.edit'), cap('region.administer')], message: 'your role may not add regions here' },
    update: { grants: EDIT_BELOW, message: 'your role may not change this region' },
    delete: { grants: EDIT_BELOW, message: 'your role may not delete this region' },
  },
  user: {
    read: { grants: [cap('user.read')], message: 'your role may not read the people of this area' },
    manage: { grants: [cap('user.manage')], message: 'only an administrator manages accounts' },
  },
  policy: {
    read: { grants: [ANY_ROLE], message: 'this policy is outside your area' },
    edit: { grants: [cap('policy.edit')], message: 'your role may not edit the policy here' },
  },
  calendar: {
    edit: { grants: [cap('calendar.edit')], message: 'only an administrator edits the calendar' },
  },
  taxonomy: {
    edit: { grants: [cap('taxonomy.edit')], message: 'only an administrator edits categories and tags' },
  },
  audit: {
    read: { grants: [cap('audit.read')], message: 'your role may not read the audit log' },
    /** Entries about no region (calendar, categories, sign-ins): administrators bound at the root. */
    'read-deployment': {
      grants: [cap('deployment.administer', 'root')],
      message: 'only administrators at the top read deployment-wide entries',
    },
  },
  notification: {
    read: { grants: [ANY_ROLE], message: 'notices are for signed-in users' },
    /** The outbound channels' delivery records (SMS, group robots): deployment-wide, like the channels themselves. */
    'read-deliveries': {
      grants: [cap('deployment.administer', 'root')],
      message: 'only administrators at the top read the outbound delivery records',
    },
  },
  open311: {
    manage: { grants: [cap('open311.manage')], message: 'only an administrator manages Open311 clients' },
  },
} as const satisfies Record<string, ResourceTable>;
