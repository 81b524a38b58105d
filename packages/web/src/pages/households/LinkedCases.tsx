/**
 * Open cases reported from this household's visits: the open cases of its grid whose `visitId` is
 * one of the household's visits (the case list has no household filter).
 */
import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { casesApi } from '../../api/cases';
import type { Id } from '../../api/types';
import { visitsApi } from '../../api/visits';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAsync } from '../../lib/useAsync';
import { DeadlineText, LightDot, StatusTag } from '../cases/CaseTags';

async function visitIdsOf(householdId: Id, signal: AbortSignal): Promise<Set<Id>> {
  return new Set((await visitsApi.list(householdId, 200, 0, signal)).items.map((v) => v.id));
}

export function LinkedCases({ householdId, gridId }: { householdId: Id; gridId: Id }) {
  const { t } = useTranslation();
  const cases = useAsync(async (signal) => {
    const [ids, open] = await Promise.all([visitIdsOf(householdId, signal), casesApi.list({ gridId, status: 'open', limit: 500 }, signal)]);
    return open.filter((c) => c.visitId != null && ids.has(c.visitId));
  }, [householdId, gridId]);
  const rows = cases.data ?? [];
  return (
    <Card size="small" className="gw-hh-card-block" title={t('household.cases')} loading={cases.loading && !cases.data} data-testid="linked-cases">
      <ErrorAlert error={cases.error} onRetry={cases.reload} />
      {cases.data && rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('household.noCases')} />}
      <ul className="gw-linked-cases">
        {rows.map((c) => (
          <li key={c.id} data-testid="linked-case" data-case-id={c.id}>
            <LightDot light={c.light} /> <Link to={`/cases/${c.id}`}>{c.title}</Link> <StatusTag status={c.status} /> <DeadlineText c={c} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
