/** "网格通有新版本 · 刷新": a new app shell has installed in the background; the switch is the user's choice. */
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShellUpdate } from '../lib/offline/shell';

export function ShellUpdateBanner() {
  const { t } = useTranslation();
  const update = useShellUpdate();
  if (!update.ready) return null;
  return (
    <Alert
      banner
      type="info"
      title={t('offline.update.ready')}
      action={
        <Button size="small" type="primary" onClick={update.apply} data-testid="shell-update">
          {t('offline.update.reload')}
        </Button>
      }
    />
  );
}
