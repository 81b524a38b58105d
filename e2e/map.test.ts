import { describe, expect, it } from 'vitest';
import { demoBrowser, hasChromium, signInAs } from './server';

// Needs Debian's chromium (CI installs it); on a machine without it this file is skipped (README).
describe.skipIf(!hasChromium)('web app in Chromium against the real server (demo mode)', () => {
  const env = demoBrowser();

  /** Signs in, checks where the user lands (我的走访 for grid workers and leaders), then opens the map from the menu. */
  async function signIn(username: string, landing = '/map') {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    expect(await signInAs(page, env.server.url, username), `${username} lands on`).toBe(landing);
    if (landing !== '/map') {
      await page.getByTestId('nav-map').click();
      await page.waitForURL(/\/map$/);
    }
    return page;
  }

  it("A8.3 street1 signs in and sees the street's 36 grids on the map", async () => {
    const page = await signIn('street1');
    await page.getByTestId('grid-map').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.gw-grid').length >= 36, null, { timeout: 30_000 });
    expect(await page.locator('.gw-grid').count()).toBe(36);
    const codes = await page.locator('.gw-grid').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(new Set(codes).size).toBe(36);
    expect(codes.every((c) => c?.startsWith('110199001'))).toBe(true);
    await expect(page.getByText('演示模式').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${env.server.dataDir}/map-street1.png` });
    await page.close();
  });

  it('A1.1 worker1 sees only their own grid on the map', async () => {
    const page = await signIn('worker1', '/visits/due');
    await page.getByTestId('grid-map').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.gw-grid').length >= 1, null, { timeout: 30_000 });
    await page.waitForTimeout(500);
    expect(await page.locator('.gw-grid').count()).toBe(1);
    await page.close();
  });

  // Each demo account sees its own part of the demo on the map, and only the pages its abilities allow
  // (走访统计 for household readers above the grid and grid leaders; 我的走访, and landing there, for grid workers and leaders).
  const HOUSEHOLD_PAGES = ['households', 'roster', 'visit-stats'];
  const ACCOUNTS: Array<[string, number, string[]]> = [
    ['admin', 44, ['regions', 'users', 'audit', ...HOUSEHOLD_PAGES]],
    ['street1', 36, ['regions', 'users', ...HOUSEHOLD_PAGES]],
    ['lead1', 12, ['regions', 'users', ...HOUSEHOLD_PAGES]], // A8.3 appoints workstation staff and grid leaders
    ['station1', 6, HOUSEHOLD_PAGES],
    ['leader1', 1, ['visits', 'households', 'roster', 'visit-stats']], // A11.1 their grid's compliance
    ['worker2', 1, ['visits', 'households', 'roster']],
    ['hotline1', 36, []],
    ['supervisor1', 36, ['audit', 'households', 'visit-stats']],
    ['dept1', 44, []],
    ['town1', 8, ['regions', 'users', ...HOUSEHOLD_PAGES]],
    ['townworker1', 1, ['visits', 'households', 'roster']],
  ];
  it.each(ACCOUNTS)('demo account %s sees %i grids and its own pages', async (username, grids, extraPages) => {
    const page = await signIn(username, extraPages.includes('visits') ? '/visits/due' : '/map');
    await page.getByTestId('grid-map').waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('.gw-grid').length >= n, grids, { timeout: 30_000 });
    await page.waitForTimeout(300);
    expect(await page.locator('.gw-grid').count()).toBe(grids);
    for (const always of ['map', 'policy', 'calendar']) expect(await page.getByTestId(`nav-${always}`).count()).toBeGreaterThan(0);
    for (const key of ['regions', 'users', 'audit', 'visits', ...HOUSEHOLD_PAGES]) {
      expect(await page.getByTestId(`nav-${key}`).count(), `${username} nav-${key}`).toBe(extraPages.includes(key) ? 1 : 0);
    }
    await page.close();
  });

  it('a page the menu hides, opened by its address, leads to the map instead of a refused request: dept1 at 我的走访', async () => {
    const page = await signIn('dept1');
    const refused: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 403) refused.push(new URL(r.url()).pathname);
    });
    await page.goto(`${env.server.url}/visits/due`);
    await page.waitForURL(/\/map$/);
    await page.getByTestId('grid-map').waitFor();
    expect(refused).toEqual([]);
    await page.close();
  });

  it('a wrong password shows a generic error and stays on the login page', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url);
    await page.getByTestId('login-username').fill('worker1');
    await page.getByTestId('login-password').fill('wrong-password');
    await page.getByTestId('login-submit').click();
    await page.getByRole('alert').first().waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('grid-map').count()).toBe(0);
    await page.close();
  });
});
