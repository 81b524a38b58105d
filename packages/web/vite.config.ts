import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offlineShell } from './vite.offline-shell.ts';

// The API server (packages/server) listens on 3000; in development Vite serves the app and
// forwards these paths to it, so the session cookie stays first-party.
const apiTarget = process.env.GRIDWORK_API_URL ?? 'http://127.0.0.1:3000';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false },
  '/healthz': { target: apiTarget },
  '/openapi.json': { target: apiTarget },
};

const config: UserConfig = {
  root: import.meta.dirname,
  base: '/',
  // /sw.js: the offline app shell (service-worker.js with the build's file list)
  plugins: [react(), offlineShell(import.meta.dirname)],
  server: { port: 5173, strictPort: false, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd alone is ~1 MB before gzip; pages are split with React.lazy (see src/routes.tsx).
    chunkSizeWarningLimit: 1500,
  },
};

export default defineConfig(({ command, mode }) => {
  // A build started from a test runner inherits NODE_ENV=test, which would give React's
  // development build (about twice the size); `vite build` always makes the production bundle.
  if (command === 'build' && mode === 'production') process.env.NODE_ENV = 'production';
  return config;
});
