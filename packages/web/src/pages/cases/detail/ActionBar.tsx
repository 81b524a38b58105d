/** Only the actions the server says this user may take now (abilities.actions), each opening its form. */
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_NAMES, type ActionName, type CaseRecord } from '../../../api/cases';
import { ActionModal } from './ActionModal';

/** The step that moves the case forward in each state gets the primary colour. */
const FORWARD: ReadonlySet<ActionName> = new Set([
  'accept',
  'start',
  'respond',
  'feedback',
  'verify',
  'close',
  'archive',
  'decide-extension',
]);
const DANGER: ReadonlySet<ActionName> = new Set(['reject', 'reopen']);

interface Props {
  c: CaseRecord;
  onChanged: (next: CaseRecord) => void;
  onStale: () => void;
}

export function ActionBar({ c, onChanged, onStale }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ActionName | null>(null);
  const actions = ACTION_NAMES.filter((a) => c.abilities.actions.includes(a));
  if (actions.length === 0) return <div className="gw-case-no-actions gw-muted">{t('caseDetail.noActions')}</div>;

  return (
    <div className="gw-case-actions" data-testid="case-actions">
      {actions.map((a) => (
        <Button
          key={a}
          size="large"
          autoInsertSpace={false}
          type={FORWARD.has(a) ? 'primary' : 'default'}
          danger={DANGER.has(a)}
          onClick={() => setOpen(a)}
          data-testid={`case-action-${a}`}
        >
          {t(`caseActions.${a}`)}
        </Button>
      ))}
      {open && (
        <ActionModal
          c={c}
          action={open}
          onClose={() => setOpen(null)}
          onDone={(next) => {
            setOpen(null);
            onChanged(next);
          }}
          onStale={() => {
            setOpen(null);
            onStale();
          }}
        />
      )}
    </div>
  );
}
