/**
 * Case detail (/cases/:id): the header, reporter, map and timeline, and an action bar with only
 * the actions the server allows this user now. A successful action replaces the record on screen.
 */
import { Card, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { casesApi } from '../../api/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAsync } from '../../lib/useAsync';
import { ActionBar } from './detail/ActionBar';
import { CaseAnnotations } from './detail/CaseAnnotations';
import { CasePhotos } from './CasePhotos';
import { CaseHeader } from './detail/CaseHeader';
import { CaseMap } from './detail/CaseMap';
import { CaseTimeline } from './detail/CaseTimeline';
import { PublicNote } from './detail/PublicNote';
import { ReporterBlock } from './detail/ReporterBlock';
import { useCategories, useGridName, useGridPolicy } from './useCaseRefs';
import './cases.css';

export default function CaseDetailPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const record = useAsync((signal) => casesApi.get(id, signal), [id]);
  const c = record.data?.id === id ? record.data : undefined;
  const policy = useGridPolicy(c?.gridId);
  const categories = useCategories();
  const gridName = useGridName();

  return (
    <div className="gw-page gw-case-detail">
      <Link to="/cases" className="gw-back-link">
        ‹ {t('cases.back')}
      </Link>
      <ErrorAlert error={record.error} onRetry={record.reload} />
      {!c && record.loading && <Spin className="gw-full-spin" />}
      {c && (
        <>
          <div className="gw-case-layout">
            <Card size="small" className="gw-case-area-head">
              <CaseHeader c={c} gridName={gridName(c.gridId)} classes={policy.classes} tiers={policy.tiers} categories={categories.data} />
              <ReporterBlock key={c.id} c={c} />
            </Card>
            <Card size="small" title={t('caseDetail.map')} className="gw-case-area-map">
              <CaseMap c={c} />
            </Card>
            <Card size="small" title={t('caseDetail.timeline')} className="gw-case-area-timeline">
              <CaseTimeline
                timeline={c.timeline ?? []}
                people={c.people}
                ctx={{ lang: i18n.language, classes: policy.classes, tiers: policy.tiers }}
              />
            </Card>
          </div>
          <Card size="small" title={t('casePhotos.title')} className="gw-case-photos-card">
            <CasePhotos c={c} onChanged={record.reload} />
          </Card>
          <Card size="small" title={t('annotations.title')} className="gw-case-annotations-card">
            <CaseAnnotations caseId={c.id} kinds={c.abilities.annotate} />
          </Card>
          <Card size="small" title={t('publicNote.title')} className="gw-case-annotations-card">
            <PublicNote caseId={c.id} caseVersion={c.version} />
          </Card>
          <ActionBar c={c} onChanged={record.setData} onStale={record.reload} />
        </>
      )}
    </div>
  );
}
