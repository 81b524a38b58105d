/** 导出 Excel: runs a download (the list as filtered on the page); a failure shows as a message. */
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors';

export function ExportButton({ run, testId, label }: { run: () => Promise<void>; testId?: string; label?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const click = async () => {
    setBusy(true);
    try {
      await run();
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button onClick={() => void click()} loading={busy} data-testid={testId ?? 'export-xlsx'}>
      {label ?? t('xlsxExport.button')}
    </Button>
  );
}
