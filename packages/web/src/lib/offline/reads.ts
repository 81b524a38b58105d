/**
 * What a grid worker reads offline (issue "Field work on phones"): who they are, the region tree and
 * categories, the due list, their households and visit history, the policy of their grid, the
 * diary status, their cases and their to-dos. Each such GET is written to the device when it succeeds and answered
 * from there when the network fails; the page then says the data is from the device (useConnection).
 * Only this user's copies are kept (a different sign-in starts empty) and sign-out deletes them.
 */
import { buildUrl, setReadCache } from '../../api/client';
import type { Id } from '../../api/types';
import { clearDevice, deviceStore } from './deviceStore';

const READABLE = [
  /^\/meta$/,
  /^\/auth\/me$/,
  /^\/me\/todo$/,
  /^\/regions$/,
  /^\/case-categories$/,
  /^\/policy$/,
  /^\/visits\/due$/,
  /^\/cases$/,
  /^\/visits$/,
  /^\/households$/,
  /^\/households\/\d+$/,
  /^\/households\/\d+\/visit-status$/,
  /^\/resident-tags$/,
  /^\/diaries\/status$/,
];
/** Enough for a worker's households and their pages; the oldest copies go first. */
const MAX_READS = 400;

interface Kept {
  url: string;
  body: unknown;
  savedAt: string;
}

// ---- connection state, for the header's 离线 tag and the "from the device" notes
type Listener = () => void;
const listeners = new Set<Listener>();
let state = { online: typeof navigator === 'undefined' ? true : navigator.onLine, fromDeviceAt: null as string | null };
function set(next: Partial<typeof state>): void {
  if (next.online === state.online && (next.fromDeviceAt === undefined || next.fromDeviceAt === state.fromDeviceAt)) return;
  state = { ...state, ...next };
  for (const l of listeners) l();
}
export const connection = {
  get: () => state,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

let writes = 0;
async function prune(): Promise<void> {
  const all = await deviceStore.all<Kept>('reads');
  if (all.length <= MAX_READS) return;
  all.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  for (const old of all.slice(0, all.length - MAX_READS)) await deviceStore.delete('reads', old.url);
}

export function installOfflineReads(): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('online', () => set({ online: true }));
  window.addEventListener('offline', () => set({ online: false }));
  setReadCache({
    readable: (path) => READABLE.some((re) => re.test(path)),
    remember(url, body) {
      set({ online: true, fromDeviceAt: null });
      void deviceStore
        .put<Kept>('reads', { url, body, savedAt: new Date().toISOString() })
        .then(() => (++writes % 50 === 0 ? prune() : undefined))
        .catch(() => undefined);
    },
    forget() {
      void forgetReads();
    },
    async recall(url) {
      const kept = await deviceStore.get<Kept>('reads', url).catch(() => undefined);
      if (kept) set({ online: false, fromDeviceAt: kept.savedAt });
      else set({ online: false });
      return kept?.body;
    },
  });
}

/** Deletes every kept copy (the outbox stays: its records carry their user and wait for their sign-in). */
async function forgetReads(): Promise<void> {
  try {
    for (const kept of await deviceStore.all<Kept>('reads')) await deviceStore.delete('reads', kept.url);
  } catch {
    /* no device store */
  }
}

/**
 * The device's data belongs to one user. A session the server ended answers 401, and every kept copy
 * goes then (forget), so the next user, signing in after, starts from their own copies only; their
 * unsent records stay in the outbox (carrying their user) until that user signs in again or signs out.
 * This records whose copies they are.
 */
export async function claimDevice(userId: Id): Promise<void> {
  try {
    const owner = await deviceStore.get<{ name: string; userId: Id }>('facts', 'owner');
    if (owner?.userId !== userId) await deviceStore.put('facts', { name: 'owner', userId });
  } catch {
    /* no device store */
  }
}

export { clearDevice };

/** The device's copy of a readable GET, if any (without touching the network or the connection state). */
export async function deviceCopy<T>(path: string, query?: Record<string, string | number | boolean | undefined>): Promise<T | undefined> {
  const kept = await deviceStore.get<Kept>('reads', buildUrl(path, query)).catch(() => undefined);
  return kept?.body as T | undefined;
}
