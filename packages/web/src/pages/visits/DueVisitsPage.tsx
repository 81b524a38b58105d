/**
 * 我的走访: the grid worker's households by urgency (A7.2, D5): overdue, today, this week, later,
 * in walking order within each. Phone first; "↻" reloads (no pull-to-refresh).
 */
import { Alert, Badge, Button, Empty, Space, Spin, Switch } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DUE_BUCKETS, dueQuery, visitsApi, type DueBucket, type DueItem } from '../../api/visits';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { prefetchHouseholds } from '../../lib/offline/prefetch';
import { useDeviceCopy } from '../../lib/offline/useDeviceCopy';
import { useOutbox } from '../../lib/offline/useOutbox';
import { useAsync } from '../../lib/useAsync';
import { useUser } from '../../state/session';
import { shortDate, STATUS_COLOURS } from '../households/householdFormat';
import { DueCard } from './DueCard';
import { VisitTabs } from './VisitTabs';
import '../cases/cases.css';
import './visits.css';

const BUCKET_COLOURS: Record<DueBucket, string> = {
  overdue: STATUS_COLOURS.overdue,
  today: STATUS_COLOURS['at-risk'],
  'this-week': STATUS_COLOURS.due,
  later: '#8c8c8c',
  done: STATUS_COLOURS.met,
};

function groupByBucket(items: DueItem[]): [DueBucket, DueItem[]][] {
  return DUE_BUCKETS.map((b) => [b, items.filter((i) => i.bucket === b)] as [DueBucket, DueItem[]]).filter(([, list]) => list.length > 0);
}

export default function DueVisitsPage() {
  const { t, i18n } = useTranslation();
  const [includeMet, setIncludeMet] = useState(false);
  const due = useAsync((signal) => visitsApi.due({ includeMet }, signal), [includeMet]);
  // on a poor signal the list the device kept shows at once, until the server's answer replaces it
  const copy = useDeviceCopy<NonNullable<typeof due.data>>('/visits/due', dueQuery({ includeMet }));
  const data = due.data ?? (due.loading ? copy : undefined);
  const groups = groupByBucket(data?.items ?? []);
  const outbox = useOutbox(useUser().id);
  // households with a visit saved on this device that has not gone yet: the list shows it, so none is visited twice
  const queued = useMemo(
    () => new Set(outbox.items.filter((i) => i.kind === 'visit' && i.recordId === undefined).map((i) => Number(i.body.householdId))),
    [outbox.items],
  );
  useEffect(() => {
    const soon = (due.data?.items ?? []).filter((i) => i.bucket !== 'done' && i.bucket !== 'later');
    prefetchHouseholds(soon.map((i) => i.householdId));
  }, [due.data]);

  return (
    <div className="gw-page gw-due-page">
      <VisitTabs current="due" />
      <PageHeader
        title={t('due.title')}
        extra={
          <Space>
            <label className="gw-switch">
              <Switch size="small" checked={includeMet} onChange={setIncludeMet} data-testid="due-include-met" />
              <span>{t('due.showMet')}</span>
            </label>
            <Button size="large" onClick={due.reload} loading={due.loading} aria-label={t('common.refresh')} data-testid="due-refresh">
              {due.loading ? null : '↻'}
            </Button>
          </Space>
        }
      >
        {data && <span className="gw-muted">{shortDate(data.date, i18n.language)}</span>}
      </PageHeader>
      <ErrorAlert error={due.error} onRetry={due.reload} />
      {data?.truncated && <Alert type="info" showIcon className="gw-error" title={t('due.truncated', { count: data.items.length })} />}
      <Spin spinning={due.loading && !data}>
        {data && groups.length === 0 && <Empty description={t('due.empty')} />}
        {groups.map(([bucket, items]) => (
          <section key={bucket} className="gw-due-bucket" data-testid={`due-bucket-${bucket}`}>
            <h3 className="gw-due-bucket-title">
              <Badge color={BUCKET_COLOURS[bucket]} text={t(`due.buckets.${bucket}`)} />
              <span className="gw-muted">{t('due.count', { count: items.length })}</span>
            </h3>
            <div className="gw-due-list">
              {items.map((item) => (
                <DueCard key={item.householdId} item={item} queued={queued.has(item.householdId)} />
              ))}
            </div>
          </section>
        ))}
      </Spin>
    </div>
  );
}
