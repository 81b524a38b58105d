/** The case list with its filters in the URL (so "back" keeps them) and page-by-page loading. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isAbort } from '../../api/client';
import { casesApi, type CaseRecord } from '../../api/cases';

export const PAGE_SIZE = 50;

export interface CaseFilters {
  mine: boolean;
  status: '' | 'open' | 'finished';
  source: string;
}

export function useCaseFilters(): [CaseFilters, (patch: Partial<CaseFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<CaseFilters>(() => {
    const status = params.get('status');
    return {
      mine: params.get('scope') !== 'all',
      status: status === 'finished' ? 'finished' : status === 'any' ? '' : 'open',
      source: params.get('source') ?? '',
    };
  }, [params]);
  const update = useCallback(
    (patch: Partial<CaseFilters>) => {
      const next = { ...filters, ...patch };
      const p = new URLSearchParams();
      if (!next.mine) p.set('scope', 'all');
      if (next.status !== 'open') p.set('status', next.status || 'any');
      if (next.source) p.set('source', next.source);
      setParams(p, { replace: true });
    },
    [filters, setParams],
  );
  return [filters, update];
}

export function useCaseList(filters: CaseFilters) {
  const [rows, setRows] = useState<CaseRecord[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [hasMore, setHasMore] = useState(false);
  const [tick, setTick] = useState(0);
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(
    async (offset: number) => {
      controller.current?.abort();
      const c = (controller.current = new AbortController());
      setLoading(true);
      setError(null);
      try {
        const query = {
          mine: filters.mine,
          status: filters.status || undefined,
          source: filters.source || undefined,
          limit: PAGE_SIZE,
          offset,
        };
        const page = await casesApi.list(query, c.signal);
        if (c.signal.aborted) return;
        setRows((prev) => (offset === 0 ? page : [...prev, ...page]));
        setHasMore(page.length === PAGE_SIZE);
      } catch (e) {
        if (!c.signal.aborted && !isAbort(e)) setError(e);
      } finally {
        if (!c.signal.aborted) setLoading(false);
      }
    },
    [filters.mine, filters.status, filters.source],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: tick reloads the first page
  useEffect(() => {
    void load(0);
    return () => controller.current?.abort();
  }, [load, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const loadMore = useCallback(() => void load(rows.length), [load, rows.length]);
  return { rows, loading, error, hasMore, reload, loadMore };
}
