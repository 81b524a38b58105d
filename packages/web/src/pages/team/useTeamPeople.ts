/**
 * People of a region's team to pick from (the author of a back-entered diary, the person a reward is
 * for): the people list when the user may read it (GET /users), else the workers of the region's visit
 * compliance (workstation staff read households but not the people list).
 */
import { roleHas } from '@gridwork/core/access/roles';
import { useMemo } from 'react';
import { usersApi } from '../../api/endpoints';
import type { Id } from '../../api/types';
import { visitsApi } from '../../api/visits';
import { isApiError } from '../../lib/errors';
import { descendantIds } from '../../lib/regionTree';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';

export interface PersonOption {
  value: Id;
  label: string;
}

/** `membersOnly`: people whose role keeps a field diary (A5.2: the grid team). */
export function useTeamPeople(regionId: Id | null | undefined, membersOnly: boolean, enabled = true) {
  const { index } = useRegions();
  const state = useAsync(
    async (signal): Promise<PersonOption[]> => {
      if (!enabled || !regionId) return [];
      const below = descendantIds(index, regionId);
      try {
        const users = await usersApi.list();
        return users
          .filter((u) => u.active && u.roles.some((r) => below.has(r.regionId) && (!membersOnly || roleHas(r.role, 'diary.write'))))
          .map((u) => ({ value: u.id, label: u.displayName }));
      } catch (e) {
        if (!isApiError(e, 'FORBIDDEN')) throw e;
        const workers = await visitsApi.compliance({ regionId, groupBy: 'worker' }, signal);
        return workers.rows.filter((r) => /^\d+$/.test(r.key)).map((r) => ({ value: Number(r.key), label: r.label }));
      }
    },
    [regionId, membersOnly, enabled, index],
  );
  const options = useMemo(() => [...(state.data ?? [])].sort((a, b) => a.label.localeCompare(b.label, 'zh-CN')), [state.data]);
  return { options, loading: state.loading, error: state.error };
}
