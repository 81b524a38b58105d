/** The household list with its search and grid filter in the URL (so "back" keeps them), page by page. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isAbort } from '../../api/client';
import { householdsApi, type HouseholdSummary } from '../../api/households';
import type { Id } from '../../api/types';

export const PAGE_SIZE = 50;

export interface HouseholdFilters {
  q: string;
  gridId: Id | undefined;
}

export function useHouseholdFilters(): [HouseholdFilters, (patch: Partial<HouseholdFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<HouseholdFilters>(
    () => ({ q: params.get('q') ?? '', gridId: Number(params.get('grid')) || undefined }),
    [params],
  );
  const update = useCallback(
    (patch: Partial<HouseholdFilters>) => {
      const next = { ...filters, ...patch };
      const p = new URLSearchParams();
      if (next.q.trim()) p.set('q', next.q.trim());
      if (next.gridId) p.set('grid', String(next.gridId));
      setParams(p, { replace: true });
    },
    [filters, setParams],
  );
  return [filters, update];
}

/** `append` (phones: "加载更多") adds the next page; otherwise the page at `offset` replaces the rows (desktop table). */
export function useHouseholdList(filters: HouseholdFilters) {
  const [rows, setRows] = useState<HouseholdSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [offset, setOffset] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(
    async (from: number, append: boolean) => {
      controller.current?.abort();
      const c = (controller.current = new AbortController());
      setLoading(true);
      setError(null);
      try {
        const page = await householdsApi.list(
          { q: filters.q || undefined, gridId: filters.gridId, sort: 'address', limit: PAGE_SIZE, offset: from },
          c.signal,
        );
        if (c.signal.aborted) return;
        setRows((prev) => (append ? [...prev, ...page.items] : page.items));
        setTotal(page.total);
        setOffset(from);
      } catch (e) {
        if (!c.signal.aborted && !isAbort(e)) setError(e);
      } finally {
        if (!c.signal.aborted) setLoading(false);
      }
    },
    [filters.q, filters.gridId],
  );

  useEffect(() => {
    void load(0, false);
    return () => controller.current?.abort();
  }, [load]);

  return {
    rows,
    total,
    loading,
    error,
    offset,
    reload: () => void load(0, false),
    goTo: (page: number) => void load((page - 1) * PAGE_SIZE, false),
    loadMore: () => void load(rows.length, true),
    hasMore: rows.length < total,
  };
}
