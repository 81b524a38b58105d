/** ECharts options for the statistics page, built from the API's rows (pure functions). */
import type { TFunction } from 'i18next';
import type { StatRow } from '../../api/statistics';
import type { ChartOption } from './EChart';

const COLOURS = { received: '#1677ff', closed: '#52c41a', overdue: '#ff4d4f', rate: '#fa8c16', days: '#13c2c2' };
const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
const base = {
  tooltip: { trigger: 'axis' as const },
  legend: { top: 0 },
  grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
};

/** Per month: average handling days (bars, left axis) and the on-time rate in % (line, right axis). */
export function trendOption(t: TFunction, rows: StatRow[]): ChartOption {
  return {
    ...base,
    xAxis: { type: 'category', data: rows.map((r) => r.key) },
    yAxis: [
      { type: 'value', name: t('units.days'), minInterval: 0.1 },
      { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: t('statistics.series.avgHandlingDays'),
        data: rows.map((r) => r.avgHandlingDays),
        itemStyle: { color: COLOURS.days },
        barMaxWidth: 32,
      },
      {
        type: 'line',
        name: t('statistics.series.onTimeRate'),
        yAxisIndex: 1,
        data: rows.map((r) => percent(r.onTimeRate)),
        connectNulls: true,
        itemStyle: { color: COLOURS.rate },
      },
    ],
  };
}

/** Per month: received and closed. */
export function volumeOption(t: TFunction, rows: StatRow[]): ChartOption {
  return {
    ...base,
    xAxis: { type: 'category', data: rows.map((r) => r.key) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: t('statistics.series.received'),
        data: rows.map((r) => r.received),
        itemStyle: { color: COLOURS.received },
        barMaxWidth: 24,
      },
      {
        type: 'bar',
        name: t('statistics.series.closed'),
        data: rows.map((r) => r.closed),
        itemStyle: { color: COLOURS.closed },
        barMaxWidth: 24,
      },
    ],
  };
}

/** Per group (category, tier, region): received, closed and overdue (bars), on-time rate (line, %). */
export function groupOption(t: TFunction, rows: StatRow[], label: (r: StatRow) => string): ChartOption {
  return {
    ...base,
    xAxis: { type: 'category', data: rows.map(label), axisLabel: { interval: 0, rotate: rows.length > 5 ? 30 : 0 } },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: t('statistics.series.received'),
        data: rows.map((r) => r.received),
        itemStyle: { color: COLOURS.received },
        barMaxWidth: 20,
      },
      {
        type: 'bar',
        name: t('statistics.series.closed'),
        data: rows.map((r) => r.closed),
        itemStyle: { color: COLOURS.closed },
        barMaxWidth: 20,
      },
      {
        type: 'bar',
        name: t('statistics.series.overdueOpen'),
        data: rows.map((r) => r.overdueOpen),
        itemStyle: { color: COLOURS.overdue },
        barMaxWidth: 20,
      },
      {
        type: 'line',
        name: t('statistics.series.onTimeRate'),
        yAxisIndex: 1,
        data: rows.map((r) => percent(r.onTimeRate)),
        connectNulls: true,
        itemStyle: { color: COLOURS.rate },
      },
    ],
  };
}

/** The residents' answers (every feedback given) as a ring. */
export function satisfactionOption(t: TFunction, total: StatRow): ChartOption {
  const s = total.satisfaction;
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{c}' },
        data: [
          { name: t('statistics.series.satisfied'), value: s.satisfied, itemStyle: { color: '#52c41a' } },
          { name: t('statistics.series.basicallySatisfied'), value: s.basicallySatisfied, itemStyle: { color: '#faad14' } },
          { name: t('statistics.series.unsatisfied'), value: s.unsatisfied, itemStyle: { color: '#ff4d4f' } },
        ],
      },
    ],
  };
}

/** "75.0%" or "—". */
export function rateText(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}
