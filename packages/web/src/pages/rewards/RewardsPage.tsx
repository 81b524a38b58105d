/**
 * 奖惩 (A10): the register of the year's rewards and penalties (a member sees their own, assessors
 * their area's), proposals by assessors, and approval or refusal by another assessor.
 */
import { Button, Empty, Segmented, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rewardsApi, type Reward } from '../../api/rewards';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { todayShanghai } from '../../lib/format';
import { teamAbilities } from '../../lib/teamAbilities';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { useUser } from '../../state/session';
import { useTeamRegion } from '../team/useTeamRegion';
import { YearNav } from '../trainings/YearNav';
import { RewardCard } from './RewardCard';
import { RewardFormModal } from './RewardFormModal';
import '../cases/cases.css';
import '../team/team.css';
import './rewards.css';

type Show = 'all' | 'proposed';

export default function RewardsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { regions, selected } = useRegions();
  const team = teamAbilities(user, regions);
  const region = useTeamRegion();
  const [year, setYear] = useState(Number(todayShanghai().slice(0, 4)));
  const [show, setShow] = useState<Show>('all');
  const [proposing, setProposing] = useState(false);
  const regionId = selected?.inScope ? selected.id : undefined;
  const list = useAsync((signal) => rewardsApi.list({ regionId, year }, signal), [regionId, year]);
  const items = (list.data ?? []).filter((r) => show === 'all' || r.status === 'proposed');
  const replace = (r: Reward) => list.setData((list.data ?? []).map((x) => (x.id === r.id ? r : x)));
  const pending = (list.data ?? []).filter((r) => r.abilities.decide).length;

  return (
    <div className="gw-page gw-rewards-page">
      <PageHeader
        title={t('rewards.title')}
        extra={
          <Space wrap>
            <YearNav year={year} onChange={setYear} />
            <ExportButton run={() => rewardsApi.exportXlsx({ regionId, year })} testId="reward-export" />
            {team.proposeRewards && (
              <Button type="primary" onClick={() => setProposing(true)} data-testid="reward-new">
                {t('rewards.propose')}
              </Button>
            )}
          </Space>
        }
      >
        {pending > 0 && <span className="gw-muted">{t('rewards.pending', { count: pending })}</span>}
      </PageHeader>
      <Segmented<Show>
        className="gw-block"
        value={show}
        onChange={setShow}
        options={[
          { value: 'all', label: t('rewards.show.all') },
          { value: 'proposed', label: t('rewards.show.proposed') },
        ]}
      />
      <ErrorAlert error={list.error} onRetry={list.reload} />
      <Spin spinning={list.loading}>
        {list.data && items.length === 0 && <Empty description={t('rewards.empty')} />}
        <div className="gw-team-cards" data-testid="reward-list">
          {items.map((r) => (
            <RewardCard key={r.id} reward={r} onChange={replace} />
          ))}
        </div>
      </Spin>
      <RewardFormModal
        open={proposing}
        regionId={region?.id}
        onClose={() => setProposing(false)}
        onSaved={() => {
          setProposing(false);
          list.reload();
        }}
      />
    </div>
  );
}
