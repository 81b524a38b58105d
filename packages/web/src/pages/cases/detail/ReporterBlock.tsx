/** The reporter as the server shows them (masked); a reveal, when allowed, is confirmed first and audited (A9.4, D10). */
import { App, Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { casesApi, type CaseRecord } from '../../../api/cases';
import { errorMessage } from '../../../lib/errors';

type Revealed = { name: string | null; phone: string | null };

export function ReporterBlock({ c }: { c: CaseRecord }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const r = c.reporter;

  const reveal = () =>
    modal.confirm({
      title: t('caseDetail.revealTitle'),
      content: t('caseDetail.revealConfirm'),
      okText: t('caseDetail.revealOk'),
      onOk: async () => {
        try {
          setRevealed(await casesApi.revealReporter(c.id));
        } catch (e) {
          message.error(errorMessage(t, e));
        }
      },
    });

  if (!r) return <div className="gw-case-reporter gw-muted">{t('caseDetail.noReporter')}</div>;
  const shown = revealed ?? r;
  return (
    <div className="gw-case-reporter" data-testid="case-reporter">
      <span className="gw-case-reporter-label">{t('caseDetail.reporter')}</span>
      {r.anonymous ? (
        <Tag>{t('caseDetail.anonymous')}</Tag>
      ) : (
        <span>
          {shown.name ?? '—'} · <span className="gw-mono">{shown.phone ?? '—'}</span>
        </span>
      )}
      {r.confidential && <Tag color="red">{t('caseDetail.confidential')}</Tag>}
      {c.abilities.revealReporter && !r.anonymous && !revealed && (r.masked || r.confidential) && (
        <Button size="small" onClick={reveal} data-testid="case-reveal-reporter">
          {t('caseDetail.reveal')}
        </Button>
      )}
    </div>
  );
}
