/** Case statistics and the monthly analysis list: shapes and calls (server modules/statistics, supervision/analysis). */
import { api } from './client';
import { downloadXlsx } from './files';
import type { Reply } from './openapi';
import type { Id } from './types';

export const STAT_GROUP_BYS = ['month', 'category', 'tier', 'region', 'case-class'] as const;
export type StatGroupBy = (typeof STAT_GROUP_BYS)[number];

export type StatRow = CaseStatistics['rows'][number];

export type CaseStatistics = Reply<'/api/v1/statistics/cases', 'get'>;

export interface StatQuery {
  regionId?: Id;
  from: string;
  to: string;
  groupBy: StatGroupBy;
}

export const HOT_REASONS = ['several-residents', 'escalated', 'flagged'] as const;
export type HotReason = (typeof HOT_REASONS)[number];

export type AnalysisCase = AnalysisGrid['cases'][number];

export type AnalysisGrid = AnalysisList['grids'][number];

export type AnalysisList = Reply<'/api/v1/supervision/analysis', 'get'>;

export const statisticsApi = {
  cases: (q: StatQuery, signal?: AbortSignal) => api.get<CaseStatistics>('/statistics/cases', { query: { ...q }, signal }),
  /** One grouping with the total as an xlsx workbook; saved under the server's Chinese name. */
  exportXlsx: (q: StatQuery) => downloadXlsx('/statistics/cases/export', { ...q }, `案件统计-${q.from}至${q.to}.xlsx`),
  /** C5.1: open and hot cases per grid for a month ("YYYY-MM"). */
  analysis: (regionId: Id, month: string, signal?: AbortSignal) =>
    api.get<AnalysisList>('/supervision/analysis', { query: { regionId, month }, signal }),
};
