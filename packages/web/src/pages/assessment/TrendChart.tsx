/** The selected subject's score month by month across the year (ECharts line), with its rank in the tooltip. */
import { Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scores } from '../../api/assessment';
import type { Id } from '../../api/types';
import { EChart, type ChartOption } from '../statistics/EChart';

/** "3月" / "Mar". */
const monthShort = (month: string, lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { month: 'short', timeZone: 'UTC' }).format(new Date(`${month}-15T00:00:00Z`));

export function TrendChart({ months, subjectId, compact }: { months: Scores[]; subjectId: Id | null; compact: boolean }) {
  const { t, i18n } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    const rows = months.map((m) => ({ month: m.period, hit: m.items.find((x) => x.subject.id === subjectId) }));
    return {
      grid: { left: 40, right: 16, top: 24, bottom: 28 },
      tooltip: {
        trigger: 'axis',
        formatter: (params: unknown) => {
          const p = (params as Array<{ dataIndex: number }>)[0];
          const r = rows[p?.dataIndex ?? -1];
          if (!r?.hit) return r ? `${r.month}<br/>—` : '';
          const rank = t('assessment.rankOf', { rank: r.hit.rank, count: months[p.dataIndex].items.length });
          return `${r.month}<br/>${t('assessment.score')} ${r.hit.score}<br/>${rank}`;
        },
      },
      xAxis: { type: 'category', data: rows.map((r) => monthShort(r.month, i18n.language)) },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        {
          type: 'line',
          name: t('assessment.score'),
          data: rows.map((r) => r.hit?.score ?? null),
          connectNulls: false,
          symbolSize: 8,
          // a phone has no room for every month's number: the tooltip carries it
          label: { show: !compact, position: 'top', fontSize: 11 },
          areaStyle: { opacity: 0.08 },
        },
      ],
    };
  }, [months, subjectId, compact, t, i18n.language]);
  if (months.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assessment.trendEmpty')} />;
  return <EChart option={option} height={240} testId="assessment-trend" />;
}
