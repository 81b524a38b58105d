/** A report's figures on screen (C8): cases, visits by class, the team, rewards — readable tables with Chinese labels. */
import { Card, Descriptions, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import type { ReportFigures as Figures } from '../../api/supervisionReports';
import {
  meetingTypeLabel,
  num,
  percentOf,
  rateText,
  rewardGroundLabel,
  rewardKindLabel,
  teamItemLabel,
  visitClassLabel,
} from './reportFormat';

type VisitRow = Figures['visitsByClass'][number];
type TeamRow = Figures['team'][number];
type RewardRow = Figures['rewards'][number];

export function ReportFigures({ f }: { f: Figures }) {
  const { t, i18n } = useTranslation();
  const c = f.cases;
  return (
    <div className="gw-sr-figures" data-testid="report-figures">
      <Card size="small" className="gw-block" title={t('supReports.cases.title')}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={(['received', 'overdue', 'extended', 'late', 'decided'] as const).map((k) => ({
            key: k,
            label: t(`supReports.cases.${k}`),
            children: <b data-testid={`report-cases-${k}`}>{c[k]}</b>,
          }))}
        />
      </Card>
      <Card size="small" className="gw-block" title={t('supReports.visits.title')}>
        <Table<VisitRow>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={f.visitsByClass}
          locale={{ emptyText: t('supReports.visits.empty') }}
          data-testid="report-visits"
          columns={[
            { key: 'cls', title: t('supReports.visits.cls'), render: (_, r) => visitClassLabel(t, r.key, r.label) },
            { key: 'households', title: t('supReports.visits.households'), dataIndex: 'households', align: 'right' },
            { key: 'met', title: t('supReports.visits.met'), dataIndex: 'met', align: 'right' },
            { key: 'rate', title: t('supReports.visits.rate'), align: 'right', render: (_, r) => rateText(r.rate) },
          ]}
        />
      </Card>
      <Card size="small" className="gw-block" title={t('supReports.team.title')}>
        <Table<TeamRow>
          size="small"
          rowKey="item"
          pagination={false}
          dataSource={f.team}
          data-testid="report-team"
          columns={[
            { key: 'item', title: t('supReports.team.item'), render: (_, r) => teamItemLabel(t, r.item) },
            { key: 'done', title: t('supReports.team.done'), align: 'right', render: (_, r) => num(r.done) },
            { key: 'of', title: t('supReports.team.of'), align: 'right', render: (_, r) => num(r.of) },
            { key: 'rate', title: t('supReports.team.rate'), align: 'right', render: (_, r) => percentOf(r.done, r.of) },
          ]}
        />
        <Descriptions
          size="small"
          column={1}
          className="gw-sr-team-more"
          items={[
            {
              key: 'meetings',
              label: t('supReports.team.meetings'),
              children: (
                <span data-testid="report-meetings">
                  {t('supReports.team.meetingsLine', f.meetings)}
                  {f.meetings.types.length > 0 && (
                    <span className="gw-sr-types">
                      {f.meetings.types.map((type) => (
                        <Tag key={type}>{meetingTypeLabel(t, type)}</Tag>
                      ))}
                    </span>
                  )}
                </span>
              ),
            },
            { key: 'trainings', label: t('supReports.team.trainings'), children: t('supReports.team.trainingsLine', f.trainings) },
          ]}
        />
      </Card>
      <Card size="small" className="gw-block" title={t('supReports.rewards.title')}>
        <Table<RewardRow>
          size="small"
          rowKey={(r) => `${r.userName}-${r.awardedOn}-${r.kind}-${r.ground}`}
          pagination={false}
          dataSource={f.rewards}
          locale={{ emptyText: t('supReports.rewards.none') }}
          scroll={{ x: 'max-content' }}
          data-testid="report-rewards"
          columns={[
            { key: 'person', title: t('supReports.rewards.person'), dataIndex: 'userName' },
            { key: 'kind', title: t('supReports.rewards.kind'), render: (_, r) => rewardKindLabel(t, r.kind) },
            { key: 'ground', title: t('supReports.rewards.ground'), render: (_, r) => rewardGroundLabel(t, r.ground) },
            { key: 'points', title: t('supReports.rewards.points'), align: 'right', render: (_, r) => num(r.points) },
            // the month is the report's: the day is enough
            { key: 'date', title: t('supReports.rewards.date'), render: (_, r) => formatDate(r.awardedOn, i18n.language) },
          ]}
        />
      </Card>
    </div>
  );
}
