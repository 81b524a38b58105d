/**
 * The phone's bottom tab bar for field roles (those who work a due list): 待办, 走访, 上报, 消息
 * (with the unread count), 我的. Links, not buttons: the due list's own "走访" buttons stay the only
 * buttons of that name. The menu drawer still holds every other page.
 */
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useNotices } from '../state/notices';

const TABS = [
  { key: 'todo', to: '/todo', icon: 'M4 5h16v2H4zm0 6h16v2H4zm0 6h10v2H4z' },
  { key: 'visits', to: '/visits/due', icon: 'M12 3 2 11h3v9h5v-6h4v6h5v-9h3z' },
  { key: 'report', to: '/cases/new', icon: 'M11 4h2v7h7v2h-7v7h-2v-7H4v-2h7z' },
  { key: 'messages', to: '/notifications', icon: 'M4 4h16v12H7l-3 3zm2 4v2h12V8zm0 4v2h8v-2z' },
  { key: 'me', to: '/me', icon: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-8 8c0-3.3 3.6-6 8-6s8 2.7 8 6z' },
] as const;

export function PhoneTabBar() {
  const { t } = useTranslation();
  const { count } = useNotices();
  return (
    <nav className="gw-tabbar" aria-label={t('tabs.label')} data-testid="phone-tabbar">
      {TABS.map((tab) => (
        <NavLink
          key={tab.key}
          to={tab.to}
          className="gw-tab"
          aria-label={tab.key === 'messages' && count > 0 ? `${t('tabs.messages')} ${t('noticeCentre.unread', { count })}` : undefined}
          data-testid={`tab-${tab.key}`}
        >
          <Badge count={tab.key === 'messages' ? count : 0} size="small" offset={[4, 0]}>
            <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden focusable="false">
              <path d={tab.icon} fill="currentColor" />
            </svg>
          </Badge>
          <span className="gw-tab-label">{t(`tabs.${tab.key}`)}</span>
        </NavLink>
      ))}
    </nav>
  );
}
