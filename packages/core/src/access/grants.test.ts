import { describe, expect, it } from 'vitest';
import { grantableRoles, grantDecision } from './grants';
import type { Actor } from './policy';
import { ROLES } from './roles';

const street = [1, 2];
const community1 = [1, 2, 3];
const grid1 = [1, 2, 3, 4, 5];
const community2 = [1, 2, 6];
const town = [1, 9];

const actor = (role: Actor['roles'][number]['role'], path: number[], id = 1): Actor => ({
  id,
  username: 'u',
  roles: [{ role, regionId: path[path.length - 1], path }],
});

describe('security: role grants', () => {
  it('an officer appoints community and grid people of their street, never supervisors, officers or admins, never in another town', () => {
    const officer = actor('street-officer', street);
    for (const role of ['community-lead', 'workstation-staff', 'grid-leader', 'grid-worker'] as const) {
      expect(grantDecision(officer, 2, role, grid1), role).toBe('allowed');
      expect(grantDecision(officer, 2, role, town), role).toBe('not-grantable');
    }
    for (const role of ['supervisor', 'street-officer', 'admin', 'hotline-operator', 'department-handler'] as const) {
      expect(grantDecision(officer, 2, role, community1), role).toBe('not-grantable');
    }
  });

  it('A8.3 a community grid lead appoints workstation staff and grid leaders inside the community only', () => {
    const lead = actor('community-lead', community1);
    expect(grantDecision(lead, 2, 'workstation-staff', community1)).toBe('allowed');
    expect(grantDecision(lead, 2, 'grid-leader', grid1)).toBe('allowed');
    expect(grantDecision(lead, 2, 'grid-leader', community2)).toBe('not-grantable');
    expect(grantDecision(lead, 2, 'community-lead', community1)).toBe('not-grantable');
    expect(grantDecision(lead, 2, 'grid-worker', grid1)).toBe('not-grantable');
  });

  it('nobody grants to themself, not even an admin', () => {
    expect(grantDecision(actor('admin', [1], 7), 7, 'grid-worker', grid1)).toBe('self');
    expect(grantDecision(actor('street-officer', street, 7), 7, 'grid-worker', grid1)).toBe('self');
  });

  it('an admin grants any role inside its scope, none outside it', () => {
    const streetAdmin = actor('admin', street);
    expect(grantDecision(streetAdmin, 2, 'admin', community1)).toBe('allowed');
    expect(grantDecision(streetAdmin, 2, 'supervisor', town)).toBe('not-grantable');
    expect(grantableRoles(streetAdmin)).toEqual([...ROLES]);
  });

  it('roles without grants (workers, hotline, supervisors, handlers) grant nothing', () => {
    for (const role of [
      'grid-worker',
      'grid-leader',
      'workstation-staff',
      'hotline-operator',
      'supervisor',
      'department-handler',
    ] as const) {
      const a = actor(role, role === 'grid-worker' || role === 'grid-leader' ? grid1 : street);
      expect(grantableRoles(a), role).toEqual([]);
      expect(grantDecision(a, 2, 'grid-worker', grid1), role).toBe('not-grantable');
    }
  });
});
