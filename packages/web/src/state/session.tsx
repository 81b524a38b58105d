/** Who is signed in, and the deployment's /meta. Loaded once at start. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, setExpectedUser, setUnauthorizedHandler } from '../api/client';
import { authApi, metaApi } from '../api/endpoints';
import type { MeResponse, Meta, SessionUser } from '../api/types';
import { clearDevice } from '../lib/offline/deviceStore';
import { deviceCopy } from '../lib/offline/reads';

/** A sign-out made without a connection: the server's session is ended at the next start. */
const PENDING_LOGOUT = 'gw.pendingLogout';

export interface SessionValue {
  ready: boolean;
  meta: Meta | null;
  user: SessionUser | null;
  demo: boolean;
  /** Reloads /auth/me (after login); returns the user or null. */
  refreshUser: () => Promise<SessionUser | null>;
  /** True after the user signed out on purpose (the login page then opens without a `next`). */
  signedOut: boolean;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

async function loadUser(): Promise<{ user: SessionUser | null; demo: boolean }> {
  if (localStorage.getItem(PENDING_LOGOUT)) {
    await authApi.logout(); // still offline: throws, and the app stays signed out
    localStorage.removeItem(PENDING_LOGOUT);
    return { user: null, demo: false };
  }
  try {
    const me = await authApi.me();
    return { user: me.user, demo: Boolean(me.demo) };
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return { user: null, demo: false };
    throw e;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  const [meta, setMeta] = useState<Meta | null>(null);
  const [user, setUser] = useState<SessionUser | null>(null);
  const [meDemo, setMeDemo] = useState(false);
  const [signedOut, setSignedOut] = useState(false);

  const refreshUser = useCallback(async () => {
    const { user: u, demo } = await loadUser();
    setUser(u);
    setMeDemo(demo);
    if (u) setSignedOut(false);
    return u;
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => setUser(null));
    const metaLoad = metaApi.get().then(setMeta, () => setMeta(null));
    let settled = false;
    const userLoad = refreshUser()
      .catch(() => setUser(null))
      .finally(() => (settled = true));
    // a phone on a poor signal starts from the device's copy of who is signed in (kept until sign-out)
    // while the server confirms it: a session the server ended answers 401 and the app goes to sign-in
    void Promise.all([deviceCopy<MeResponse>('/auth/me'), deviceCopy<Meta>('/meta')]).then(([me, m]) => {
      if (settled || !me?.user || localStorage.getItem(PENDING_LOGOUT)) return;
      setUser((u) => u ?? me.user);
      setMeDemo(Boolean(me.demo));
      if (m) setMeta((current) => current ?? m);
      setReady(true);
    });
    void Promise.all([metaLoad, userLoad]).finally(() => setReady(true));
  }, [refreshUser]);

  // every change this page sends names its user (api/client.ts: X-Expected-User)
  useEffect(() => setExpectedUser(user?.id ?? null), [user]);

  // the device's copies and unsent records go with the user (the menu asks first when records wait)
  // (after another tab signed someone else in, the server refuses: 409 SESSION_USER_CHANGED; the session
  // and what waits on the device are that user's now, and only this page is left signed out)
  const logout = useCallback(async () => {
    let sessionChanged = false;
    const ended = await authApi.logout().then(
      () => true,
      (e: unknown) => {
        sessionChanged = e instanceof ApiError && e.code === 'SESSION_USER_CHANGED';
        return !(e instanceof ApiError && e.status === 0);
      },
    );
    if (!sessionChanged) await clearDevice();
    if (!ended) localStorage.setItem(PENDING_LOGOUT, '1');
    setSignedOut(true);
    setUser(null);
  }, []);

  const value = useMemo<SessionValue>(
    () => ({ ready, meta, user, demo: Boolean(meta?.demo) || meDemo, signedOut, refreshUser, logout }),
    [ready, meta, user, meDemo, signedOut, refreshUser, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only for components under the authenticated layout. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
