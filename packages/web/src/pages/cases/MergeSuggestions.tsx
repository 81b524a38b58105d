/**
 * In the merge dialog: open cases of the same category within 200 m (nearest first; without a
 * location, those of the same grid), one click sets the merge target (`intoCaseId`).
 */
import { Button, Empty, Form, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../api/cases';
import { MERGE_RADIUS_M, mergeSuggestionsApi, type MergeSuggestion } from '../../api/photos';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatMinute } from '../../lib/caseFormat';
import { useAsync } from '../../lib/useAsync';
import './photos.css';

/** `onPick` hears of each picked suggestion (the case selector then shows its title, even from another grid). */
export function MergeSuggestions({
  c,
  field = 'intoCaseId',
  onPick,
}: {
  c: CaseRecord;
  field?: string;
  onPick?: (s: MergeSuggestion) => void;
}) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance();
  const picked = Form.useWatch(field, form) as number | undefined;
  const list = useAsync((signal) => mergeSuggestionsApi.list(c.id, signal), [c.id]);
  const items = list.data ?? [];

  return (
    <div className="gw-merge-suggestions" data-testid="merge-suggestions">
      <div className="gw-merge-suggestions-title">{t('mergeSuggestions.title', { radius: MERGE_RADIUS_M })}</div>
      {!c.location && <div className="gw-muted">{t('mergeSuggestions.noLocation')}</div>}
      <ErrorAlert error={list.error} onRetry={list.reload} />
      {list.loading && !list.data && <Spin size="small" />}
      {list.data && items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mergeSuggestions.empty')} />}
      {items.length > 0 && (
        <ul className="gw-merge-suggestion-list">
          {items.map((s) => (
            <li key={s.id} className={picked === s.id ? 'is-picked' : undefined} data-testid={`merge-suggestion-${s.id}`}>
              <div className="gw-merge-suggestion-text">
                <strong>
                  #{s.id} {s.title}
                </strong>
                <span className="gw-muted">
                  {[
                    s.distanceMetres === null
                      ? t('mergeSuggestions.sameGrid')
                      : t('mergeSuggestions.distance', { metres: s.distanceMetres }),
                    t(`caseStatus.${s.status}`, { defaultValue: s.status }),
                    formatMinute(s.receivedAt, i18n.language),
                  ].join(' · ')}
                </span>
              </div>
              {picked === s.id ? (
                <Tag color="blue">{t('mergeSuggestions.picked')}</Tag>
              ) : (
                <Button
                  size="small"
                  onClick={() => {
                    onPick?.(s);
                    form.setFieldsValue({ [field]: s.id });
                  }}
                >
                  {t('mergeSuggestions.pick')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
