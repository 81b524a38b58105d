/**
 * Issue "One access model": the registry is the one source. Over every role × resource × action ×
 * own/other scope × relation, `abilitiesOf`, `can`, `actorWith` and the menu agree; the tables are
 * well-formed (every capability used, every granted role known, marketing roles only in their preset).
 */
import { describe, expect, it } from 'vitest';
import { REGION_TYPES } from '../regions/types';
import { CAPABILITY_NAMES, type Capability } from './capabilities';
import { grantableRoles } from './grants';
import { menuAbilitiesOf, type MenuActor } from './menu';
import { abilitiesOf, actorWith, allowsInScope, can, type Actor, type Target } from './policy';
import { actionsOfResource, ALL_ACTIONS, REGISTRY, RESOURCE_NAMES, ruleOf, type Action } from './registry';
import { ROLE_DEFINITIONS, roleFitsPreset, ROLES, rolesWith, type Role } from './roles';

const ME = 7;
/** Each role bound to a node of its first region type, at a depth that type has in the tree. */
const BOUND = [1, 2, 3];
const OWN_BELOW = [1, 2, 3, 4];
const OTHER = [1, 2, 9, 4];
const RECORDS = [
  {},
  { handlerId: ME },
  { ownerId: ME },
  { authorId: ME },
  { reporter: { anonymous: false, confidential: true } },
  { reporter: { anonymous: false, confidential: false }, handlerId: ME },
];

const actorOf = (role: Role, path = BOUND): MenuActor => ({
  id: ME,
  username: role,
  roles: [{ role, regionId: path.at(-1)!, path, regionType: ROLE_DEFINITIONS.find((d) => d.code === role)!.regionTypes[0] }],
});

