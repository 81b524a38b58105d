/** Policy problems as a table (the JSON view, and problems no form field holds): field in words, message, JSON Pointer. */
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyProblem } from '../../api/types';
import { policyFieldName, policyProblemText } from './policyProblemText';

export function ProblemTable({ problems, values }: { problems: PolicyProblem[]; values: unknown }) {
  const { t, i18n } = useTranslation();
  return (
    <Table<PolicyProblem & { key: number }>
      size="small"
      dataSource={problems.map((p, key) => ({ ...p, key }))}
      pagination={false}
      className="gw-policy-problems"
      data-testid="policy-problems"
      scroll={{ x: 560 }}
      columns={[
        {
          title: t('policyProblem.field'),
          dataIndex: 'path',
          width: 260,
          render: (v: string) => policyFieldName(t, i18n.language, v, values) || t('policyProblem.document'),
        },
        { title: t('policy.problemMessage'), key: 'message', render: (_, p) => policyProblemText(t, i18n.language, p) },
        {
          title: t('policy.problemPath'),
          dataIndex: 'path',
          key: 'pointer',
          width: 200,
          render: (v: string) => <span className="gw-mono gw-muted">{v || '/'}</span>,
        },
      ]}
    />
  );
}
