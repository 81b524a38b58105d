/** The records behind one part of one subject's score (GET /assessment/records), each linked to its page where the web has one. */
import { Descriptions, Drawer, Empty, Grid, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { assessmentApi, type RecordRow, type RecordsQuery } from '../../api/assessment';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { itemLabel, outcomeText, points, recordLabel, recordPath, valueText } from './assessmentFormat';
import { RuleIdTag } from '../../components/RuleText';
import { useShowRuleIds } from '../../lib/ruleIds';

const COUNT_COLOURS: Record<RecordRow['counts'], string> = { done: 'success', missed: 'error', excused: 'default', points: 'processing' };

export function RecordsDrawer({ query, onClose }: { query: RecordsQuery | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const showRuleIds = useShowRuleIds();
  const screens = Grid.useBreakpoint();
  const state = useAsync(
    (signal) => (query ? assessmentApi.records(query, signal) : Promise.resolve(undefined)),
    [query?.regionId, query?.period, query?.level, query?.subjectId, query?.item],
  );
  const r = state.data;
  return (
    <Drawer
      open={query !== null}
      onClose={onClose}
      size={screens.md ? 560 : '100%'}
      title={query ? `${r?.subject.name ?? ''} · ${itemLabel(t, query.item)}` : ''}
      data-testid="assessment-drawer"
    >
      <ErrorAlert error={state.error} onRetry={state.reload} />
      <Spin spinning={state.loading}>
        {r && (
          <>
            <Descriptions
              size="small"
              column={2}
              className="gw-block"
              items={[
                ...(showRuleIds ? [{ key: 'rule', label: t('assessment.rule'), children: <RuleIdTag rule={r.part.rule} /> }] : []),
                { key: 'weight', label: t('assessment.weightLabel'), children: r.part.weight },
                { key: 'value', label: t('assessment.value'), children: valueText(r.part) },
                { key: 'points', label: t('assessment.points'), children: points(r.part.points) },
              ]}
            />
            {r.records.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assessment.noRecords')} />}
            <div className="gw-records" data-testid="assessment-records">
              {r.records.map((rec, i) => {
                const path = recordPath(rec.ref);
                const label = recordLabel(t, i18n, rec);
                return (
                  <div key={i} className="gw-record" data-testid="assessment-record">
                    <div className="gw-record-main">
                      {path ? <Link to={path}>{label}</Link> : <span>{label}</span>}
                      <div className="gw-muted gw-record-meta">
                        {rec.date && <span>{formatDate(rec.date, i18n.language)}</span>}
                        <span>{outcomeText(t, i18n, rec.outcome)}</span>
                      </div>
                    </div>
                    <Tag color={COUNT_COLOURS[rec.counts]}>
                      {rec.counts === 'points' ? points(rec.value ?? 0) : t(`assessment.counts.${rec.counts}`)}
                    </Tag>
                  </div>
                );
              })}
            </div>
          </>
        )}
      </Spin>
    </Drawer>
  );
}
