import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Id } from '../api/types';
import { RegionTree } from '../components/RegionTree';
import { useRegions } from '../state/regions';
import { useUser } from '../state/session';
import { navKeyOf, navPath, visibleNavKeys, type NavKey } from './navItems';

/** Page menu on top, the region tree under it. */
export function SiderContent({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const { regions, select } = useRegions();
  const navigate = useNavigate();
  const location = useLocation();
  const current = navKeyOf(location.pathname);

  const items = visibleNavKeys(user, regions).map((key) => ({
    key,
    label: <span data-testid={`nav-${key}`}>{t(`nav.${key}`)}</span>,
  }));

  const onSelectRegion = (id: Id | null) => {
    select(id);
    onNavigate?.();
  };

  return (
    <div className="gw-sider-inner">
      <Menu
        mode="inline"
        selectedKeys={[current]}
        items={items}
        onClick={({ key }) => {
          navigate(navPath(key as NavKey));
          onNavigate?.();
        }}
      />
      <div className="gw-sider-tree">
        <div className="gw-sider-tree-title">{t('regionTree.title')}</div>
        <RegionTree onSelect={onSelectRegion} />
      </div>
    </div>
  );
}
