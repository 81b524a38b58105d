import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { SiderContent } from './SiderContent';

/** The sider's content in a drawer, for phones; any navigation closes it. */
export function MobileNavDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer open={open} onClose={onClose} placement="left" size={300} title={t('app.name')} styles={{ body: { padding: 0 } }}>
      <SiderContent onNavigate={onClose} />
    </Drawer>
  );
}
