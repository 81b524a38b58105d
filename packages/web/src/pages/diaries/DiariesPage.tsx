/**
 * 民情日记 (A5, C4): a member's own entries with this week's standing, and for reviewers (workstation,
 * grid leader, community lead) the area's entries with filters. "写日记" opens the phone form.
 */
import { Button, Empty, Segmented, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { diariesApi } from '../../api/diaries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { teamAbilities } from '../../lib/teamAbilities';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { useUser } from '../../state/session';
import { useTeamPeople } from '../team/useTeamPeople';
import { useTeamRegion } from '../team/useTeamRegion';
import { DiaryCard } from './DiaryCard';
import { DiaryFilters, type DiaryFilter } from './DiaryFilters';
import { DiaryStatusChip } from './DiaryStatusChip';
import '../team/team.css';
import '../cases/cases.css';
import './diaries.css';

const PAGE = 20;
type Scope = 'mine' | 'area';

export default function DiariesPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { regions } = useRegions();
  const team = teamAbilities(user, regions);
  const region = useTeamRegion();
  const [scope, setScope] = useState<Scope>(team.diaryReview ? 'area' : 'mine');
  const [filter, setFilter] = useState<DiaryFilter>({});
  const [limit, setLimit] = useState(PAGE);
  const regionId = filter.regionId ?? region?.id;
  const people = useTeamPeople(regionId, true, scope === 'area');
  const list = useAsync(
    (signal) =>
      diariesApi.list(
        scope === 'mine' ? { userId: user.id, limit } : { ...filter, regionId: filter.regionId ?? region?.id, limit },
        signal,
      ),
    [scope, filter, limit, user.id, region?.id],
  );
  const changeFilter = (f: DiaryFilter) => {
    setFilter(f);
    setLimit(PAGE);
  };
  const items = list.data?.items ?? [];
  const canWrite = team.teamMember || team.diaryBackEnter;
  const exportQuery = scope === 'mine' ? { userId: user.id } : { ...filter, regionId: filter.regionId ?? region?.id };

  return (
    <div className="gw-page gw-diaries-page">
      <PageHeader
        title={t('diaries.title')}
        extra={
          <Space wrap>
            <ExportButton run={() => diariesApi.exportXlsx(exportQuery)} testId="diary-export" />
            {canWrite && (
              <Link to="/diaries/new">
                <Button type="primary" size="large" data-testid="diary-new">
                  {t('diaries.write')}
                </Button>
              </Link>
            )}
          </Space>
        }
      >
        {/* one's own week, or the week of the author a reviewer filters on */}
        {scope === 'area' && filter.userId ? (
          <DiaryStatusChip key={filter.userId} userId={filter.userId} />
        ) : (
          team.teamMember && <DiaryStatusChip />
        )}
      </PageHeader>
      {team.diaryReview && team.teamMember && (
        <Segmented<Scope>
          className="gw-block"
          value={scope}
          onChange={(s) => {
            setScope(s);
            setLimit(PAGE);
          }}
          options={[
            { value: 'area', label: t('diaries.scope.area') },
            { value: 'mine', label: t('diaries.scope.mine') },
          ]}
          data-testid="diary-scope"
        />
      )}
      {scope === 'area' && <DiaryFilters value={{ ...filter, regionId }} onChange={changeFilter} people={people.options} />}
      <ErrorAlert error={list.error} onRetry={list.reload} />
      <Spin spinning={list.loading}>
        {list.data && (
          <div className="gw-muted gw-diary-total" data-testid="diary-total">
            {t('diaries.total', { count: list.data.total })}
          </div>
        )}
        {list.data && items.length === 0 && <Empty description={t(scope === 'mine' ? 'diaries.emptyMine' : 'diaries.empty')} />}
        <div className="gw-diary-list" data-testid="diary-list">
          {items.map((d) => (
            <DiaryCard key={d.id} diary={d} showAuthor={scope === 'area'} />
          ))}
        </div>
        {list.data && list.data.total > items.length && limit < 200 && (
          <div className="gw-load-more">
            <Button onClick={() => setLimit((n) => Math.min(200, n + PAGE))}>{t('diaries.more')}</Button>
          </div>
        )}
      </Spin>
    </div>
  );
}
