import { defineConfig } from 'vitest/config';

// Three tiers (DESIGN.md §3.9): pure core, server (HTTP + database), browser (e2e).
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        test: {
          name: 'core',
          include: ['packages/core/src/**/*.test.ts'],
          env: { TZ: 'UTC' },
          setupFiles: ['packages/core/src/testing-setup.ts'],
        },
      },
      {
        test: {
          name: 'server',
          include: ['packages/server/src/**/*.test.ts'],
          env: { TZ: 'UTC' },
          globalSetup: ['packages/server/src/testing/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // the web app's pure helpers (texts, formats) and its translations; no browser, no DOM
          name: 'web',
          include: ['packages/web/src/**/*.test.ts'],
          env: { TZ: 'UTC' },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          env: { TZ: 'UTC' },
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
