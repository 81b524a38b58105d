/** A done task's result: the wrong fields first (before → corrected, applied or to follow up), then the count. */
import { Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResultField, TaskDetail } from '../../api/verification';
import { formatDateTime } from '../../lib/format';
import { formatValue, type TagLabels } from './verificationFormat';

/** `resident.12.tags` → `tags`; the member's name from the task's members. */
function describe(detail: TaskDetail, field: string): { name: string; who: string | null } {
  const parts = field.split('.');
  if (parts[0] === 'household') return { name: parts[1], who: null };
  const member = detail.household.members.find((m) => m.residentId === Number(parts[1]));
  return { name: parts[2], who: member?.name ?? `#${parts[1]}` };
}

export function ResultList({ detail, tags }: { detail: TaskDetail; tags: TagLabels }) {
  const { t, i18n } = useTranslation();
  const result = detail.result!;
  const wrong = result.fields.filter((f) => f.outcome === 'corrected');
  return (
    <Card size="small" className="gw-block" title={t('verificationTask.result')} data-testid="verification-result">
      <Typography.Paragraph>
        {t('verificationTask.resultSummary', { count: wrong.length, followUps: wrong.filter((f) => f.followUp).length })}
        {detail.checkedAt && (
          <span className="gw-muted"> · {t('verificationTask.checkedAt', { time: formatDateTime(detail.checkedAt, i18n.language) })}</span>
        )}
      </Typography.Paragraph>
      {wrong.length > 0 && (
        <List<ResultField>
          size="small"
          dataSource={wrong}
          renderItem={(f) => {
            const { name, who } = describe(detail, f.field);
            return (
              <List.Item>
                <div>
                  <div className="gw-vfield-label">
                    {who ? `${who} · ` : ''}
                    {t(`verificationTask.field.${name}`)}
                  </div>
                  <div>
                    {formatValue(t, name, f.before, tags)}
                    {'correctedValue' in f && (
                      <>
                        {' '}
                        → <strong>{formatValue(t, name, f.correctedValue, tags)}</strong>
                      </>
                    )}{' '}
                    {f.applied && <Tag color="green">{t('verificationTask.applied')}</Tag>}
                    {f.followUp && <Tag color="orange">{t('verificationTask.followUp')}</Tag>}
                  </div>
                  {f.note && <div className="gw-muted">{f.note}</div>}
                </div>
              </List.Item>
            );
          }}
        />
      )}
      {result.note && <Typography.Paragraph className="gw-muted">{result.note}</Typography.Paragraph>}
    </Card>
  );
}
