/** The case list with its filters in the URL (so a reload or "back" keeps them), its row count and page-by-page loading. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isAbort } from '../../api/client';
import { casesApi, type CaseQuery, type CaseRecord } from '../../api/cases';

export const PAGE_SIZE = 50;

export interface CaseFilters {
  mine: boolean;
  status: '' | 'open' | 'finished';
  source: string;
  /** keyword (title, description, address, case number) */
  q: string;
  category: string;
  /** a region: its grids and every grid below it */
  regionId: number | null;
  /** received from / to, YYYY-MM-DD */
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateParam = (v: string | null) => (v && DATE.test(v) ? v : '');

/** The filters as the URL keeps them (a reload or "back" shows the same list). */
export function filtersOf(params: URLSearchParams): CaseFilters {
  const status = params.get('status');
  const region = Number(params.get('region'));
  return {
    mine: params.get('scope') !== 'all',
    status: status === 'finished' ? 'finished' : status === 'any' ? '' : 'open',
    source: params.get('source') ?? '',
    q: params.get('q') ?? '',
    category: params.get('category') ?? '',
    regionId: Number.isInteger(region) && region > 0 ? region : null,
    from: dateParam(params.get('from')),
    to: dateParam(params.get('to')),
  };
}

export function paramsOf(f: CaseFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (!f.mine) p.set('scope', 'all');
  if (f.status !== 'open') p.set('status', f.status || 'any');
  if (f.source) p.set('source', f.source);
  if (f.q.trim()) p.set('q', f.q.trim());
  if (f.category) p.set('category', f.category);
  if (f.regionId) p.set('region', String(f.regionId));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  return p;
}

/** The API query of the filters (without paging). */
export function queryOf(f: CaseFilters): CaseQuery {
  return {
    mine: f.mine,
    status: f.status || undefined,
    source: f.source || undefined,
    q: f.q.trim() || undefined,
    category: f.category || undefined,
    regionId: f.regionId ?? undefined,
    from: f.from || undefined,
    to: f.to || undefined,
  };
}

export function useCaseFilters(): [CaseFilters, (patch: Partial<CaseFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersOf(params), [params]);
  const update = useCallback(
    (patch: Partial<CaseFilters>) => setParams(paramsOf({ ...filters, ...patch }), { replace: true }),
    [filters, setParams],
  );
  return [filters, update];
}

export function useCaseList(filters: CaseFilters) {
  const [rows, setRows] = useState<CaseRecord[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [hasMore, setHasMore] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const [tick, setTick] = useState(0);
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(
    async (offset: number) => {
      controller.current?.abort();
      const c = (controller.current = new AbortController());
      setLoading(true);
      setError(null);
      try {
        const query = { ...queryOf(filters), limit: PAGE_SIZE, offset };
        // the first page also counts every match (the row count); later pages only add rows
        const first = offset === 0 ? await casesApi.search(query, c.signal) : null;
        const page = first ? first.body : await casesApi.list(query, c.signal);
        if (c.signal.aborted) return;
        if (first) setTotal(first.total);
        setRows((prev) => (offset === 0 ? page : [...prev, ...page]));
        setHasMore(page.length === PAGE_SIZE);
      } catch (e) {
        if (!c.signal.aborted && !isAbort(e)) setError(e);
      } finally {
        if (!c.signal.aborted) setLoading(false);
      }
    },
    [filters],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: tick reloads the first page
  useEffect(() => {
    void load(0);
    return () => controller.current?.abort();
  }, [load, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const loadMore = useCallback(() => void load(rows.length), [load, rows.length]);
  return { rows, total, loading, error, hasMore, reload, loadMore };
}
