import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkTo, type Link } from './link';
import { demoBrowser, expectNoSideScroll, hasChromium, ROOT, signInAs } from './server';

// Field work on phones (contract "Field work on phones", issue 11 item 1): the app installs as a PWA
// and opens offline once opened online; visits, case reports and diary entries saved without a
// connection wait on the device through reloads and a closed tab and are sent by themselves, exactly
// once, when the signal returns. The signal is cut for real: the browser reaches the server through
// a relay the test closes (link.ts), and the browser is switched offline too (navigator.onLine).
describe.skipIf(!hasChromium)('offline field work in Chromium (a 375 px phone losing its signal)', () => {
  const env = demoBrowser();
  let link: Link;
  let context: BrowserContext;
  let page: Page;
  const stamp = `离线走访 ${Date.now() % 1_000_000}`;
  const visited: number[] = [];
  // screenshots: E2E_SCREENSHOTS=<dir> keeps them, else they go with the data dir
  const shots = () => process.env.E2E_SCREENSHOTS ?? env.server.dataDir;

  beforeAll(async () => {
    link = await linkTo(env.server.url);
  });
  afterAll(async () => {
    await context?.close();
    await link?.close();
  });

  /** A bearer token for worker1 straight from the server (not through the cut link). */
  async function token(): Promise<string> {
    const res = await fetch(`${env.server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'worker1', password: 'gridwork-demo' }),
    });
    return ((await res.json()) as { token: string }).token;
  }

  /** The visits on the server whose findings carry this run's stamp, by household. */
  async function stampedVisits(householdIds: number[]): Promise<Map<number, string[]>> {
    const auth = { Authorization: `Bearer ${await token()}` };
    const found = new Map<number, string[]>();
    for (const id of new Set(householdIds)) {
      const res = await fetch(`${env.server.url}/api/v1/visits?householdId=${id}&limit=50`, { headers: auth });
      const { items } = (await res.json()) as { items: Array<{ findings: string | null }> };
      found.set(
        id,
        items.map((v) => v.findings ?? '').filter((f) => f.startsWith(stamp)),
      );
    }
    return found;
  }

  /** At least `n` households on worker1's due list (not yet met): registers households of a 70-year-old where needed. */
  async function ensureDue(n: number): Promise<void> {
    await page.evaluate(async (want) => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const grid: number = me.user.roles.find((r: { regionType: string }) => r.regionType === 'grid').regionId;
      const due = await (await fetch('/api/v1/visits/due')).json();
      const open = due.items.filter((i: { bucket: string }) => i.bucket !== 'done').length;
      const post = async (url: string, body: unknown) => {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
          body: JSON.stringify(body),
        });
        if (res.status !== 201) throw new Error(`${url}: ${res.status} ${await res.text()}`);
        return res.json();
      };
      for (let i = open; i < want; i++) {
        const h = await post('/api/v1/households', { gridId: grid, address: `离线测试路 ${i + 1} 号` });
        await post(`/api/v1/households/${h.id}/residents`, {
          name: `测试居民${i + 1}`,
          sex: 'F',
          birthDate: '1950-01-01',
          tags: ['living-alone'],
        });
      }
    }, n);
  }

  /**
   * Taps a due card's 走访 and waits for the form; a tap the list swallowed while it re-rendered
   * (its device copy replaced by the answer) is tapped again, up to three times.
   */
  async function openVisitForm(button: ReturnType<Page['getByRole']>, what: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await button.click();
      try {
        await page.waitForURL(/\/visit\/new$/, { timeout: 8_000 });
        return;
      } catch (e) {
        if (attempt === 3) {
          await page.screenshot({ path: `${shots()}/offline-${what.replace(/\s/g, '-')}-failed.png`, fullPage: true });
          throw new Error(`${what}: the form did not open (at ${page.url()})`, { cause: e });
        }
      }
    }
  }

  async function waitForShell(on: Page = page): Promise<void> {
    await on.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
  }

  it("installs: a manifest with PNG icons, and a service worker that keeps the shell and every page's code", async () => {
    context = await env.browser.newContext({
      viewport: { width: 375, height: 740 },
      locale: 'zh-CN',
      permissions: ['geolocation'],
      geolocation: { latitude: 39.9, longitude: 116.4 },
    });
    page = await context.newPage();
    expect(await signInAs(page, link.url, 'worker1')).toBe('/visits/due');
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
      const m = await (await fetch(href)).json();
      const icons = await Promise.all(
        m.icons.map(async (i: { src: string; sizes: string; purpose: string }) => {
          const res = await fetch(i.src);
          const bytes = new Uint8Array(await res.arrayBuffer());
          return { sizes: i.sizes, purpose: i.purpose, type: res.headers.get('content-type'), png: bytes[1] === 0x50 && bytes[2] === 0x4e };
        }),
      );
      return { name: m.name, display: m.display, startUrl: m.start_url, icons };
    });
    expect(manifest).toMatchObject({ name: '网格通 Gridwork', display: 'standalone', startUrl: '/' });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect(icon).toMatchObject({ type: 'image/png', png: true });

    await waitForShell();
    const cached = await page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => n.startsWith('gridwork-shell-'))!;
      const cache = await caches.open(name);
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    const built = fs
      .readdirSync(path.join(ROOT, 'packages/web/dist/assets'))
      .filter((f) => !/\.(gz|br)$/.test(f))
      .map((f) => `/assets/${f}`);
    expect(built.length).toBeGreaterThan(20);
    expect(cached).toEqual(expect.arrayContaining(['/index.html', '/manifest.webmanifest', ...built]));
  });

  it("the phone home: a tab bar (待办 走访 上报 消息 我的) and 待办 with today's counts", async () => {
    const tabs = page.getByTestId('phone-tabbar');
    await tabs.waitFor();
    expect(await tabs.locator('.gw-tab-label').allTextContents()).toEqual(['待办', '走访', '上报', '消息', '我的']);
    expect(await tabs.getByRole('link').count()).toBe(5);
    await page.getByTestId('tab-todo').click();
    await page.waitForURL(/\/todo$/);
    const today = page.getByTestId('todo-visitsToday');
    // every count has come (the diary tile shows once the region tree says the worker keeps a diary)
    await page.waitForFunction(() =>
      ['visitsToday', 'casesWaiting', 'feedbackDue', 'diariesToWrite'].every(
        (k) => (document.querySelector(`[data-testid="todo-${k}"]`)?.getAttribute('data-count') ?? '') !== '',
      ),
    );
    const due = await page.evaluate(async () => (await (await fetch('/api/v1/visits/due')).json()).items as Array<{ bucket: string }>);
    expect(Number(await today.getAttribute('data-count'))).toBe(due.filter((i) => i.bucket === 'overdue' || i.bucket === 'today').length);
    for (const key of ['casesWaiting', 'feedbackDue', 'diariesToWrite']) {
      expect(await page.getByTestId(`todo-${key}`).getAttribute('data-count'), key).toMatch(/^\d+$/);
    }
    await expectNoSideScroll(page, 'todo');
    await page.screenshot({ path: `${shots()}/todo-375.png` });
    await page.getByTestId('tab-visits').click();
    await page.waitForURL(/\/visits\/due$/);
  });

  it('on a poor signal the due list shows the copy the device kept while the server has not answered yet', async () => {
    // the server's answer to the due list is held back until the cards have shown
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = 0;
    await page.route('**/api/v1/visits/due*', async (route) => {
      asked += 1;
      await held;
      await route.continue().catch(() => undefined);
    });
    await page.reload();
    await page.getByTestId('due-card').first().waitFor({ timeout: 15_000 });
    expect(asked).toBeGreaterThan(0);
    release();
    await page.unroute('**/api/v1/visits/due*');
  });

  it('20 visits saved offline, through a reload and a closed tab, reach the server exactly once each when the signal returns', async () => {
    await ensureDue(21);
    await page.goto(`${link.url}/visits/due`);
    await page.getByTestId('due-card').first().waitFor();

    // the signal goes; the app opens again without it (shell from the service worker, the list from the device)
    link.down();
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('due-card').first().waitFor();
    await page.getByTestId('offline-tag').waitFor();
    await expectNoSideScroll(page, 'due list offline');

    for (let i = 0; i < 20; i++) {
      if (i === 10) {
        // the tab is closed and the app opened again, still offline: the ten saved visits wait on the device
        await page.close();
        page = await context.newPage();
        await page.goto(`${link.url}/visits/due`);
        await page.getByTestId('due-card').first().waitFor();
        await page.getByTestId('outbox-link').waitFor();
        expect(await page.getByTestId('outbox-link').getAttribute('data-waiting')).toBe('10');
      }
      const card = page.locator('[data-testid="due-card"]:not([data-queued]):not([data-bucket="done"])').first();
      visited.push(Number(await card.getAttribute('data-household-id')));
      await openVisitForm(card.getByRole('button', { name: '走访', exact: true }), `visit ${i + 1}`);
      await page.getByTestId('visit-form-findings').fill(`${stamp} #${i + 1}`);
      if (i === 0) await page.screenshot({ path: `${shots()}/visit-form-offline-375.png`, fullPage: true });
      await page.getByRole('button', { name: '保存走访', exact: true }).click();
      await page.waitForURL(/\/visits\/due$/);
      await page.locator(`[data-testid="due-card"][data-household-id="${visited[i]}"][data-queued]`).waitFor();
    }
    expect(new Set(visited).size).toBe(20);
    await page.getByTestId('outbox-link').waitFor();
    expect(await page.getByTestId('outbox-link').getAttribute('data-waiting')).toBe('20');
    await page.screenshot({ path: `${shots()}/due-offline-queued-375.png`, fullPage: true });
    const before = await stampedVisits(visited);
    expect([...before.values()].flat()).toHaveLength(0); // nothing reached the server

    // the signal returns: the outbox empties by itself
    const started = Date.now();
    link.up();
    await context.setOffline(false);
    await page.getByTestId('outbox-link').waitFor({ state: 'detached', timeout: 90_000 });
    const replayMs = Date.now() - started;
    console.log(`outbox replay of 20 visits: ${replayMs} ms`);

    // exactly twenty on the server, one per household, even after another replay trigger
    await context.setOffline(true);
    await context.setOffline(false);
    await page.waitForTimeout(1500);
    const after = await stampedVisits(visited);
    expect([...after.values()].flat().sort()).toEqual(Array.from({ length: 20 }, (_, i) => `${stamp} #${i + 1}`).sort());
    for (const [household, findings] of after) expect(findings, `household ${household}`).toHaveLength(1);
  });

  it('A1.6 offline, a problem on a visit: the report takes the findings and links to the visit once sent; a diary waits too', async () => {
    const household = page.locator('[data-testid="due-card"]:not([data-bucket="done"])').first();
    await household.waitFor();
    const householdId = Number(await household.getAttribute('data-household-id'));
    link.down();
    await context.setOffline(true);

    await openVisitForm(household.getByRole('button', { name: '走访', exact: true }), 'visit with a problem');
    // the form opens at its top, and asks for the position itself
    expect(await page.evaluate(() => document.querySelector('.gw-content')!.scrollTop)).toBe(0);
    await page.getByTestId('visit-form-gps-fix').waitFor();
    await page.getByTestId('visit-form-findings').fill(`${stamp} 楼道灯坏了\n三楼到五楼的楼道灯不亮`);
    await page.getByTestId('visit-form-needs').fill('希望尽快修好');
    await page.getByTestId('visit-form-report').click();
    await page.getByRole('button', { name: '保存走访', exact: true }).click();
    await page.waitForURL(/\/cases\/new\?/);
    expect(new URL(page.url()).searchParams.get('afterKey')).toMatch(/^[0-9a-f-]{36}$/);
    const title = await page.getByTestId('case-form-title').inputValue();
    expect(title).toContain('楼道灯坏了');
    expect(await page.getByTestId('case-form-description').inputValue()).toBe(`${stamp} 楼道灯坏了\n三楼到五楼的楼道灯不亮\n希望尽快修好`);
    // categories and the grid's classes come from the device
    await page.getByTestId('case-form-category').click();
    await page.locator('.ant-select-item-option').first().click();
    await page.getByTestId('case-form-submit').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/cases/new'));

    // a diary entry, offline too
    await page.goto(`${link.url}/diaries/new`);
    await page.getByTestId('diary-form-submit').waitFor();
    await page.getByTestId('diary-form-place').fill('和平社区第一网格');
    await page.getByTestId('diary-form-people').fill('独居老人');
    await page.getByTestId('diary-form-content').fill(`${stamp} 入户了解独居老人用电安全`);
    await page.getByTestId('diary-form-submit').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/diaries/new'));
    await page.getByTestId('outbox-link').waitFor();
    expect(await page.getByTestId('outbox-link').getAttribute('data-waiting')).toBe('3');
    await page.goto(`${link.url}/outbox`);
    await page.getByTestId('outbox-item').nth(2).waitFor();
    expect(await page.getByTestId('outbox-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual([
      'visit',
      'case',
      'diary',
    ]);
    await expectNoSideScroll(page, 'outbox');
    await page.screenshot({ path: `${shots()}/outbox-375.png`, fullPage: true });

    link.up();
    await context.setOffline(false);
    await page.getByTestId('outbox-empty').waitFor({ timeout: 60_000 });
    const auth = { Authorization: `Bearer ${await token()}` };
    const visits = (await (
      await fetch(`${env.server.url}/api/v1/visits?householdId=${householdId}&limit=50`, { headers: auth })
    ).json()) as {
      items: Array<{ id: number; findings: string | null }>;
    };
    const visit = visits.items.filter((v) => v.findings?.includes('楼道灯坏了'));
    expect(visit).toHaveLength(1);
    const cases = (await (await fetch(`${env.server.url}/api/v1/cases?mine=true`, { headers: auth })).json()) as Array<{
      id: number;
      title: string;
      visitId?: number | null;
    }>;
    const filed = cases.filter((c) => c.title === title);
    expect(filed).toHaveLength(1);
    const detail = (await (await fetch(`${env.server.url}/api/v1/cases/${filed[0].id}`, { headers: auth })).json()) as {
      visitId?: number | null;
    };
    expect(detail.visitId).toBe(visit[0].id);
    const diaries = (await (await fetch(`${env.server.url}/api/v1/diaries?limit=200`, { headers: auth })).json()) as {
      items: Array<{ content: string }>;
    };
    expect(diaries.items.filter((d) => d.content.startsWith(stamp))).toHaveLength(1);
  });

  it('sign-out deletes what the device kept (the copies and the drafts); the language stays', async () => {
    await page.goto(`${link.url}/diaries/new`);
    await page.getByTestId('diary-form-content').fill('草稿：尚未保存');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gw.diaryDraft')).length)).toBe(1);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    const left = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      keys: Object.keys(localStorage).filter((k) => k.startsWith('gw.')),
    }));
    expect(left.databases).not.toContain('gridwork-device');
    expect(left.keys.filter((k) => k !== 'gw.lang')).toEqual([]);
  });

  it('a session the server ended does not come back offline from the device', async () => {
    const other = await env.browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'zh-CN' });
    const p = await other.newPage();
    expect(await signInAs(p, link.url, 'worker1')).toBe('/visits/due');
    await p.getByTestId('due-card').first().waitFor();
    await waitForShell(p); // the app would open offline
    await other.clearCookies(); // the session ends (as when the server ends it)
    await p.reload();
    await p.waitForURL(/\/login/);
    link.down();
    await other.setOffline(true);
    await p.goto(`${link.url}/visits/due`);
    await p.waitForURL(/\/login/);
    expect(await p.getByTestId('due-card').count()).toBe(0);
    link.up();
    await other.close();
  });
});
