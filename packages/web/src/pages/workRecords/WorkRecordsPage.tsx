/**
 * 工作台账 (A8.3): the year's implementation plan of each community and the rated evaluation of each
 * workstation, for the region selected in the tree (else the whole scope). Who records assessment
 * items (the community grid lead, officers) writes and edits them; who reads scores reads them.
 */
import { Button, Empty, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../api/types';
import { WORK_RECORD_REGION, workRecordsApi, type WorkRecord, type WorkRecordKind } from '../../api/workRecords';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { todayShanghai } from '../../lib/format';
import { teamAbilities } from '../../lib/teamAbilities';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { useUser } from '../../state/session';
import { useTeamRegion } from '../team/useTeamRegion';
import { YearNav } from '../trainings/YearNav';
import { WorkRecordCard } from './WorkRecordCard';
import { WorkRecordFormModal } from './WorkRecordFormModal';
import '../cases/cases.css';
import '../team/team.css';
import './workRecords.css';
import { RuleText } from '../../components/RuleText';

type Editing = { record: WorkRecord | null; kind: WorkRecordKind } | null;

export default function WorkRecordsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { regions, selected } = useRegions();
  const team = teamAbilities(user, regions);
  const region = useTeamRegion();
  const [year, setYear] = useState(Number(todayShanghai().slice(0, 4)));
  const [editing, setEditing] = useState<Editing>(null);
  const regionId = selected?.inScope ? selected.id : undefined;
  const list = useAsync((signal) => workRecordsApi.list({ regionId, year }, signal), [regionId, year]);
  const plans = (list.data ?? []).filter((r) => r.kind === 'implementation-plan');
  const evaluations = (list.data ?? []).filter((r) => r.kind === 'workstation-evaluation');
  const defaultRegion = (kind: WorkRecordKind): Id | undefined =>
    region && region.type === WORK_RECORD_REGION[kind] && region.inScope ? region.id : undefined;
  const editingKind = editing?.kind ?? 'implementation-plan';

  const section = (kind: WorkRecordKind, items: WorkRecord[], title: string, empty: string) => (
    <section className="gw-wr-section" data-testid={`work-records-${kind}`}>
      <div className="gw-wr-section-head">
        <h3 className="gw-section-title">{title}</h3>
        {team.proposeRewards && (
          <Button size="small" onClick={() => setEditing({ record: null, kind })} data-testid={`work-record-new-${kind}`}>
            + {t(`workRecords.kinds.${kind}`)}
          </Button>
        )}
      </div>
      {list.data && items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />}
      <div className="gw-team-cards">
        {items.map((r) => (
          <WorkRecordCard key={r.id} record={r} onEdit={(record) => setEditing({ record, kind: record.kind as WorkRecordKind })} />
        ))}
      </div>
    </section>
  );

  return (
    <div className="gw-page gw-wr-page">
      <PageHeader title={t('workRecords.title')} extra={<YearNav year={year} onChange={setYear} />}>
        <span className="gw-muted">{selected?.inScope ? selected.name : t('workRecords.allRegions')}</span>
      </PageHeader>
      <div className="gw-muted gw-wr-subtitle">
        <RuleText text={t('workRecords.subtitle')} />
      </div>
      <ErrorAlert error={list.error} onRetry={list.reload} />
      <Spin spinning={list.loading}>
        {section('implementation-plan', plans, t('workRecords.plans', { count: plans.length }), t('workRecords.noPlans'))}
        {section(
          'workstation-evaluation',
          evaluations,
          t('workRecords.evaluations', { count: evaluations.length }),
          t('workRecords.noEvaluations'),
        )}
      </Spin>
      <WorkRecordFormModal
        open={editing !== null}
        year={year}
        record={editing?.record ?? null}
        defaults={{ kind: editingKind, regionId: defaultRegion(editingKind) }}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          list.reload();
        }}
      />
    </div>
  );
}
