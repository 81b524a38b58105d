import type { Browser, Page } from 'playwright-core';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data dir the demo street was seeded into once for this run, and the Shanghai day it was seeded on. */
    e2eDemoTemplate: { dir: string; day: string } | null;
  }
}

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Builds the web app if needed (the same step `npm start` takes). */
export function buildWeb(): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-web.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('web build failed');
}

export interface RunningServer {
  url: string;
  dataDir: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** YYYY-MM-DD in Asia/Shanghai, `days` from now (the demo's dates are relative to the day it is seeded). */
export function shanghaiDate(days = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** The run's seeded demo data dir (e2e/global-setup.ts), when there is one and it was seeded today. */
function demoTemplate(): string | null {
  let template: { dir: string; day: string } | null = null;
  try {
    template = inject('e2eDemoTemplate');
  } catch {
    return null; // not in a test run (the benchmarks)
  }
  return template && template.day === shanghaiDate() && fs.existsSync(template.dir) ? template.dir : null;
}

/**
 * Starts the real server process (as `npm start` does); resolves when /healthz answers. Without a
 * data dir it gets a fresh one: a copy of the run's seeded demo when started with the default
 * environment (the same data a first start seeds), else empty and seeded by the server itself.
 */
export async function startServer(env: Record<string, string> = {}, dataDir?: string): Promise<RunningServer> {
  const port = await freePort();
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'gridwork-e2e-'));
  const template = dataDir || Object.keys(env).length > 0 ? null : demoTemplate();
  if (template) fs.cpSync(template, dir, { recursive: true });
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'packages/server/src/main.ts')], {
    cwd: ROOT,
    // strict responses: a reply that does not match its route's schema is a 500 the browser tests see
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      LOG_LEVEL: 'warn',
      GRIDWORK_STRICT_RESPONSES: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${out}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    dataDir: dir,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!dataDir) fs.rmSync(dir, { recursive: true, force: true }); // a dir this helper made
    },
  };
}

/** Debian's Chromium, headless, without the background networking this closed network refuses. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Signs a demo account in on the login page (password gridwork-demo); resolves once the signed-in
 * frame shows, with the path the user landed on (我的走访 for grid workers and leaders, else the map).
 */
export async function signInAs(page: Page, url: string, username: string): Promise<string> {
  await page.goto(url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('gridwork-demo');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.getByTestId('user-menu').waitFor();
  return new URL(page.url()).pathname;
}

/**
 * Poor signal: the first POST to `url` reaches the server but its response is lost (later ones pass).
 * Returns the Idempotency-Key of each POST, in order, as they are sent.
 */
export async function loseFirstResponse(page: Page, url: string): Promise<string[]> {
  const keys: string[] = [];
  await page.route(url, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    keys.push(route.request().headers()['idempotency-key']);
    if (keys.length === 1) {
      await route.fetch();
      await route.abort('failed');
    } else await route.continue();
  });
  return keys;
}

/**
 * For one browser test file: builds the web app, starts a demo server and Chromium before the
 * tests and closes both after them. The fields are set once `beforeAll` has run.
 */
export function demoBrowser(): { server: RunningServer; browser: Browser } {
  const env = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    buildWeb();
    env.server = await startServer();
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

/** A signed-in page of its own context: a phone below 500 px wide (740 high), else a desk screen; zh-CN. */
export async function openAs(
  env: { server: RunningServer; browser: Browser },
  username: string,
  width: number,
  opts: { acceptDownloads?: boolean } = {},
): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width, height: width < 500 ? 740 : 900 }, locale: 'zh-CN', ...opts });
  const page = await context.newPage();
  await signInAs(page, env.server.url, username);
  return page;
}

/**
 * Runs `act`, then waits until the element `testId` reads `text`; on timeout the error says what
 * the page showed instead: the element's text, the alerts and messages on screen and each API
 * write's status since `act` began (a flaky failure then names its cause).
 */
export async function actUntilText(page: Page, act: () => Promise<void>, testId: string, text: string, timeout = 30_000): Promise<void> {
  const writes: string[] = [];
  const onResponse = (r: { request(): { method(): string }; url(): string; status(): number }) => {
    if (r.request().method() !== 'GET' && r.url().includes('/api/'))
      writes.push(`${r.request().method()} ${new URL(r.url()).pathname} ${r.status()}`);
  };
  page.on('response', onResponse);
  try {
    await act();
    await page.waitForFunction(([id, want]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === want, [testId, text], {
      timeout,
    });
  } catch (e) {
    const shown = await page.evaluate((id) => {
      const texts = (sel: string) =>
        Array.from(document.querySelectorAll(sel))
          .map((n) => n.textContent?.trim())
          .filter(Boolean);
      return { now: document.querySelector(`[data-testid="${id}"]`)?.textContent, alerts: texts('.ant-alert, .ant-message-notice') };
    }, testId);
    throw new Error(`${testId} never read ${text}: ${JSON.stringify({ ...shown, writes })} (${(e as Error).message.split('\n')[0]})`);
  } finally {
    page.off('response', onResponse);
  }
}

/** Nothing on the page is wider than the screen. */
export async function expectNoSideScroll(page: Page, where: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `${where}: page width`).toBeLessThanOrEqual(width);
}
