/**
 * Signed-in frame: header, sider (menu + region tree) and the page. On a phone (below antd's
 * `lg` breakpoint) the sider becomes a drawer opened from the header.
 */
import { Grid, Layout } from 'antd';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { Outlet, useLocation, useNavigationType } from 'react-router-dom';
import { DemoBanner } from '../components/DemoBanner';
import { FullPageSpin } from '../components/FullPageSpin';
import { OutboxRunner } from '../lib/offline/OutboxRunner';
import { RegionsProvider } from '../state/regions';
import { useSession, useUser } from '../state/session';
import { AppHeader } from './AppHeader';
import { MobileNavDrawer } from './MobileNavDrawer';
import { PhoneTabBar } from './PhoneTabBar';
import { ShellUpdateBanner } from './ShellUpdateBanner';
import { SiderContent } from './SiderContent';

export function AppLayout() {
  const user = useUser();
  return (
    <RegionsProvider key={user.id} userId={user.id}>
      <OutboxRunner key={user.id} userId={user.id} />
      <Frame />
    </RegionsProvider>
  );
}

/**
 * A page opened from a link or a button starts at its top (a form opened from a long list did not);
 * back and forward keep the browser's place.
 */
function ScrollToTopOnOpen() {
  const { pathname } = useLocation();
  const type = useNavigationType();
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new page (pathname)
  useEffect(() => {
    // the page scrolls inside .gw-content (the header stays), not the window
    if (type !== 'POP') document.querySelector('.gw-content')?.scrollTo(0, 0);
  }, [pathname, type]);
  return null;
}

function Frame() {
  const { demo } = useSession();
  const user = useUser();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.lg;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);

  return (
    <Layout className="gw-shell">
      <ScrollToTopOnOpen />
      <ShellUpdateBanner />
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
      {/* field roles on a phone: 待办 走访 上报 消息 我的 at the bottom */}
      {mobile && user.abilities.dueVisits && <PhoneTabBar />}
      {mobile && <MobileNavDrawer open={drawerOpen} onClose={closeDrawer} />}
    </Layout>
  );
}
