/**
 * The device's own store (IndexedDB `gridwork-device`): the outbox of records saved without a
 * connection, the last copy of the reads a field worker needs offline, and small facts (whose data
 * this is). Everything here belongs to one signed-in user and is deleted at sign-out (clearDevice).
 * Without IndexedDB (some private modes) every call fails and the callers go on without the device.
 */

const DB_NAME = 'gridwork-device';
const VERSION = 1;
export type StoreName = 'outbox' | 'reads' | 'facts';

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  if (opening) return opening;
  opening = new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('no IndexedDB'));
    const req = indexedDB.open(DB_NAME, VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('outbox')) db.createObjectStore('outbox', { keyPath: 'key' });
      if (!db.objectStoreNames.contains('reads')) db.createObjectStore('reads', { keyPath: 'url' });
      if (!db.objectStoreNames.contains('facts')) db.createObjectStore('facts', { keyPath: 'name' });
    };
    req.onsuccess = () => {
      const db = req.result;
      // another tab deleting the database (sign-out there) closes this connection
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
    req.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

function done<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** One request in its own transaction; resolves once the transaction has committed (durable for writes). */
async function run<T>(store: StoreName, mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  const tx = db.transaction(store, mode, { durability: 'strict' });
  const result = done(fn(tx.objectStore(store)));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
  return result;
}

export const deviceStore = {
  get: <T>(store: StoreName, key: IDBValidKey) => run<T | undefined>(store, 'readonly', (s) => s.get(key) as IDBRequest<T | undefined>),
  all: <T>(store: StoreName) => run<T[]>(store, 'readonly', (s) => s.getAll() as IDBRequest<T[]>),
  put: <T>(store: StoreName, value: T) => run(store, 'readwrite', (s) => s.put(value)).then(() => undefined),
  delete: (store: StoreName, key: IDBValidKey) => run(store, 'readwrite', (s) => s.delete(key)).then(() => undefined),
};

/** Deletes everything this app keeps on the device for the user (sign-out), the drafts in localStorage too. */
export async function clearDevice(): Promise<void> {
  try {
    const db = await open();
    db.close();
  } catch {
    /* nothing was stored */
  }
  opening = null;
  await new Promise<void>((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve();
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
  try {
    // drafts and the like are the user's; the language chosen stays with the device
    for (const key of Object.keys(localStorage)) if (key.startsWith('gw.') && key !== 'gw.lang') localStorage.removeItem(key);
  } catch {
    /* no localStorage */
  }
}

/** Asks the browser not to evict this origin's storage under pressure (records wait in the outbox). */
export function requestPersistence(): void {
  void navigator.storage?.persist?.().catch(() => undefined);
}
