/** The signed-in user's outbox as React state (this tab's changes and other tabs'), and the connection. */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Id } from '../../api/types';
import { outboxItems, subscribeOutbox, type OutboxItem } from './outbox';
import { connection } from './reads';

export function useOutbox(userId: Id) {
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [others, setOthers] = useState(0);
  const load = useCallback(async () => {
    const mine = await outboxItems(userId);
    setItems(mine);
    const { deviceStore } = await import('./deviceStore');
    const all = await deviceStore.all<OutboxItem>('outbox').catch(() => [] as OutboxItem[]);
    setOthers(all.length - mine.length);
  }, [userId]);
  useEffect(() => {
    void load();
    return subscribeOutbox(() => void load());
  }, [load]);
  return {
    items,
    waiting: items.filter((i) => i.state === 'waiting').length,
    failed: items.filter((i) => i.state === 'failed').length,
    others,
    reload: load,
  };
}

export function useConnection() {
  return useSyncExternalStore(connection.subscribe, connection.get);
}
