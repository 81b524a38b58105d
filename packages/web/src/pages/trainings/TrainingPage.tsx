/** One training session (A6): topic, time, materials and the roll of the region's team, taken by the grid office. */
import { Card, Descriptions, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { trainingsApi } from '../../api/trainings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { RollCall } from '../../components/RollCall';
import { formatMinute } from '../../lib/caseFormat';
import { useAsync } from '../../lib/useAsync';
import '../team/team.css';
import './trainings.css';

export default function TrainingPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const state = useAsync((signal) => trainingsApi.get(id, signal), [id]);
  const s = state.data;
  return (
    <div className="gw-page gw-training-page" data-testid="training-page">
      <Link to="/trainings" className="gw-back-link">
        ‹ {t('trainings.title')}
      </Link>
      <ErrorAlert error={state.error} onRetry={state.reload} />
      <Spin spinning={state.loading && !s}>
        {s && (
          <>
            <PageHeader title={s.topic} />
            <Card size="small" className="gw-block">
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 2, lg: 3 }}
                items={[
                  { key: 'at', label: t('trainings.form.startsAt'), children: formatMinute(s.startsAt, i18n.language) },
                  { key: 'minutes', label: t('trainings.duration'), children: t('trainings.minutesShort', { count: s.minutes }) },
                  { key: 'region', label: t('trainings.form.region'), children: s.regionName },
                  { key: 'by', label: t('trainings.runByLabel'), children: s.runBy.name },
                  {
                    key: 'present',
                    label: t('meetings.attendance'),
                    children: t('trainings.presentOf', { present: s.present, members: s.roll?.length ?? s.members }),
                  },
                ]}
              />
              {s.materials && (
                <>
                  <h4 className="gw-diary-h">{t('trainings.form.materials')}</h4>
                  <div className="gw-pre">{s.materials}</div>
                </>
              )}
            </Card>
            <Card size="small" className="gw-block" title={t('trainings.roll')}>
              <RollCall
                rows={(s.roll ?? []).map((r) => ({ id: r.user.id, name: r.user.name, attendance: r.attendance }))}
                editable={s.abilities.run}
                onMark={async (entries) => state.setData(await trainingsApi.attendance(s.id, entries))}
              />
            </Card>
          </>
        )}
      </Spin>
    </div>
  );
}
