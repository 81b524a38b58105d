import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEMO_ACCOUNTS } from '@gridwork/core/demo/accounts';

export const DEMO_PASSWORD = 'gridwork-demo';

/** Notes shown after a demo account's role, where the account's area differs from the others'. */
const NOTES: Record<string, string> = { worker2: 'login.demoCommunity2', townworker1: 'login.demoTown', townlead1: 'login.demoTown' };

export function DemoAccounts({ onPick }: { onPick: (username: string, password: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="gw-demo-accounts" data-testid="demo-accounts">
      <div className="gw-demo-accounts-title">{t('login.demoTitle', { password: DEMO_PASSWORD })}</div>
      <div className="gw-demo-chips">
        {DEMO_ACCOUNTS.map((a) => (
          <Tag.CheckableTag
            key={a.username}
            checked={false}
            className="gw-demo-chip"
            data-testid={`demo-account-${a.username}`}
            onChange={() => onPick(a.username, DEMO_PASSWORD)}
          >
            <b>{a.username}</b> · {t(`roles.${a.role}`)}
            {NOTES[a.username] ? ` (${t(NOTES[a.username])})` : ''}
          </Tag.CheckableTag>
        ))}
      </div>
    </div>
  );
}
