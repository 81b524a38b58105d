/** A report's status (草稿 / 已印发) and its rating as tags. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SupervisionReport } from '../../api/supervisionReports';

export function ReportStatusTags({ report }: { report: Pick<SupervisionReport, 'status' | 'rating'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={report.status === 'issued' ? 'success' : 'processing'} data-testid="report-status" data-status={report.status}>
        {t(`supReports.status.${report.status}`)}
      </Tag>
      {report.rating === null ? (
        <Tag>{t('supReports.noRating')}</Tag>
      ) : (
        <Tag color="gold" data-testid="report-rating">
          {t('supReports.ratingValue', { rating: report.rating })}
        </Tag>
      )}
    </>
  );
}
