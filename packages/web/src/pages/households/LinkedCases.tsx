/** Open cases reported from this household's visits (`GET /cases?householdId=`). */
import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { casesApi } from '../../api/cases';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAsync } from '../../lib/useAsync';
import { DeadlineText, LightDot, StatusTag } from '../cases/CaseTags';

export function LinkedCases({ householdId }: { householdId: Id }) {
  const { t } = useTranslation();
  const cases = useAsync((signal) => casesApi.list({ householdId, status: 'open', limit: 500 }, signal), [householdId]);
  const rows = cases.data ?? [];
  return (
    <Card
      size="small"
      className="gw-hh-card-block"
      title={t('household.cases')}
      loading={cases.loading && !cases.data}
      data-testid="linked-cases"
    >
      <ErrorAlert error={cases.error} onRetry={cases.reload} />
      {cases.data && rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('household.noCases')} />}
      <ul className="gw-linked-cases">
        {rows.map((c) => (
          <li key={c.id} data-testid="linked-case" data-case-id={c.id}>
            <LightDot light={c.light} status={c.status} /> <Link to={`/cases/${c.id}`}>{c.title}</Link> <StatusTag status={c.status} />{' '}
            <DeadlineText c={c} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
