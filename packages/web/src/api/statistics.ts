/** Case statistics and the monthly analysis list: shapes and calls (server modules/statistics, supervision/analysis). */
import { api } from './client';
import type { Id } from './types';

export const STAT_GROUP_BYS = ['month', 'category', 'tier', 'region', 'case-class'] as const;
export type StatGroupBy = (typeof STAT_GROUP_BYS)[number];

export interface StatRow {
  key: string;
  label: string;
  received: number;
  closed: number;
  /** Cases whose time limit is decided (onTime not null). */
  decided: number;
  onTime: number;
  /** onTime / decided, 0..1; null when nothing is decided. */
  onTimeRate: number | null;
  /** Receipt → completion (or feedback), calendar days, one decimal. */
  avgHandlingDays: number | null;
  satisfaction: { satisfied: number; basicallySatisfied: number; unsatisfied: number; rate: number | null };
  overdueOpen: number;
}

export interface CaseStatistics {
  from: string;
  to: string;
  regionId: Id;
  groupBy: StatGroupBy;
  total: StatRow;
  rows: StatRow[];
}

export interface StatQuery {
  regionId?: Id;
  from: string;
  to: string;
  groupBy: StatGroupBy;
}

export const HOT_REASONS = ['several-residents', 'escalated', 'flagged'] as const;
export type HotReason = (typeof HOT_REASONS)[number];

export interface AnalysisCase {
  id: Id;
  title: string;
  status: string;
  category: string;
  caseClass: string;
  tier: string;
  deadline: string;
  open: boolean;
  hot: boolean;
  hotReasons?: HotReason[];
}

export interface AnalysisGrid {
  gridId: Id;
  gridName: string;
  open: number;
  hot: number;
  cases: AnalysisCase[];
}

export interface AnalysisList {
  region: { id: Id; name: string };
  month: string;
  grids: AnalysisGrid[];
}

export const statisticsApi = {
  cases: (q: StatQuery, signal?: AbortSignal) => api.get<CaseStatistics>('/statistics/cases', { query: { ...q }, signal }),
  /** C5.1: open and hot cases per grid for a month ("YYYY-MM"). */
  analysis: (regionId: Id, month: string, signal?: AbortSignal) =>
    api.get<AnalysisList>('/supervision/analysis', { query: { regionId, month }, signal }),
};
