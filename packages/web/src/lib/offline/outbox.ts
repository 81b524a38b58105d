/**
 * The outbox: visits, case reports and diary entries saved on the device (IndexedDB, so they survive
 * leaving the page, reloading and closing the browser) and sent by themselves, exactly once: each
 * record keeps the Idempotency-Key fixed when its form opened, each photo `<key>-photo-<i>`, so a
 * record the server already has is answered from the server's replay, never stored twice.
 * Replay runs on app start, when the connection returns, when the app comes back to the screen and
 * every 30 s while records wait (WeChat and DingTalk web views have no Background Sync); one tab at a
 * time (Web Locks where the browser has them; the keys make a second sender harmless anyway).
 */
import { ApiError, api, expectedUserHeader } from '../../api/client';
import { photoUploadRaw } from '../../api/photos';
import type { Id } from '../../api/types';
import { photoKey } from '../photoUpload';
import { deviceStore, requestPersistence } from './deviceStore';

export type OutboxKind = 'visit' | 'case' | 'diary';

const PATHS: Record<OutboxKind, { create: string; photos: (id: Id) => string }> = {
  visit: { create: '/visits', photos: (id) => `/visits/${id}/photos` },
  case: { create: '/cases', photos: (id) => `/cases/${id}/photos` },
  diary: { create: '/diaries', photos: (id) => `/diaries/${id}/photos` },
};

export interface OutboxError {
  status: number;
  code: string;
  message: string;
  details?: unknown;
}

export interface OutboxItem {
  /** The Idempotency-Key fixed when the form opened; the record's identity on the device. */
  key: string;
  kind: OutboxKind;
  userId: Id;
  body: Record<string, unknown>;
  photos: Blob[];
  /** What the list shows: the household's address, the case title, the diary's place. */
  label: string;
  createdAt: string;
  state: 'waiting' | 'failed';
  /** Set once the record itself is saved on the server (its photos may still wait). */
  recordId?: Id;
  photosSent: number[];
  /** Photos the server refused (type, size): the record is saved without them. */
  photosRefused: number[];
  attempts: number;
  /** Server errors (5xx) only: after MAX_SERVER_ERRORS the record is marked failed; no signal never counts. */
  serverErrors?: number;
  lastTriedAt?: string;
  error?: OutboxError;
  /** A case reported from a visit saved offline: the visit's key; its id becomes `visitId` once it is sent. */
  afterKey?: string;
}

export type SendOutcome =
  | { kind: 'sent'; record: { id: Id } & Record<string, unknown>; refusedPhotos: number }
  | { kind: 'offline'; error: ApiError; recordSaved: boolean }
  | { kind: 'refused'; error: ApiError }
  | { kind: 'signedOut' }
  | { kind: 'waitingForLink' };

const MAX_SERVER_ERRORS = 5;
const sentFact = (key: string) => `sent:${key}`;

