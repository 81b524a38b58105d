/**
 * 考核: scores and ranks of workers, grids, workstations or communities for a month or a year,
 * computed from the records with the policy's weights (each part with its rule ID for desk users);
 * the selected subject's monthly trend across the year (ECharts); a part's records in a drawer.
 */
import { Card, Empty, Grid, Segmented, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_LEVELS, assessmentApi, type AssessmentLevel, type RecordsQuery } from '../../api/assessment';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, todayShanghai } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useTeamRegion } from '../team/useTeamRegion';
import { PeriodPicker } from './PeriodPicker';
import { RankingTable } from './RankingTable';
import { RecordsDrawer } from './RecordsDrawer';
import { TrendChart } from './TrendChart';
import { useTrend } from './useTrend';
import '../team/team.css';
import './assessment.css';

export default function AssessmentPage() {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const region = useTeamRegion();
  const regionId = region?.id;
  const [level, setLevel] = useState<AssessmentLevel>('worker');
  const [period, setPeriod] = useState(todayShanghai().slice(0, 7));
  // the subject picked for the trend, for the level and region it was picked at (ids of users and regions overlap)
  const [pickedAt, setPickedAt] = useState<{ at: string; id: Id } | null>(null);
  const [drill, setDrill] = useState<RecordsQuery | null>(null);
  const scores = useAsync(
    (signal) => (regionId ? assessmentApi.scores({ regionId, period, level }, signal) : Promise.resolve(undefined)),
    [regionId, period, level],
  );
  const trend = useTrend(regionId, level, Number(period.slice(0, 4)));
  const items = scores.data?.items ?? [];
  const at = `${level}:${regionId}`;
  const picked = pickedAt?.at === at ? pickedAt.id : null;
  const setPicked = (id: Id) => setPickedAt({ at, id });
  const selectedId = picked !== null && items.some((s) => s.subject.id === picked) ? picked : (items[0]?.subject.id ?? null);
  const selected = items.find((s) => s.subject.id === selectedId);

  if (!region) return <Empty className="gw-page" description={t('assessment.noRegion')} />;
  return (
    <div className="gw-page gw-assessment-page">
      <PageHeader
        title={t('assessment.title')}
        extra={
          <Space wrap>
            <Segmented<AssessmentLevel>
              value={level}
              onChange={setLevel}
              options={ASSESSMENT_LEVELS.map((l) => ({ value: l, label: t(`assessment.levels.${l}`) }))}
              data-testid="assessment-level"
            />
            <PeriodPicker period={period} onChange={setPeriod} />
            <ExportButton run={() => assessmentApi.exportXlsx({ regionId: region.id, period, level })} testId="assessment-export" />
          </Space>
        }
      >
        <span className="gw-muted">
          {region.name}
          {scores.data && ` · ${t('assessment.asOf', { date: formatDate(scores.data.asOf, i18n.language) })}`}
        </span>
      </PageHeader>
      <ErrorAlert error={scores.error} onRetry={scores.reload} />
      <Card
        size="small"
        className="gw-block"
        title={selected ? t('assessment.trendOf', { name: selected.subject.name, year: period.slice(0, 4) }) : t('assessment.trend')}
      >
        <ErrorAlert error={trend.error} onRetry={trend.reload} />
        <TrendChart months={trend.data ?? []} subjectId={selectedId} compact={!screens.md} />
      </Card>
      <Card size="small" className="gw-block" title={t('assessment.ranking', { count: items.length })}>
        <RankingTable
          items={items}
          loading={scores.loading}
          selectedId={selectedId}
          showRules={Boolean(screens.lg)}
          onSelect={setPicked}
          profileYear={scores.data?.level === 'worker' ? scores.data.period.slice(0, 4) : undefined}
          onDrill={(s, item) => {
            setPicked(s.subject.id);
            setDrill({ regionId, period, level, subjectId: s.subject.id, item });
          }}
        />
        <div className="gw-muted gw-hint">{t('assessment.hint')}</div>
      </Card>
      <RecordsDrawer query={drill} onClose={() => setDrill(null)} />
    </div>
  );
}
