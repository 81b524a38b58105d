/**
 * Field phone benchmark (issue 11, Performance): a real Chromium on a 375 px phone against the demo
 * server, on a slow 3G profile (400 ms round trip, 400 kbit/s each way; Chrome's network emulation)
 * beside the same steps unthrottled, in one run:
 *   (a) cold first visit (signed in, app never loaded): the JavaScript downloaded before the due list
 *       shows (response bodies as sent, brotli or gzip), and the time from navigation to the first card;
 *   (b) warm visit (the service worker installed): navigation → first due card, median of `rounds`;
 *   (c) outbox replay: 20 visits saved offline, then the time from the signal's return until the
 *       outbox is empty (unthrottled only: the server's side).
 * Targets: (a) ≤ 350 KB of JavaScript; (b) < 1.5 s on slow 3G; (c) < 10 s.
 * Run: npm run bench -- field-phone   (prints a table, then JSON as the last line)
 */
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { linkTo, type Link } from '../e2e/link';
import { buildWeb, launchChromium, signInAs, startServer, type RunningServer } from '../e2e/server';

const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const DUE_CARD = '[data-testid="due-card"]';

async function phone(browser: Browser, slow: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'zh-CN' });
  const page = await context.newPage();
  if (slow) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  }
  return { context, page };
}

/**
 * Cold: a phone whose browser holds a session but has never loaded the app opens the due list; the
 * page's scripts (bytes on the wire) are counted until the first card shows.
 */
async function cold(browser: Browser, url: string, slow: boolean) {
  const { context, page } = await phone(browser, slow);
  const login = await context.request.post(`${url}/api/v1/auth/login`, { data: { username: 'worker1', password: 'gridwork-demo' } });
  if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
  let scriptBytes = 0;
  let counting = true;
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (req) => {
    if (!counting || req.resourceType() !== 'script') return;
    pending.push(
      req.sizes().then((s) => {
        scriptBytes += s.responseBodySize;
      }),
    );
  });
  const started = Date.now();
  await page.goto(`${url}/visits/due`, { waitUntil: 'commit' });
  await page.waitForSelector(DUE_CARD);
  const ms = Date.now() - started;
  counting = false;
  await Promise.all(pending);
  await context.close();
  return { scriptBytes, ms };
}

/** Warm: the service worker keeps the shell; median of `rounds` navigations to the due list. */
async function warm(browser: Browser, url: string, slow: boolean, rounds: number) {
  const { context, page } = await phone(browser, false);
  await signInAs(page, url, 'worker1');
  await page.waitForSelector(DUE_CARD);
  await page.evaluate('navigator.serviceWorker.ready');
  if (slow) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  }
  const times: number[] = [];
  const documents: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = Date.now();
    await page.goto(`${url}/visits/due`, { waitUntil: 'commit' });
    await page.waitForSelector(DUE_CARD);
    times.push(Date.now() - started);
    documents.push(
      await page.evaluate(() =>
        Math.round(
          performance.getEntriesByType('navigation')[0].duration
            ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd
            : 0,
        ),
      ),
    );
  }
  await context.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ms: median(times), documentMs: median(documents) };
}

/** 20 visits saved behind a cut link, then the time until the outbox is empty once it is back. */
async function replay(browser: Browser, server: RunningServer, link: Link) {
  const { context, page } = await phone(browser, false);
  await signInAs(page, link.url, 'worker1');
  await page.waitForSelector(DUE_CARD);
  await page.evaluate('navigator.serviceWorker.ready');
  const households: number[] = await page.evaluate(
    `fetch('/api/v1/visits/due?includeMet=true').then((r) => r.json()).then((d) => d.items.map((i) => i.householdId))`,
  );
  link.down();
  await context.setOffline(true);
  for (let i = 0; i < 20; i++) {
    await page.goto(`${link.url}/households/${households[i % households.length]}/visit/new`);
    await page.getByTestId('visit-form-findings').fill(`bench replay ${Date.now()} #${i}`);
    await page.getByTestId('visit-form-submit').click();
    await page.waitForURL((u) => !u.pathname.endsWith('/visit/new'));
  }
  await page.getByTestId('outbox-link').waitFor();
  const started = Date.now();
  link.up();
  await context.setOffline(false);
  await page.getByTestId('outbox-link').waitFor({ state: 'detached', timeout: 120_000 });
  const ms = Date.now() - started;
  await context.close();
  void server;
  return ms;
}

export async function main(opts: { rounds?: number; print?: boolean } = {}) {
  const rounds = opts.rounds ?? Number(process.env.BENCH_ROUNDS ?? 7);
  buildWeb();
  const server = await startServer();
  const link = await linkTo(server.url);
  const browser = await launchChromium();
  try {
    const coldFast = await cold(browser, server.url, false);
    const coldSlow = await cold(browser, server.url, true);
    const warmFast = await warm(browser, server.url, false, rounds);
    const warmSlow = await warm(browser, server.url, true, rounds);
    const replayMs = await replay(browser, server, link);
    const result = {
      name: 'field-phone',
      scriptKB: Math.round(coldFast.scriptBytes / 1024),
      coldMs: { unthrottled: coldFast.ms, slow3g: coldSlow.ms },
      warmMs: { unthrottled: warmFast.ms, slow3g: warmSlow.ms },
      warmDocumentMs: { unthrottled: warmFast.documentMs, slow3g: warmSlow.documentMs },
      replay20Ms: replayMs,
      targets: { scriptKB: coldFast.scriptBytes <= 350 * 1024, warmSlow3g: warmSlow.ms < 1500, replay: replayMs < 10_000 },
      pass: false,
    };
    result.pass = Object.values(result.targets).every(Boolean);
    if (opts.print !== false) {
      console.log(`JavaScript before the due list (cold): ${result.scriptKB} KB on the wire (target ≤ 350)`);
      console.log(`cold due list: ${coldFast.ms} ms unthrottled, ${coldSlow.ms} ms slow 3G`);
      console.log(
        `warm due list (median of ${rounds}): ${warmFast.ms} ms unthrottled, ${warmSlow.ms} ms slow 3G (target < 1500); ` +
          `the document from the service worker: ${warmFast.documentMs} / ${warmSlow.documentMs} ms`,
      );
      console.log(`outbox replay of 20 visits: ${replayMs} ms (target < 10000)`);
      console.log(JSON.stringify(result));
    }
    return result;
  } finally {
    await browser.close();
    await link.close();
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
