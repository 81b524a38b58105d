/**
 * Signed-in frame: header, sider (menu + region tree) and the page. On a phone (below antd's
 * `lg` breakpoint) the sider becomes a drawer opened from the header.
 */
import { Grid, Layout } from 'antd';
import { Suspense, useCallback, useState } from 'react';
import { Outlet } from 'react-router-dom';
import { DemoBanner } from '../components/DemoBanner';
import { FullPageSpin } from '../components/FullPageSpin';
import { RegionsProvider } from '../state/regions';
import { useSession, useUser } from '../state/session';
import { AppHeader } from './AppHeader';
import { MobileNavDrawer } from './MobileNavDrawer';
import { SiderContent } from './SiderContent';

export function AppLayout() {
  const user = useUser();
  return (
    <RegionsProvider key={user.id} userId={user.id}>
      <Frame />
    </RegionsProvider>
  );
}

function Frame() {
  const { demo } = useSession();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.lg;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);

  return (
    <Layout className="gw-shell">
      {demo && <DemoBanner />}
      <AppHeader mobile={mobile} onOpenNav={() => setDrawerOpen(true)} />
      <Layout className="gw-body">
        {!mobile && (
          <Layout.Sider width={280} theme="light" className="gw-sider">
            <SiderContent />
          </Layout.Sider>
        )}
        <Layout.Content className="gw-content">
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      {mobile && <MobileNavDrawer open={drawerOpen} onClose={closeDrawer} />}
    </Layout>
  );
}
