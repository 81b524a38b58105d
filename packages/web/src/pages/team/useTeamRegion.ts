/**
 * The region a team page works on: the one selected in the sider when it is in scope, else the
 * region of the user's first binding (what the API assumes without a regionId), else the top of scope.
 */
import type { RegionNode } from '../../api/types';
import { scopeRoots } from '../../lib/regionTree';
import { useRegions } from '../../state/regions';
import { useUser } from '../../state/session';

export function useTeamRegion(): RegionNode | null {
  const user = useUser();
  const { selected, index } = useRegions();
  if (selected?.inScope) return selected;
  const bound = user.roles.map((r) => index.byId.get(r.regionId)).find((r) => r !== undefined);
  return bound ?? scopeRoots(index)[0] ?? null;
}
