/** What went wrong with a submission, and the way out: retry (same key) or file as a new report. */
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';

interface Props {
  error: unknown;
  networkFailed: boolean;
  keyReused: boolean;
  busy: boolean;
  onRetry: () => void;
  onSubmitAsNew: () => void;
}

export function IntakeError({ error, networkFailed, keyReused, busy, onRetry, onSubmitAsNew }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  if (networkFailed) {
    return (
      <Alert
        type="warning"
        showIcon
        className="gw-error"
        data-testid="case-form-network-error"
        title={t('offline.lostResponse')}
        action={
          <Button type="primary" loading={busy} onClick={onRetry} data-testid="case-form-retry">
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (keyReused) {
    return (
      <Alert
        type="warning"
        showIcon
        className="gw-error"
        title={t('intake.keyReused')}
        action={
          <Button loading={busy} onClick={onSubmitAsNew}>
            {t('intake.submitAsNew')}
          </Button>
        }
      />
    );
  }
  return <ErrorAlert error={error} />;
}
