/**
 * Registers the service worker (/sw.js, production builds on a secure origin only) that keeps the app
 * shell for offline starts, and tells the page when a new version waits (useShellUpdate).
 */
import { useSyncExternalStore } from 'react';

let waiting: ServiceWorker | null = null;
let applyUpdate: () => void = () => undefined;
const listeners = new Set<() => void>();
function setWaiting(worker: ServiceWorker | null): void {
  waiting = worker;
  for (const l of listeners) l();
}

export function registerShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // only after the user chose to switch (a first install takes control without a reload)
    if (reloading) window.location.reload();
  });
  const register = async () => {
    const reg = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    const watch = (worker: ServiceWorker | null) => {
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) setWaiting(worker);
      });
    };
    if (reg.waiting && navigator.serviceWorker.controller) setWaiting(reg.waiting);
    watch(reg.installing);
    reg.addEventListener('updatefound', () => watch(reg.installing));
  };
  applyUpdate = () => {
    reloading = true;
    waiting?.postMessage('skip-waiting');
  };
  // after the page has loaded: the shell's download does not compete with the first screen
  if (document.readyState === 'complete') void register().catch(() => undefined);
  else window.addEventListener('load', () => void register().catch(() => undefined), { once: true });
}

export function useShellUpdate(): { ready: boolean; apply: () => void } {
  const ready = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => waiting !== null,
  );
  return { ready, apply: () => applyUpdate() };
}
