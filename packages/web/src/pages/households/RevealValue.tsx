/**
 * A masked ID number or phone with "查看" when the record's abilities allow it (C3, D10). The reveal
 * is confirmed and audited by the server; the clear value lives only in this component's state
 * (never cached or stored) and is hidden again after a minute.
 */
import { App, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { householdsApi, type RevealField } from '../../api/households';
import type { Id } from '../../api/types';
import { errorMessage } from '../../lib/errors';

const SHOWN_MS = 60_000;

interface Props {
  residentId: Id;
  name: string;
  field: RevealField;
  masked: string | null;
  allowed: boolean;
}

export function RevealValue({ residentId, name, field, masked, allowed }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [clear, setClear] = useState<string | null>(null);

  useEffect(() => {
    if (clear === null) return;
    const timer = setTimeout(() => setClear(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [clear]);

  if (!masked) return <span className="gw-muted">—</span>;
  const label = t(`household.${field}`);
  const reveal = () =>
    modal.confirm({
      title: t('household.revealTitle', { field: label }),
      content: t('household.revealConfirm', { name, field: label }),
      okText: t('household.reveal'),
      onOk: async () => {
        try {
          const res = await householdsApi.reveal(residentId, field);
          setClear(res.value ?? '');
        } catch (e) {
          message.error(errorMessage(t, e));
        }
      },
    });

  return (
    <span className="gw-reveal" data-testid={`member-${field}`}>
      <span className="gw-mono">{clear ?? masked}</span>
      {allowed && clear === null && (
        <Button size="small" type="link" onClick={reveal} data-testid={`member-reveal-${field}`}>
          {t('household.reveal')}
        </Button>
      )}
      {clear !== null && (
        <Button size="small" type="link" onClick={() => setClear(null)}>
          {t('household.hide')}
        </Button>
      )}
    </span>
  );
}
