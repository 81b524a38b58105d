/**
 * The signed-in user's notices, one store per tab that the header bell and 消息 share: the unread ones
 * (the newest 50), the server's unread count, what came over the live stream, and what this tab marked
 * read. One server-sent stream (the session cookie authenticates it) lives while anything listens (the
 * bell, mounted with the signed-in frame: sign-out closes it). On every (re)connect the unread list and
 * the count are fetched again and merged by id with what came live, so a notice the fetch and the stream
 * both bring shows once, and one delivered while the stream was down still arrives.
 */
import { useSyncExternalStore } from 'react';
import { noticesApi, type Notice } from '../api/supervision';
import { visibleNotices } from '../lib/notices';

export interface NoticeSnapshot {
  /** Unread notices, newest first (superseded ones dropped). */
  unread: Notice[];
  /** How many are unread on the server, kept in step with what this tab does. */
  count: number;
  /** Notices received live since the stream opened, newest first. */
  live: Notice[];
  /** Whether this tab has marked the notice read (one by one, or all up to an id). */
  isRead: (n: Notice) => boolean;
}

const readIds = new Set<number>();
let readUpTo = 0;
const isRead = (n: Notice) => n.readAt !== null || readIds.has(n.id) || n.id <= readUpTo;
const EMPTY: NoticeSnapshot = { unread: [], count: 0, live: [], isRead };

let snapshot = EMPTY;
const listeners = new Set<() => void>();
let source: EventSource | null = null;
let controller: AbortController | null = null;

function update(next: Partial<NoticeSnapshot>): void {
  const merged = { ...snapshot, ...next, isRead: (n: Notice) => isRead(n) };
  merged.unread = visibleNotices([merged.unread], isRead).filter((n) => !isRead(n));
  snapshot = merged;
  for (const l of listeners) l();
}

/** Fetches the unread list and the count; keeps what came live after the fetched list's newest. */
async function refresh(): Promise<void> {
  const signal = controller?.signal;
  try {
    const [fetched, { count }] = await Promise.all([noticesApi.unread(signal), noticesApi.unreadCount(signal)]);
    if (signal?.aborted) return;
    const newest = fetched[0]?.id ?? 0;
    const later = snapshot.unread.filter((n) => n.id > newest);
    // marked read here while the request was under way: the server may not have counted that yet
    const pending = fetched.filter(isRead).length;
    update({ unread: visibleNotices([later, fetched], isRead), count: Math.max(0, count - pending) });
  } catch {
    /* offline or signed out: the next (re)connect tries again */
  }
}

async function refreshCount(): Promise<void> {
  try {
    const { count } = await noticesApi.unreadCount(controller?.signal);
    if (!controller?.signal.aborted) update({ count });
  } catch {
    /* kept as counted locally */
  }
}

function start(): void {
  controller = new AbortController();
  void refresh();
  source = new EventSource(noticesApi.streamUrl, { withCredentials: true });
  source.addEventListener('open', () => void refresh());
  source.addEventListener('notification', (e) => {
    let n: Notice;
    try {
      n = { ...(JSON.parse((e as MessageEvent<string>).data) as Notice), readAt: null };
    } catch {
      void refresh();
      return;
    }
    if (snapshot.live.some((x) => x.id === n.id)) return;
    update({ live: [n, ...snapshot.live], unread: visibleNotices([[n], snapshot.unread], isRead) });
    void refreshCount(); // the server knows what the new notice superseded
  });
}

function stop(): void {
  source?.close();
  source = null;
  controller?.abort();
  controller = null;
  readIds.clear();
  readUpTo = 0;
  snapshot = EMPTY;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) start();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) stop();
  };
}

/** The notices of the signed-in user; subscribing opens the live stream. */
export function useNotices(): NoticeSnapshot {
  return useSyncExternalStore(subscribe, () => snapshot);
}

/** Marks one notice read (at once on screen; the request after). */
export function markNoticeRead(n: Notice): void {
  if (isRead(n)) return;
  readIds.add(n.id);
  update({ count: Math.max(0, snapshot.count - 1) });
  void noticesApi.markRead(n.id).catch(() => undefined);
}

/** Marks every unread notice up to `upTo` (the newest shown) read; resolves with how many the server marked. */
export async function markAllNoticesRead(upTo: number): Promise<number> {
  const { count } = await noticesApi.readAll(upTo);
  readUpTo = Math.max(readUpTo, upTo);
  update({});
  await refreshCount();
  return count;
}
