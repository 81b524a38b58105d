/*
 * 网格通 service worker (emitted as /sw.js by vite.offline-shell.ts, which fills in the file list).
 * The app shell and every page's code are cached at install, so the app opens without a connection
 * once it has been opened with one. Navigations get the cached index.html at once (no wait on a poor
 * network); code under /assets/ is content-hashed and served from the cache. The API, photos, the
 * API docs and the Open311 endpoints are never touched here: the page keeps its own offline copies
 * of what a field worker reads (src/lib/offline/reads.ts) and its outbox (src/lib/offline/outbox.ts).
 * A new version installs in the background and waits; the page offers "刷新" to switch to it.
 */
const VERSION = '__VERSION__';
const SHELL = __SHELL__;
const CACHE = `gridwork-shell-${VERSION}`;
const NOT_OURS = /^\/(api|photos|docs|openapi\.json|healthz|open311\/v2)(\/|$|\?)/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(SHELL.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('gridwork-shell-') && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

async function fromCacheOrNetwork(request, cacheKey) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(cacheKey ?? request);
  if (hit) return hit;
  const response = await fetch(request);
  // code split off after install (none today) is kept for the next time
  if (response.ok && !cacheKey && new URL(request.url).pathname.startsWith('/assets/')) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || NOT_OURS.test(url.pathname)) return;
  if (request.mode === 'navigate') {
    event.respondWith(fromCacheOrNetwork(request, '/index.html').catch(() => fetch(request)));
    return;
  }
  if (SHELL.includes(url.pathname)) event.respondWith(fromCacheOrNetwork(request).catch(() => fetch(request)));
});
