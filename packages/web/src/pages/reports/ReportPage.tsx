/**
 * 月度督查报告 (C8): one report — its figures as tables with Chinese labels, the supervisor's comments and
 * rating (save, regenerate, issue as the report's abilities allow), the xlsx download and the A4 print page.
 */
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { supervisionReportsApi } from '../../api/supervisionReports';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { FullPageSpin } from '../../components/FullPageSpin';
import { PageHeader } from '../../components/PageHeader';
import { formatMinute } from '../../lib/caseFormat';
import { formatMonth } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { ReportFigures } from './ReportFigures';
import { ReportReview } from './ReportReview';
import { ReportStatusTags } from './ReportStatusTags';
import '../cases/cases.css';
import '../team/team.css';
import './reports.css';

export default function ReportPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const report = useAsync((signal) => supervisionReportsApi.get(id, signal), [id]);
  const r = report.data;
  if (!r)
    return report.error ? (
      <div className="gw-page">
        <ErrorAlert error={report.error} onRetry={report.reload} />
      </div>
    ) : (
      <FullPageSpin />
    );
  const when = (iso: string) => formatMinute(iso, i18n.language);
  return (
    <div className="gw-page gw-sr-report" data-testid="report" data-report-id={r.id} data-version={r.version}>
      <Link to="/supervision/reports" className="gw-back-link">
        ‹ {t('supReports.back')}
      </Link>
      <PageHeader
        title={
          <span data-testid="report-title">
            {r.regionName} · {formatMonth(r.month, i18n.language)}
          </span>
        }
        extra={
          <Space wrap>
            <ExportButton run={() => supervisionReportsApi.exportXlsx(r)} testId="report-xlsx" label={t('supReports.exportXlsx')} />
            <Link to={`/supervision/reports/${r.id}/print`} data-testid="report-print-link">
              <Button>{t('supReports.print')}</Button>
            </Link>
          </Space>
        }
      >
        <ReportStatusTags report={r} />
        <span className="gw-muted">
          {r.issuedAt ? t('supReports.issuedAt', { date: when(r.issuedAt) }) : t('supReports.generatedAt', { date: when(r.generatedAt) })}
        </span>
      </PageHeader>
      <ErrorAlert error={report.error} onRetry={report.reload} />
      <div className="gw-sr-layout">
        <div className="gw-sr-main">
          <ReportFigures f={r.figures} />
        </div>
        <div className="gw-sr-side">
          <ReportReview key={`${r.id}-${r.status}`} report={r} onChange={report.setData} onReload={report.reload} />
        </div>
      </div>
    </div>
  );
}
