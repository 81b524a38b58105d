import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { detailLines, errorMessage } from '../lib/errors';

/** An API error as an alert, with its field details and an optional retry. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const lines = detailLines(error);
  return (
    <Alert
      type="error"
      showIcon
      className="gw-error"
      title={errorMessage(t, error)}
      description={
        lines.length ? (
          <ul className="gw-detail-list">
            {lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
