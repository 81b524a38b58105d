import os from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files at a time (TEST_WORKERS overrides): on two cores Vitest's default (one fewer than the
 * cores) leaves a core idle while a server test computes; the browser tests stay one at a time.
 */
const workers = Number(process.env.TEST_WORKERS) || Math.max(2, os.availableParallelism() - 1);

// Three tiers (DESIGN.md §3.9): pure core, server (HTTP + database), browser (e2e).
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    maxWorkers: workers,
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
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
