/**
 * 我的账户 (/me, from the user menu): 个人资料 (one's own name, username, roles; 我的档案 links the member
 * profile), 修改密码, 登录设备 (sessions, sign out elsewhere) and the private calendar feed. One column, phone first.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi } from '../../api/account';
import { PageHeader } from '../../components/PageHeader';
import { useAsync } from '../../lib/useAsync';
import { CalendarFeedCard } from './CalendarFeedCard';
import { PasswordCard } from './PasswordCard';
import { ProfileCard } from './ProfileCard';
import { SessionsCard } from './SessionsCard';
import './account.css';

export default function AccountPage() {
  const { t } = useTranslation();
  const profile = useAsync((signal) => accountApi.profile(signal), []);
  const [sessionsKey, setSessionsKey] = useState(0);
  // a new password ends the other sessions and moves the account's version
  const passwordChanged = () => {
    profile.reload();
    setSessionsKey((n) => n + 1);
  };
  return (
    <div className="gw-page gw-account-page">
      <PageHeader title={t('account.title')} />
      <div className="gw-account-cards">
        <ProfileCard profile={profile} />
        <PasswordCard demoInUse={profile.data?.passwordIsDemo ?? false} onChanged={passwordChanged} />
        <SessionsCard reloadKey={sessionsKey} />
        <CalendarFeedCard />
      </div>
    </div>
  );
}
