/**
 * Sends what waits in the outbox without being asked: when the app starts, when the connection
 * returns, when the app comes back to the screen, and every 30 s while something waits. Says when
 * records saved offline have gone. Mounted once in the signed-in frame.
 */
import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../api/types';
import { useUser } from '../../state/session';
import { prefetchFieldRefs } from './prefetch';
import { replay, subscribeOutbox } from './outbox';
import { claimDevice } from './reads';

const EVERY_MS = 30_000;

export function OutboxRunner({ userId }: { userId: Id }) {
  const user = useUser();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const said = useRef({ t, message, user });
  said.current = { t, message, user };

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      if (timer === undefined && !stopped) timer = setTimeout(() => void run(), EVERY_MS);
    };
    const run = async () => {
      clearTimeout(timer);
      timer = undefined;
      const r = await replay(userId).catch(() => null);
      if (stopped) return;
      if (r && r.sent > 0) said.current.message.success(said.current.t('offline.replayed', { count: r.sent }));
      if (r && r.waiting > 0 && !r.signedOut) schedule();
    };
    const onVisible = () => document.visibilityState === 'visible' && void run();
    void claimDevice(userId).then(run);
    prefetchFieldRefs(said.current.user);
    window.addEventListener('online', run);
    document.addEventListener('visibilitychange', onVisible);
    const unsubscribe = subscribeOutbox(schedule); // a record queued by a form: try again in a while
    return () => {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('online', run);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [userId]);
  return null;
}
