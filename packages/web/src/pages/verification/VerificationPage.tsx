/**
 * 抽查核验 (A8.2, A8.3, D8): the samples of a period for the region selected in the sider (else the
 * top of the user's scope) with their counts per class and their tasks, the draw and yearly-check
 * buttons when the API allows them, and the discrepancy rate per grid (the area evaluation).
 */
import { Button, Empty, Segmented, Select, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recentQuarters, verificationApi, type DrawKind, type PeriodQuery } from '../../api/verification';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { todayShanghai } from '../../lib/format';
import { scopeRoots } from '../../lib/regionTree';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { DrawModal } from './DrawModal';
import { DrawsPanel } from './DrawsPanel';
import { SummaryTable } from './SummaryTable';
import './verification.css';

function usePageRegion() {
  const { selected, index } = useRegions();
  if (selected?.inScope && !['compound', 'building'].includes(selected.type)) return selected;
  const roots = scopeRoots(index);
  return roots.find((r) => !['grid', 'compound', 'building'].includes(r.type)) ?? roots[0] ?? null;
}

export default function VerificationPage() {
  const { t } = useTranslation();
  const region = usePageRegion();
  const today = todayShanghai();
  const quarters = recentQuarters(today);
  const years = [Number(today.slice(0, 4)), Number(today.slice(0, 4)) - 1];
  const [kind, setKind] = useState<DrawKind>('quarterly');
  const [quarter, setQuarter] = useState(quarters[0]);
  const [year, setYear] = useState(years[0]);
  const [modal, setModal] = useState<DrawKind | null>(null);
  const [picked, setPicked] = useState<number | null>(null);
  const regionId = region?.id ?? 0;
  const period: PeriodQuery = kind === 'quarterly' ? { quarter } : { year };
  const periodKey = kind === 'quarterly' ? quarter : String(year);
  const draws = useAsync(
    (signal) => (regionId ? verificationApi.draws({ regionId, ...period }, signal) : Promise.resolve(undefined)),
    [regionId, kind, periodKey],
  );
  const summary = useAsync(
    (signal) => (regionId ? verificationApi.summary({ regionId, ...period }, signal) : Promise.resolve(undefined)),
    [regionId, kind, periodKey],
  );

  if (!region)
    return (
      <div className="gw-page">
        <Empty description={t('verification.noRegion')} />
      </div>
    );
  const abilities = draws.data?.abilities;
  const reload = () => {
    draws.reload();
    summary.reload();
  };

  return (
    <div className="gw-page gw-verification-page">
      <PageHeader
        title={t('verification.title')}
        extra={
          <Space wrap>
            {abilities?.draw && (
              <Button type="primary" onClick={() => setModal('quarterly')} data-testid="verification-draw">
                {t('verification.draw')}
              </Button>
            )}
            {abilities?.yearly && (
              <Button onClick={() => setModal('yearly')} data-testid="verification-yearly">
                {t('verification.yearly')}
              </Button>
            )}
            <Button onClick={reload} loading={draws.loading}>
              {t('common.refresh')}
            </Button>
            <ExportButton
              run={() => verificationApi.exportSummary({ regionId, ...period })}
              testId="verification-export"
              label={t('verification.summary.export')}
            />
          </Space>
        }
      >
        {region.name}
      </PageHeader>
      <Space wrap className="gw-block">
        <Segmented<DrawKind>
          value={kind}
          onChange={(v) => {
            setKind(v);
            setPicked(null);
          }}
          options={[
            { value: 'quarterly', label: t('verification.periodKind.quarterly') },
            { value: 'yearly', label: t('verification.periodKind.yearly') },
          ]}
        />
        {kind === 'quarterly' ? (
          <Select
            value={quarter}
            onChange={(v) => {
              setQuarter(v);
              setPicked(null);
            }}
            options={quarters.map((q) => ({ value: q, label: q }))}
            style={{ width: 120 }}
            data-testid="verification-quarter"
          />
        ) : (
          <Select
            value={year}
            onChange={(v) => {
              setYear(v);
              setPicked(null);
            }}
            options={years.map((y) => ({ value: y, label: y }))}
            style={{ width: 100 }}
          />
        )}
      </Space>
      <ErrorAlert error={draws.error} onRetry={draws.reload} />
      <Tabs
        items={[
          {
            key: 'draws',
            label: t('verification.tabs.draws'),
            children: <DrawsPanel list={draws.data} loading={draws.loading} picked={picked} onPick={setPicked} />,
          },
          {
            key: 'summary',
            label: t('verification.tabs.summary'),
            children: (
              <>
                <ErrorAlert error={summary.error} onRetry={summary.reload} />
                <SummaryTable data={summary.data} loading={summary.loading} />
              </>
            ),
          },
        ]}
      />
      {modal && (
        <DrawModal
          kind={modal}
          regionId={region.id}
          quarters={quarters}
          years={years}
          initial={modal === 'quarterly' ? quarter : String(year)}
          onClose={() => setModal(null)}
          onDrawn={(draw) => {
            setModal(null);
            if (draw.kind === 'quarterly' && draw.quarter) setQuarter(draw.quarter);
            if (draw.kind === 'yearly' && draw.year) setYear(draw.year);
            setKind(draw.kind);
            setPicked(draw.id);
            reload();
          }}
        />
      )}
    </div>
  );
}
