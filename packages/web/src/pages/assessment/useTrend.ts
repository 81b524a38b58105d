/**
 * The monthly scores of a year at one level, one call per month up to now (the scores are computed
 * from the records each time, so a month's score is that month's ranking). Kept per region, level
 * and year, so picking another subject redraws without asking again.
 */
import { assessmentApi, type AssessmentLevel, type Scores } from '../../api/assessment';
import type { Id } from '../../api/types';
import { todayShanghai } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';

export function monthsOf(year: number, today = todayShanghai()): string[] {
  const last = Number(today.slice(0, 4)) > year ? 12 : Number(today.slice(5, 7));
  return Array.from({ length: Number(today.slice(0, 4)) < year ? 0 : last }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

export function useTrend(regionId: Id | undefined, level: AssessmentLevel, year: number) {
  return useAsync(
    async (signal): Promise<Scores[]> => {
      if (!regionId) return [];
      const months = monthsOf(year);
      // two at a time: each is a full scoring of the region
      const out: Scores[] = [];
      for (let i = 0; i < months.length; i += 2) {
        out.push(...(await Promise.all(months.slice(i, i + 2).map((period) => assessmentApi.scores({ regionId, period, level }, signal)))));
      }
      return out;
    },
    [regionId, level, year],
  );
}
