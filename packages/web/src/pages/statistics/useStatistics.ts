/** Loads every grouping of one region and range at once (the page shows them side by side). */
import { statisticsApi, STAT_GROUP_BYS, type CaseStatistics, type StatGroupBy } from '../../api/statistics';
import type { Id } from '../../api/types';
import { useAsync } from '../../lib/useAsync';
import { isValidRange, type DateRange } from './dateRange';

export type StatisticsSet = Record<StatGroupBy, CaseStatistics>;

export function useStatistics(regionId: Id | null, range: DateRange) {
  const valid = regionId !== null && isValidRange(range);
  return useAsync<StatisticsSet | null>(
    async (signal) => {
      if (!valid) return null;
      const all = await Promise.all(
        STAT_GROUP_BYS.map((groupBy) => statisticsApi.cases({ regionId, from: range.from, to: range.to, groupBy }, signal)),
      );
      return Object.fromEntries(STAT_GROUP_BYS.map((g, i) => [g, all[i]])) as StatisticsSet;
    },
    [regionId, range.from, range.to, valid],
  );
}