describe('access registry (issue "One access model")', () => {
  it('abilitiesOf and can agree for every role × resource × action × own/other scope × relation', () => {
    let checked = 0;
    for (const role of ROLES) {
      const actor = actorOf(role);
      for (const path of [BOUND, OWN_BELOW, OTHER]) {
        for (const record of RECORDS) {
          const target: Target = { path, record };
          for (const resource of RESOURCE_NAMES) {
            const abilities = abilitiesOf(actor, resource, target) as Record<string, boolean>;
            expect(Object.keys(abilities).sort()).toEqual([...actionsOfResource(resource)].sort());
            for (const a of actionsOfResource(resource)) {
              const action = `${resource}.${a}` as Action;
              const allowed = can(actor, action, target);
              expect(abilities[a], `${role} ${action} ${path.join('/')} ${JSON.stringify(record)}`).toBe(allowed);
              // outside the bound subtree only a relation to the record can allow
              const byRelation = ruleOf(action).grants.some((g) => 'relation' in g);
              if (path === OTHER && allowed) expect(byRelation, `${role} ${action} outside its area`).toBe(true);
              // a grant by role shows in actorWith (the scope of list queries)
              const plain = ruleOf(action).grants.every(
                (g) => !('relation' in g) && !g.when && (!('cap' in g) || (g.scope ?? 'within') === 'within'),
              );
              if (allowed && plain) expect(actorWith(actor, action).roles).toHaveLength(1);
              if (!plain) expect(() => actorWith(actor, action)).toThrow(/check it with can/);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(ROLES.length * ALL_ACTIONS.length * 3);
  });

  it('allowsInScope (the roles already known to reach the record) is can at the bound subtree', () => {
    for (const role of ROLES) {
      for (const action of ALL_ACTIONS.filter((a) => a.startsWith('case.'))) {
        for (const record of RECORDS) {
          expect(allowsInScope({ id: ME, roles: [role] }, action, record), `${role} ${action}`).toBe(
            can(actorOf(role), action, { path: OWN_BELOW, record }),
          );
        }
      }
    }
  });

  it('the menu shows a page exactly when its action is allowed somewhere in scope', () => {
    for (const role of ROLES) {
      const actor = actorOf(role);
      const menu = menuAbilitiesOf(actor);
      const somewhere = (action: Action) => can(actor, action, { path: BOUND }) || can(actor, action, { path: OWN_BELOW });
      expect(menu.households, role).toBe(somewhere('household.read'));
      expect(menu.householdEdit, role).toBe(somewhere('household.edit'));
      expect(menu.verification, role).toBe(somewhere('verification.read'));
      expect(menu.fileCases, role).toBe(somewhere('case.intake'));
      expect(menu.backEnterCases, role).toBe(somewhere('case.back-enter'));
      expect(menu.manageRegions, role).toBe(somewhere('region.create-child'));
      expect(menu.editPolicy, role).toBe(somewhere('policy.edit'));
      expect(menu.manageOpen311, role).toBe(somewhere('open311.manage'));
      expect(menu.viewAudit, role).toBe(can(actor, 'audit.read', null));
      expect(menu.editCalendar, role).toBe(can(actor, 'calendar.edit', null));
      expect(menu.manageUsers, role).toBe(can(actor, 'user.manage', null) || grantableRoles(actor).length > 0);
      if (menu.visitCompliance || menu.dueVisits) expect(menu.households, role).toBe(true);
    }
  });

  it('A8.3 A11.1 the fixes that fall out: a grid leader sees 走访统计; a community lead appoints inside the community', () => {
    expect(menuAbilitiesOf(actorOf('grid-leader', [1, 2, 3, 4, 5])).visitCompliance).toBe(true);
    expect(menuAbilitiesOf(actorOf('grid-worker', [1, 2, 3, 4, 5])).visitCompliance).toBe(false);
    expect(grantableRoles(actorOf('community-lead'))).toEqual(['workstation-staff', 'grid-leader']);
  });

  it('A9.4 C3 D10 the reporter: confidential only to hotline and supervision (never an admin), named to coordinators', () => {
    // … owner and handler, anonymous to no one
    const confidential = { reporter: { anonymous: false, confidential: true } };
    const named = { reporter: { anonymous: false, confidential: false } };
    const reveal = (role: Role, record: object) => can(actorOf(role), 'case.reveal-reporter', { path: OWN_BELOW, record });
    expect(ROLES.filter((r) => reveal(r, confidential))).toEqual(['hotline-operator', 'supervisor']);
    expect(reveal('admin', named)).toBe(true);
    expect(reveal('department-handler', named)).toBe(false);
    expect(reveal('department-handler', { ...named, handlerId: ME })).toBe(true);
    expect(reveal('department-handler', { ...confidential, handlerId: ME })).toBe(false);
    expect(ROLES.filter((r) => reveal(r, { reporter: { anonymous: true, confidential: false }, ownerId: ME }))).toEqual([]);
  });

  it('every capability is brought by a role and used by an action or a duty query; every granted role exists', () => {
    const used = new Set<Capability>(ALL_ACTIONS.flatMap((a) => ruleOf(a).grants.flatMap((g) => ('cap' in g ? [g.cap] : []))));
    for (const c of CAPABILITY_NAMES) {
      expect(rolesWith(c).length, `no role brings ${c}`).toBeGreaterThan(0);
      // duties are read by queries (rolesWith), menu-only capabilities by menu.ts
      if (!c.startsWith('duty.') && !['grid.lead', 'intake.field', 'intake.hotline'].includes(c))
        expect(used.has(c), `no action uses ${c}`).toBe(true);
    }
    for (const d of ROLE_DEFINITIONS) for (const g of d.grants ?? []) expect(ROLES, `${d.code} grants ${g}`).toContain(g);
    expect(Object.keys(REGISTRY)).toEqual(
      expect.arrayContaining([
        'case',
        'household',
        'resident',
        'visit',
        'photo',
        'verification',
        'round',
        'region',
        'user',
        'policy',
        'calendar',
        'audit',
        'notification',
        'diary',
        'meeting',
        'assessment',
        'customer',
        'sale',
      ]),
    );
  });

  it('roles are capability sets bound to known region types; the marketing roles only where the marketing preset governs', () => {
    const marketingTypes = ['company', 'branch', 'grid-area'];
    for (const d of ROLE_DEFINITIONS)
      for (const t of d.regionTypes) expect([...REGION_TYPES, ...marketingTypes], `${d.code} at ${t}`).toContain(t);
    for (const role of ['grid-manager', 'customer-rep', 'sales-rep', 'installer'] as const) {
      expect(roleFitsPreset(role, 'marketing')).toBe(true);
      expect(roleFitsPreset(role, 'community')).toBe(false);
      expect(roleFitsPreset(role, null)).toBe(false);
    }
    expect(roleFitsPreset('grid-office', 'township')).toBe(true);
    expect(roleFitsPreset('grid-worker', 'community')).toBe(true);
  });

  it('an actor with no role may do nothing; admins everything in scope but reveal a confidential reporter', () => {
    const nobody: Actor = { id: ME, username: 'x', roles: [] };
    for (const action of ALL_ACTIONS) expect(can(nobody, action, { path: BOUND }), action).toBe(false);
    const admin = actorOf('admin');
    const notAdmin = ALL_ACTIONS.filter(
      (a) => !can(admin, a, { path: OWN_BELOW, record: { reporter: { anonymous: false, confidential: false } } }),
    );
    // deployment-wide entries need the root; meetings (attending, announcing) and work logs are the team's own;
    // a diary entry is corrected by its author
    expect(notAdmin.sort()).toEqual([
      'audit.read-deployment',
      'diary.edit',
      'meeting.announce',
      'meeting.attend',
      'notification.read-deliveries',
      'worklog.write',
    ]);
    expect(can(actorOf('admin', [1]), 'audit.read-deployment', null)).toBe(true);
    expect(can(actorOf('admin', [1]), 'notification.read-deliveries', null)).toBe(true);
  });
});
