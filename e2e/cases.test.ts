import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { actUntilText, demoBrowser, hasChromium, loseFirstResponse, signInAs } from './server';

// Cases in the browser (issue 3, item 10): a grid worker files a case from the phone-sized form in
// their own grid (A1.1, A1.7), sees it in "my cases" with a green light; the grid leader accepts it
// through the action bar (A2.2); a community grid lead merges a case into a suggested case of the
// neighbouring grid. Needs Debian's chromium; skipped without it (README).
describe.skipIf(!hasChromium)('cases in Chromium against the real server (demo mode)', () => {
  const env = demoBrowser();
  let caseId = 0;
  const title = `楼道堆放杂物 ${Date.now() % 100_000}`;

  /** Signs in and checks the landing page: 我的走访 for grid workers and leaders (the map has its own tests). */
  async function signIn(context: BrowserContext, username: string, landing = '/visits/due'): Promise<Page> {
    const page = await context.newPage();
    expect(await signInAs(page, env.server.url, username), `${username} lands on`).toBe(landing);
    return page;
  }

  /** A point inside the user's own grid: the mean of its polygon's corners (the demo grids are convex). */
  async function pointInOwnGrid(page: Page): Promise<{ latitude: number; longitude: number }> {
    return page.evaluate(async () => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const gridId = me.user.roles.find((r: { regionType: string }) => r.regionType === 'grid').regionId;
      const fc = await (await fetch(`/api/v1/grids/geojson?regionId=${gridId}`)).json();
      const ring: number[][] = fc.features[0].geometry.coordinates[0].slice(0, -1);
      const mean = (i: number) => ring.reduce((s, p) => s + p[i], 0) / ring.length;
      return { latitude: mean(1), longitude: mean(0) };
    });
  }

  async function pick(page: Page, testId: string, option: string) {
    await page.getByTestId(testId).click();
    await page.locator('.ant-select-item-option', { hasText: option }).first().click();
  }

  async function fillIntake(page: Page) {
    await pick(page, 'case-form-category', '安全隐患');
    await page.getByTestId('case-form-title').fill(title);
    await page.getByTestId('case-form-description').fill('3号楼二单元楼道堆放纸箱和旧家具，影响通行');
    await page.getByTestId('case-form-reporter-name').fill('张三');
    await page.getByTestId('case-form-reporter-phone').fill('13812345678');
  }

  it('A1.7 worker1 files a case from the phone (375×740) in their grid', async () => {
    // … a lost response is retried with the same Idempotency-Key and files it once
    const context = await env.browser.newContext({
      viewport: { width: 375, height: 740 },
      permissions: ['geolocation'],
      geolocation: { latitude: 0, longitude: 0 },
    });
    const page = await signIn(context, 'worker1');
    await context.setGeolocation(await pointInOwnGrid(page));

    await page.getByTestId('nav-open').click();
    await page.getByTestId('nav-cases').click();
    await page.getByTestId('case-new').click();
    await page.getByTestId('case-form-title').waitFor();
    // Defaults: the worker's own grid, the field source, the general class with its limit from the policy in force.
    const form = page.locator('form');
    await form.locator('.gw-grid-field').getByText('和平社区第一网格').waitFor();
    await form.getByText('一般问题 · 5 个工作日').waitFor();
    await form.getByText('网格巡查').waitFor();
    await page.getByTestId('case-form-locate').click();
    await page.getByText('已定位到：和平社区第一网格').waitFor();

    await fillIntake(page);

    // Poor signal: the first POST reaches the server but its response is lost.
    const keys = await loseFirstResponse(page, '**/api/v1/cases');
    await page.getByTestId('case-form-submit').click();
    await page.getByTestId('case-form-network-error').waitFor();
    expect(await page.getByTestId('case-form-title').inputValue()).toBe(title);
    await page.getByTestId('case-form-retry').click();
    await page.waitForURL(/\/cases\/\d+$/);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    caseId = Number(new URL(page.url()).pathname.split('/').pop());
    expect(await page.getByTestId('case-status').textContent()).toBe('已登记');
    expect(await page.getByTestId('case-action-accept').count()).toBe(0); // a grid worker does not accept

    await page.getByText('返回案件列表').click();
    const row = page.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-light')).toBe('green');
    expect(await row.textContent()).toContain('已登记');
    expect(await page.getByTestId('case-list').getByText(title).count()).toBe(1);
    await page.screenshot({ path: `${env.server.dataDir}/cases-worker1-375.png` });
    await context.close();
  });

  it('A2.2 leader1 opens the case and accepts it through the action bar; the status shows 已受理', async () => {
    expect(caseId).toBeGreaterThan(0);
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await signIn(context, 'leader1');
    await page.getByTestId('nav-cases').click();
    await page.getByText('全部案件').click();
    await page.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`).getByText(title).click();
    const accept = async () => {
      await page.getByTestId('case-action-accept').click();
      await page.getByTestId('case-action-submit').click();
    };
    await actUntilText(page, accept, 'case-status', '已受理');
    expect(await page.getByTestId('case-action-accept').count()).toBe(0);
    expect(await page.getByTestId('case-action-start').count()).toBe(1);
    expect(await page.getByTestId('case-timeline').textContent()).toContain('已登记 → 已受理');
    await page.screenshot({ path: `${env.server.dataDir}/cases-leader1-1280.png` });
    await context.close();
  });

  it('lead1 merges a case into a suggestion from the neighbouring grid: once picked, the case selector shows it by its title', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await signIn(context, 'lead1', '/map');
    // two reports of the same broken street lamp, a few metres apart on both sides of a grid boundary
    const made = await page.evaluate(async () => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const fc = await (await fetch(`/api/v1/grids/geojson?regionId=${me.user.roles[0].regionId}`)).json();
      type Feature = { id?: number; properties: { id?: number }; geometry: { coordinates: number[][][] } };
      const key = (p: number[]) => `${p[0].toFixed(7)},${p[1].toFixed(7)}`;
      const post = async (body: unknown) => {
        const res = await fetch('/api/v1/cases', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
          body: JSON.stringify(body),
        });
        if (res.status !== 201) throw new Error(`POST /cases: ${res.status} ${await res.text()}`);
        return (await res.json()) as { id: number; title: string; gridId: number };
      };
      const features = fc.features as Feature[];
      for (const a of features) {
        for (const b of features) {
          if (a === b) continue;
          const corners = new Set(b.geometry.coordinates[0].map(key));
          const v = a.geometry.coordinates[0].find((p) => corners.has(key(p)));
          if (!v) continue;
          // a step from the shared corner towards each grid's centre (the demo grids are convex)
          const inside = (f: Feature) => {
            const ring = f.geometry.coordinates[0].slice(0, -1);
            const mean = (i: number) => ring.reduce((sum, p) => sum + p[i], 0) / ring.length;
            return { lng: v[0] + (mean(0) - v[0]) * 0.05, lat: v[1] + (mean(1) - v[1]) * 0.05 };
          };
          const base = { description: '路灯不亮，夜间出行不便', category: 'public-facility', caseClass: 'general', source: 'field' };
          const from = await post({ ...base, title: '和平路路灯不亮', gridId: a.properties.id ?? a.id, location: inside(a) });
          const into = await post({ ...base, title: '和平路口路灯不亮（邻格）', gridId: b.properties.id ?? b.id, location: inside(b) });
          return { from, into };
        }
      }
      throw new Error('no two grids share a corner');
    });
    expect(made.into.gridId).not.toBe(made.from.gridId);

    await page.goto(`${env.server.url}/cases/${made.from.id}`);
    await page.getByTestId('case-action-merge').click();
    const suggestion = page.getByTestId(`merge-suggestion-${made.into.id}`);
    await suggestion.getByRole('button').click();
    await suggestion.getByText('已选').waitFor();
    const selector = page.locator('.ant-modal .ant-select');
    await selector.getByText(`#${made.into.id} ${made.into.title}`).waitFor();
    expect((await selector.innerText()).trim()).toBe(`#${made.into.id} ${made.into.title}`);
    await page.getByTestId('case-action-submit').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    const merged = await page.evaluate(
      async (id) => (await (await fetch(`/api/v1/cases/${id}`)).json()) as { status: string; mergedInto: number | null },
      made.from.id,
    );
    expect(merged.mergedInto).toBe(made.into.id);
    await context.close();
  });
});
