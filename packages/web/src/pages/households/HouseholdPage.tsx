/**
 * 住户档案 (A11.1): address and place, members (masked; audited reveal when allowed), the visit class
 * with its reasons (A7.2), this period's visit status, the visit history, open cases reported from
 * its visits, the surveys filled on the phone and the printable survey form (A8.1). "走访" opens the visit
 * form, "填写调查表" the phone survey.
 */
import { Button, Descriptions, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { householdsApi, type HouseholdDetail } from '../../api/households';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FullPageSpin } from '../../components/FullPageSpin';
import { PageHeader } from '../../components/PageHeader';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { useUser } from '../../state/session';
import { ClassCard } from './ClassCard';
import { HouseholdFormModal } from './HouseholdFormModal';
import { ClassTag } from './HouseholdTags';
import { LinkedCases } from './LinkedCases';
import { MembersCard } from './MembersCard';
import { SurveyHistory } from './SurveyHistory';
import { VisitHistory } from './VisitHistory';
import { VisitStatusCard } from './VisitStatusCard';
import '../cases/cases.css';
import './households.css';

function Place({ h }: { h: HouseholdDetail }) {
  const { t } = useTranslation();
  const { index } = useRegions();
  const name = (id: number | null) => (id ? (index.byId.get(id)?.name ?? `#${id}`) : null);
  const items = [
    { key: 'grid', label: t('household.grid'), children: h.grid.name },
    ...(h.compoundId ? [{ key: 'compound', label: t('household.compound'), children: name(h.compoundId) }] : []),
    ...(h.buildingId ? [{ key: 'building', label: t('household.building'), children: name(h.buildingId) }] : []),
    { key: 'housing', label: t('household.housing'), children: t(`housing.${h.housing}`, { defaultValue: h.housing }) },
    ...(h.landlord ? [{ key: 'landlord', label: t('household.landlord'), children: h.landlord }] : []),
  ];
  return <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items} className="gw-hh-place" />;
}

export default function HouseholdPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useUser();
  const id = Number(useParams().id);
  const detail = useAsync((signal) => householdsApi.get(id, signal), [id]);
  const [editing, setEditing] = useState(false);
  const [changes, setChanges] = useState(0); // members or class changed: the status is recomputed
  const h = detail.data;
  if (!h)
    return detail.error ? (
      <div className="gw-page">
        <ErrorAlert error={detail.error} onRetry={detail.reload} />
      </div>
    ) : (
      <FullPageSpin />
    );
  const changed = () => {
    detail.reload();
    setChanges((n) => n + 1);
  };

  return (
    <div className="gw-page gw-household-page" data-testid="household" data-household-id={h.id}>
      <Link to="/households" className="gw-back-link">
        ‹ {t('household.back')}
      </Link>
      <PageHeader
        title={<span data-testid="household-address">{h.address}</span>}
        extra={
          <Space wrap>
            {h.abilities.recordVisit && (
              <Button type="primary" size="large" onClick={() => navigate(`/households/${h.id}/visit/new`)} data-testid="household-visit">
                {t('household.visit')}
              </Button>
            )}
            {user.abilities.householdEdit && h.abilities.recordVisit && (
              <Button size="large" onClick={() => navigate(`/households/${h.id}/survey/new`)} data-testid="household-fill-survey">
                {t('household.fillSurvey')}
              </Button>
            )}
            {h.abilities.update && <Button onClick={() => setEditing(true)}>{t('household.edit')}</Button>}
            <Link to={`/households/${h.id}/survey-form`} data-testid="household-survey-link">
              {t('household.print')}
            </Link>
          </Space>
        }
      >
        <ClassTag visitClass={h.visitClass.visitClass} override={h.visitClass.override} />
        <span className="gw-muted">#{h.id}</span>
      </PageHeader>
      <ErrorAlert error={detail.error} onRetry={detail.reload} />
      <Place h={h} />
      <div className="gw-hh-layout">
        <div className="gw-hh-side">
          <VisitStatusCard householdId={h.id} reloadKey={changes} />
          <ClassCard h={h} onChanged={changed} />
          <LinkedCases householdId={h.id} />
        </div>
        <div className="gw-hh-main">
          <MembersCard h={h} onChanged={changed} />
          <SurveyHistory householdId={h.id} />
          <VisitHistory householdId={h.id} />
        </div>
      </div>
      <HouseholdFormModal
        open={editing}
        household={h}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          changed();
        }}
      />
    </div>
  );
}
