/**
 * 集中走访 (C2.2, C7.1, D6): a month's visiting-day progress per grid and team member in the township
 * preset, the households the quarter's round has reached, and the round report to the community head.
 * The region is the one selected in the sider when it follows the township policy, else the highest
 * such region in scope; the month is in the address (?month=YYYY-MM). Buttons come from the abilities the API sends.
 */
import { Button, Drawer, Empty, Input, Space, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { roundsApi, type GridProgress } from '../../api/rounds';
import type { RegionNode } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../lib/errors';
import { todayShanghai } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { GridRoundCard } from './GridRoundCard';
import { RoundReportPanel } from './RoundReportPanel';
import './rounds.css';

const TOWNSHIP = 'township';

/** The selected region when it follows the township policy, else the highest township region in scope. */
function useRoundsRegion(): RegionNode | null {
  const { selected, regions } = useRegions();
  if (selected?.inScope && selected.preset === TOWNSHIP) return selected;
  const order = ['district', 'street', 'town', 'community', 'workstation', 'grid'];
  const candidates = regions.filter((r) => r.inScope && r.preset === TOWNSHIP && order.includes(r.type));
  return candidates.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))[0] ?? null;
}

/** 'YYYY-MM' moved by `n` months. */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export default function RoundsPage() {
  const { t } = useTranslation();
  const region = useRoundsRegion();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(params.get('month') ?? '') ? params.get('month')! : todayShanghai().slice(0, 7);
  const setMonth = (m: string) => setParams({ month: m }, { replace: true });
  const [openReport, setOpenReport] = useState<number | null>(null);
  const [creating, setCreating] = useState<number | null>(null);
  const progress = useAsync(
    (signal) =>
      region
        ? roundsApi.progress(region.type === 'grid' ? { gridId: region.id, month } : { regionId: region.id, month }, signal)
        : Promise.resolve(null),
    [region?.id, month],
  );

  const create = async (g: GridProgress) => {
    setCreating(g.gridId);
    try {
      const report = await roundsApi.create(g.gridId, month);
      void message.success(t('rounds.created'));
      progress.reload();
      setOpenReport(report.id);
    } catch (e) {
      void message.error(errorMessage(t, e));
    } finally {
      setCreating(null);
    }
  };

  return (
    <div className="gw-page gw-rounds">
      <PageHeader
        title={t('rounds.title')}
        extra={
          <Space wrap>
            <Button onClick={() => setMonth(shiftMonth(month, -1))} aria-label={t('rounds.prevMonth')}>
              ‹
            </Button>
            <Input
              type="month"
              value={month}
              aria-label={t('rounds.month')}
              data-testid="rounds-month"
              style={{ width: 150 }}
              onChange={(e) => /^\d{4}-\d{2}$/.test(e.target.value) && setMonth(e.target.value)}
            />
            <Button onClick={() => setMonth(shiftMonth(month, 1))} aria-label={t('rounds.nextMonth')}>
              ›
            </Button>
            <Button onClick={progress.reload} loading={progress.loading}>
              {t('common.refresh')}
            </Button>
          </Space>
        }
      >
        {region?.name}
        {progress.data && <span className="gw-muted"> · {t('rounds.asOf', { date: progress.data.asOf })}</span>}
      </PageHeader>
      <ErrorAlert error={progress.error} onRetry={progress.reload} />
      {!region && <Empty description={t('rounds.noRegion')} />}
      {progress.data && progress.data.grids.length === 0 && <Empty description={t('rounds.empty')} />}
      {progress.data?.grids.map((g) => (
        <GridRoundCard
          key={g.gridId}
          grid={g}
          creating={creating === g.gridId}
          onCreate={() => void create(g)}
          onOpenReport={setOpenReport}
        />
      ))}
      <Drawer open={openReport !== null} onClose={() => setOpenReport(null)} size="large" destroyOnHidden title={t('rounds.title')}>
        {openReport !== null && <RoundReportPanel id={openReport} onChanged={progress.reload} />}
      </Drawer>
    </div>
  );
}
