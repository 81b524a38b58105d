import { describe, expect, it } from 'vitest';
import { can, isWithin, scopeRoots, type Actor } from './policy';

const district = [1];
const street = [1, 2];
const community1 = [1, 2, 3];
const grid1 = [1, 2, 3, 4, 5];
const community2 = [1, 2, 6];
const grid2 = [1, 2, 6, 7, 8];
const town = [1, 9];

const actor = (role: Actor['roles'][number]['role'], path: number[]): Actor => ({
  id: 1,
  username: 'u',
  roles: [{ role, regionId: path[path.length - 1], path }],
});

describe('access: can()', () => {
  it('A1.1 a grid worker reads only their own grid and what lies under it', () => {
    const w = actor('grid-worker', grid1);
    expect(can(w, 'region.read', { path: grid1 })).toBe(true);
    expect(can(w, 'region.read', { path: [...grid1, 10] })).toBe(true);
    expect(can(w, 'region.read', { path: grid2 })).toBe(false);
    expect(can(w, 'region.read', { path: community1 })).toBe(false);
  });

  it('roles are inherited downward from the bound node', () => {
    const lead = actor('community-lead', community1);
    expect(can(lead, 'region.update', { path: grid1 })).toBe(true);
    expect(can(lead, 'region.update', { path: grid2 })).toBe(false);
  });

  it('editors may not edit the node they are bound to, only below it', () => {
    const officer = actor('street-officer', street);
    expect(can(officer, 'region.update', { path: street })).toBe(false);
    expect(can(officer, 'region.update', { path: community2 })).toBe(true);
    expect(can(officer, 'region.create-child', { path: street })).toBe(true);
    expect(can(officer, 'policy.edit', { path: street })).toBe(true);
    expect(can(officer, 'policy.edit', { path: town })).toBe(false);
  });

  it('admin may do everything inside its scope, including its own node', () => {
    const admin = actor('admin', district);
    expect(can(admin, 'region.update', { path: district })).toBe(true);
    expect(can(admin, 'calendar.edit', null)).toBe(true);
    expect(can(admin, 'user.manage', null)).toBe(true);
  });

  it('grid workers cannot edit regions, policy, users or the calendar', () => {
    const w = actor('grid-worker', grid1);
    for (const a of ['region.update', 'region.create-child', 'policy.edit'] as const) {
      expect(can(w, a, { path: grid1 })).toBe(false);
    }
    expect(can(w, 'calendar.edit', null)).toBe(false);
    expect(can(w, 'user.manage', null)).toBe(false);
  });

  it('A8.3 the community grid lead keeps the grid map of their community', () => {
    const lead = actor('community-lead', community1);
    expect(can(lead, 'region.create-child', { path: community1 })).toBe(true);
    expect(can(lead, 'region.create-child', { path: community2 })).toBe(false);
  });

  it('isWithin and scopeRoots', () => {
    expect(isWithin(grid1, community1)).toBe(true);
    expect(isWithin(community1, grid1)).toBe(false);
    const a: Actor = {
      id: 1,
      username: 'x',
      roles: [
        { role: 'grid-worker', regionId: 5, path: grid1 },
        { role: 'community-lead', regionId: 3, path: community1 },
        { role: 'supervisor', regionId: 3, path: community1 },
        { role: 'grid-worker', regionId: 8, path: grid2 },
      ],
    };
    expect(scopeRoots(a)).toEqual([community1, grid2]);
  });
});
