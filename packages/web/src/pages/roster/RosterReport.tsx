/** The import report: a summary line and every problem by spreadsheet row and column (never a value). */
import { Alert, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReport, RosterProblem } from '../../api/roster';

function ProblemTable({ items, testId }: { items: RosterProblem[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Table<RosterProblem & { key: number }>
      size="small"
      data-testid={testId}
      dataSource={items.map((p, key) => ({ ...p, key }))}
      pagination={items.length > 20 ? { pageSize: 20, size: 'small', showSizeChanger: false } : false}
      scroll={{ x: true }}
      columns={[
        { title: t('roster.row'), dataIndex: 'row', width: 70, sorter: (a, b) => a.row - b.row },
        { title: t('roster.column'), dataIndex: 'column', width: 120 },
        {
          title: t('roster.problem'),
          dataIndex: 'problem',
          width: 180,
          render: (code: string) => t(`roster.problems.${code}`, { defaultValue: code }),
        },
        { title: t('roster.message'), dataIndex: 'message' },
      ]}
    />
  );
}

export function RosterReport({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const counts = { rows: report.rows, households: report.households.created, residents: report.residents.created };
  const summary = report.dryRun
    ? t('roster.resultDry', counts)
    : report.committed
      ? t('roster.resultDone', counts)
      : t('roster.resultNone', counts);
  const problems = report.rejectedTotal;
  return (
    <div className="gw-roster-report" data-testid="roster-report">
      <Alert
        type={problems === 0 ? 'success' : report.committed || report.dryRun ? 'warning' : 'error'}
        showIcon
        title={summary}
        description={
          problems > 0
            ? [
                t('roster.rejectedCount', { count: problems }),
                t('roster.rejectedHouseholds', { count: report.households.rejected, residents: report.residents.rejected }),
                ...(problems > report.rejected.length ? [t('roster.firstShown', { count: report.rejected.length })] : []),
              ].join(' · ')
            : t('roster.noProblems')
        }
      />
      {problems > 0 && <ProblemTable items={report.rejected} testId="roster-problems" />}
      {report.warnings.length > 0 && (
        <>
          <Typography.Text type="secondary">
            {t('roster.warningsTitle')} · {t('roster.warningsCount', { count: report.warningsTotal })}
            {report.warningsTotal > report.warnings.length && ` · ${t('roster.firstShown', { count: report.warnings.length })}`}
          </Typography.Text>
          <ProblemTable items={report.warnings} testId="roster-warnings" />
        </>
      )}
    </div>
  );
}
