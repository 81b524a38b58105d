import { Button, Layout, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useSession } from '../state/session';
import { NoticeBell } from './NoticeBell';
import { UserMenu } from './UserMenu';

export function AppHeader({ mobile, onOpenNav }: { mobile: boolean; onOpenNav: () => void }) {
  const { t } = useTranslation();
  const { demo } = useSession();
  return (
    <Layout.Header className="gw-header">
      {mobile && (
        <Button
          type="text"
          className="gw-header-burger"
          aria-label={t('app.openMenu')}
          onClick={onOpenNav}
          data-testid="nav-open"
        >
          ☰
        </Button>
      )}
      <Link to="/map" className="gw-brand">
        <span className="gw-brand-mark" aria-hidden>
          ▦
        </span>
        <span>{t('app.name')}</span>
      </Link>
      {demo && (
        <Tag color="orange" className="gw-demo-tag" data-testid="demo-tag">
          {t('demo.tag')}
        </Tag>
      )}
      <div className="gw-header-spacer" />
      <NoticeBell />
      <LanguageSwitch />
      <UserMenu />
    </Layout.Header>
  );
}
