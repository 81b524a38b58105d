import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoleCode } from '../../api/types';

export const DEMO_PASSWORD = 'gridwork-demo';

/** The demo accounts the server seeds in demo mode (API-CONTRACT "Sign-in and demo accounts"). */
const DEMO_ACCOUNTS: { username: string; role: RoleCode; noteKey?: string }[] = [
  { username: 'admin', role: 'admin' },
  { username: 'street1', role: 'street-officer' },
  { username: 'lead1', role: 'community-lead' },
  { username: 'station1', role: 'workstation-staff' },
  { username: 'leader1', role: 'grid-leader' },
  { username: 'worker1', role: 'grid-worker' },
  { username: 'worker2', role: 'grid-worker', noteKey: 'login.demoCommunity2' },
  { username: 'hotline1', role: 'hotline-operator' },
  { username: 'supervisor1', role: 'supervisor' },
  { username: 'dept1', role: 'department-handler' },
  { username: 'town1', role: 'town-officer' },
  { username: 'townworker1', role: 'grid-worker', noteKey: 'login.demoTown' },
];

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
            {a.noteKey ? ` (${t(a.noteKey)})` : ''}
          </Tag.CheckableTag>
        ))}
      </div>
    </div>
  );
}
