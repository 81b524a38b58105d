/** The region tree in the caller's scope and the region selected in the sider. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { regionsApi } from '../api/endpoints';
import type { Id, RegionNode } from '../api/types';
import { indexRegions, type RegionIndex } from '../lib/regionTree';
import { useDeviceCopy } from '../lib/offline/useDeviceCopy';
import { useAsync } from '../lib/useAsync';

export interface RegionsValue {
  regions: RegionNode[];
  index: RegionIndex;
  loading: boolean;
  error: unknown;
  reload: () => void;
  selectedId: Id | null;
  selected: RegionNode | null;
  select: (id: Id | null) => void;
}

const RegionsContext = createContext<RegionsValue | null>(null);
const storageKey = (userId: Id) => `gw.selectedRegion.${userId}`;

function initialSelection(userId: Id): Id | null {
  const raw = sessionStorage.getItem(storageKey(userId));
  if (!raw) return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/** Mount with `key={user.id}` so another sign-in starts from a fresh tree. */
export function RegionsProvider({ userId, children }: { userId: Id; children: ReactNode }) {
  const { data, loading, error, reload } = useAsync(() => regionsApi.list(), []);
  const [selectedId, setSelectedId] = useState<Id | null>(() => initialSelection(userId));
  // a phone on a poor signal starts from the tree the device kept, until the server's answer replaces it
  const copy = useDeviceCopy<RegionNode[]>('/regions');
  const regions = useMemo(() => data ?? (loading ? copy : undefined) ?? [], [data, loading, copy]);
  const index = useMemo(() => indexRegions(regions), [regions]);

  const select = useCallback(
    (id: Id | null) => {
      setSelectedId(id);
      if (id === null) sessionStorage.removeItem(storageKey(userId));
      else sessionStorage.setItem(storageKey(userId), String(id));
    },
    [userId],
  );

  const selected = selectedId === null ? null : (index.byId.get(selectedId) ?? null);
  const value = useMemo<RegionsValue>(
    () => ({ regions, index, loading, error, reload, selectedId: selected ? selectedId : null, selected, select }),
    [regions, index, loading, error, reload, selectedId, selected, select],
  );
  return <RegionsContext.Provider value={value}>{children}</RegionsContext.Provider>;
}

export function useRegions(): RegionsValue {
  const value = useContext(RegionsContext);
  if (!value) throw new Error('useRegions outside RegionsProvider');
  return value;
}