// ---- change notification (this tab and the others)
type Listener = () => void;
const listeners = new Set<Listener>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('gridwork-outbox');
channel?.addEventListener('message', () => emit(false));
function emit(broadcast = true): void {
  for (const l of listeners) l();
  if (broadcast) channel?.postMessage('changed');
}
export function subscribeOutbox(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function outboxItems(userId: Id): Promise<OutboxItem[]> {
  const all = await deviceStore.all<OutboxItem>('outbox').catch(() => [] as OutboxItem[]);
  return all.filter((i) => i.userId === userId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Keeps the record on the device (committed before this resolves). False when the device has no store. */
export async function enqueue(item: OutboxItem): Promise<boolean> {
  try {
    await deviceStore.put('outbox', item);
  } catch {
    return false;
  }
  requestPersistence();
  emit();
  return true;
}

export async function removeItem(key: string): Promise<void> {
  await deviceStore.delete('outbox', key).catch(() => undefined);
  emit();
}

/** A network failure, a timeout, a gateway's 502-504 or a busy server: worth trying again later. */
function transient(e: ApiError): boolean {
  return e.status === 0 || e.status === 408 || e.status === 429 || e.status >= 500;
}
const asError = (e: ApiError): OutboxError => ({ status: e.status, code: e.code, message: e.message, details: e.details });
const toApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'NETWORK_ERROR', String((e as Error)?.message ?? e)));

async function resolveLink(item: OutboxItem): Promise<Record<string, unknown> | null> {
  if (!item.afterKey) return item.body;
  const sent = await deviceStore.get<{ name: string; id: Id }>('facts', sentFact(item.afterKey)).catch(() => undefined);
  if (sent) return { ...item.body, visitId: sent.id };
  const waiting = await deviceStore.get<OutboxItem>('outbox', item.afterKey).catch(() => undefined);
  // the visit still waits: send after it; it was removed from the device: the report goes without the link
  return waiting ? null : item.body;
}

async function saveProgress(item: OutboxItem): Promise<void> {
  await deviceStore.put('outbox', item).catch(() => undefined);
  emit();
}

/** Sends one record, then its photos; what is done is written down after each step. */
async function sendOne(item: OutboxItem, stored: boolean): Promise<SendOutcome> {
  item.attempts += 1;
  item.lastTriedAt = new Date().toISOString();
  let record: { id: Id } & Record<string, unknown> = { id: item.recordId ?? 0 };
  if (!item.recordId) {
    const body = await resolveLink(item);
    if (!body) return { kind: 'waitingForLink' };
    try {
      const headers = { 'Idempotency-Key': item.key, ...expectedUserHeader(item.userId) };
      record = await api.post(PATHS[item.kind].create, body, { headers, skipAuthRedirect: true });
    } catch (e) {
      return failed(item, toApiError(e), stored, false);
    }
    item.recordId = record.id;
    item.error = undefined;
    await deviceStore.put('facts', { name: sentFact(item.key), id: record.id, at: item.lastTriedAt }).catch(() => undefined);
    if (stored) await saveProgress(item);
  }
  for (const [i, photo] of item.photos.entries()) {
    if (item.photosSent.includes(i) || item.photosRefused.includes(i)) continue;
    try {
      await photoUploadRaw(PATHS[item.kind].photos(record.id), photo, photoKey(item.key, i), item.userId);
      item.photosSent.push(i);
    } catch (e) {
      const err = toApiError(e);
      if (transient(err) || err.status === 401 || userChanged(err)) return failed(item, err, stored, true);
      item.photosRefused.push(i); // the record stays saved; the list says which photos did not go
    }
    if (stored) await saveProgress(item);
  }
  if (stored) await removeItem(item.key);
  return { kind: 'sent', record, refusedPhotos: item.photosRefused.length };
}

async function failed(item: OutboxItem, err: ApiError, stored: boolean, recordSaved: boolean): Promise<SendOutcome> {
  item.error = asError(err);
  // signed out, or another user signed in with the shared cookie: the record waits for its owner
  if (err.status === 401 || userChanged(err)) {
    if (stored) await saveProgress(item);
    return { kind: 'signedOut' };
  }
  if (err.status >= 500) item.serverErrors = (item.serverErrors ?? 0) + 1;
  const retryable = transient(err) && (err.status < 500 || (item.serverErrors ?? 0) < MAX_SERVER_ERRORS);
  item.state = retryable ? 'waiting' : 'failed';
  if (stored) await saveProgress(item);
  return retryable ? { kind: 'offline', error: err, recordSaved } : { kind: 'refused', error: err };
}

function userChanged(err: ApiError): boolean {
  return err.status === 409 && err.code === 'SESSION_USER_CHANGED';
}

// ---- sending: from a form (held while the form is open) and by replay
const inFlight = new Set<string>();
const heldByForm = new Set<string>();

/** A form saving its record: stored first (when the device can), then sent at once. */
export async function saveAndSend(item: OutboxItem): Promise<SendOutcome & { stored: boolean }> {
  const stored = await enqueue(item);
  heldByForm.add(item.key);
  inFlight.add(item.key);
  try {
    return { ...(await sendOne(item, stored)), stored };
  } finally {
    inFlight.delete(item.key);
  }
}

/** The form that made the record has closed: replay may send it from now on. */
export function releaseFromForm(key: string): void {
  heldByForm.delete(key);
}

export interface ReplayResult {
  sent: number;
  waiting: number;
  failed: number;
  signedOut: boolean;
}

let running: Promise<ReplayResult> | null = null;

/** Who the server says is signed in (never the device's copy): false when it is someone else or nobody. */
async function signedInAs(userId: Id): Promise<boolean> {
  try {
    const me = await api.get<{ user: { id: Id } }>('/auth/me', { skipAuthRedirect: true, noDeviceCopy: true });
    return me.user.id === userId;
  } catch {
    return false; // no signal (nothing could be sent anyway) or signed out
  }
}

/** Sends what waits for the user, oldest first; stops at the first sign of no connection. */
export function replay(userId: Id): Promise<ReplayResult> {
  if (running) return running;
  const work = async (): Promise<ReplayResult> => {
    const result: ReplayResult = { sent: 0, waiting: 0, failed: 0, signedOut: false };
    const items = await outboxItems(userId);
    // the session cookie is shared by every tab: send only while the server still knows this user
    // (another sign-in in another tab must not file these records under its name)
    if (items.some((i) => i.state === 'waiting') && !(await signedInAs(userId))) {
      result.signedOut = true;
      result.waiting = items.filter((i) => i.state === 'waiting').length;
      result.failed = items.filter((i) => i.state === 'failed').length;
      return result;
    }
    for (const item of items) {
      if (item.state !== 'waiting' || inFlight.has(item.key) || heldByForm.has(item.key)) continue;
      inFlight.add(item.key);
      const outcome = await sendOne(item, true).finally(() => inFlight.delete(item.key));
      if (outcome.kind === 'sent') result.sent += 1;
      if (outcome.kind === 'refused') result.failed += 1;
      if (outcome.kind === 'signedOut') result.signedOut = true;
      if (outcome.kind === 'offline' || outcome.kind === 'signedOut') break;
    }
    const left = await outboxItems(userId);
    result.waiting = left.filter((i) => i.state === 'waiting').length;
    result.failed = left.filter((i) => i.state === 'failed').length;
    return result;
  };
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  // the lock is held until work() settles (the DOM typing nests the promise; at run time it is one)
  const guarded = (locks ? locks.request('gridwork-outbox', work) : work()) as unknown as Promise<ReplayResult>;
  running = guarded.finally(() => {
    running = null;
  });
  return running;
}

/** A refused record sent again as it is (after the cause was fixed elsewhere), or under a new key. */
export async function retryItem(item: OutboxItem, newKey?: string): Promise<void> {
  if (newKey) await deviceStore.delete('outbox', item.key).catch(() => undefined);
  await enqueue({ ...item, key: newKey ?? item.key, state: 'waiting', attempts: 0, serverErrors: 0, error: undefined });
}
