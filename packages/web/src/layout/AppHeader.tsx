import { Button, Layout, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useSession, useUser } from '../state/session';
import { homePath } from './navItems';
import { NoticeBell } from './NoticeBell';
import { OfflineStatus } from './OfflineStatus';
import { UserMenu } from './UserMenu';

/**
 * The top bar. On a phone it must fit 375 px: the language choice moves into the user menu, the
 * demo tag gives way to the demo banner above, and the user's name shrinks (styles.css).
 */
export function AppHeader({ mobile, onOpenNav }: { mobile: boolean; onOpenNav: () => void }) {
  const { t } = useTranslation();
  const { demo } = useSession();
  const user = useUser();
  return (
    <Layout.Header className="gw-header">
      {mobile && (
        <Button type="text" className="gw-header-burger" aria-label={t('app.openMenu')} onClick={onOpenNav} data-testid="nav-open">
          ☰
        </Button>
      )}
      <Link to={homePath(user)} className="gw-brand">
        <span className="gw-brand-mark" aria-hidden>
          ▦
        </span>
        <span>{t('app.name')}</span>
      </Link>
      {demo && !mobile && (
        <Tag color="orange" className="gw-demo-tag" data-testid="demo-tag">
          {t('demo.tag')}
        </Tag>
      )}
      <div className="gw-header-spacer" />
      <OfflineStatus />
      <NoticeBell />
      {!mobile && <LanguageSwitch />}
      <UserMenu withLanguage={mobile} />
    </Layout.Header>
  );
}
