import { menuAbilitiesOf, type RegionType } from '@gridwork/core';
import type { Static } from '@sinclair/typebox';
import type { SignedInUser } from './auth.schemas';
import type { SessionUser } from './sessions.repository';

/** The signed-in user as the API shows it, with the menu abilities of the registry (core/access/menu.ts; never re-derived by the web). */
export function presentSignedInUser(u: SessionUser): Static<typeof SignedInUser> {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles.map((r) => ({
      id: r.id,
      role: r.role,
      regionId: r.regionId,
      regionName: r.regionName,
      regionType: r.regionType as RegionType,
    })),
    abilities: menuAbilitiesOf(u),
  };
}
