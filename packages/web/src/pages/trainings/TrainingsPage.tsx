/**
 * 培训 (A6): the register of the year's sessions (the grid office creates them and takes the roll)
 * and, for team members, their own study.
 */
import { Button, Empty, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { trainingsApi } from '../../api/trainings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { formatMinute } from '../../lib/caseFormat';
import { todayShanghai } from '../../lib/format';
import { teamAbilities } from '../../lib/teamAbilities';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { useUser } from '../../state/session';
import { useTeamRegion } from '../team/useTeamRegion';
import { SelfStudyCard } from './SelfStudyCard';
import { TrainingFormModal } from './TrainingFormModal';
import { YearNav } from './YearNav';
import '../cases/cases.css';
import '../team/team.css';
import './trainings.css';

export default function TrainingsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const user = useUser();
  const { regions, selected } = useRegions();
  const team = teamAbilities(user, regions);
  const region = useTeamRegion();
  const [year, setYear] = useState(Number(todayShanghai().slice(0, 4)));
  const [creating, setCreating] = useState(false);
  const regionId = selected?.inScope ? selected.id : undefined;
  const list = useAsync((signal) => trainingsApi.list({ regionId, year }, signal), [regionId, year]);

  return (
    <div className="gw-page gw-trainings-page">
      <PageHeader
        title={t('trainings.title')}
        extra={
          <Space wrap>
            <YearNav year={year} onChange={setYear} />
            <ExportButton run={() => trainingsApi.exportXlsx({ regionId, year })} testId="training-export" />
            {team.runTraining && (
              <Button type="primary" onClick={() => setCreating(true)} data-testid="training-new">
                {t('trainings.create')}
              </Button>
            )}
          </Space>
        }
      />
      {team.teamMember && <SelfStudyCard year={year} />}
      <h3 className="gw-section-title">{t('trainings.register', { count: list.data?.length ?? 0 })}</h3>
      <ErrorAlert error={list.error} onRetry={list.reload} />
      <Spin spinning={list.loading}>
        {list.data && list.data.length === 0 && <Empty description={t('trainings.empty')} />}
        <div className="gw-team-cards" data-testid="training-list">
          {(list.data ?? []).map((s) => (
            <Link key={s.id} to={`/trainings/${s.id}`} className="gw-team-card" data-testid="training-item">
              <div className="gw-team-card-top">
                <span className="gw-team-card-title">{s.topic}</span>
                <span className="gw-team-card-tags">
                  {s.members > 0 ? (
                    <Tag color="success">{t('trainings.presentOf', { present: s.present, members: s.members })}</Tag>
                  ) : (
                    <Tag>{t('attendance.none')}</Tag>
                  )}
                </span>
              </div>
              <div className="gw-team-card-meta">
                <span>{formatMinute(s.startsAt, i18n.language)}</span>
                <span>{t('trainings.minutesShort', { count: s.minutes })}</span>
                <span>{s.regionName}</span>
                <span>{t('trainings.runBy', { name: s.runBy.name })}</span>
              </div>
            </Link>
          ))}
        </div>
      </Spin>
      <TrainingFormModal
        open={creating}
        regionId={region?.id}
        onClose={() => setCreating(false)}
        onSaved={(s) => {
          setCreating(false);
          navigate(`/trainings/${s.id}`);
        }}
      />
    </div>
  );
}
