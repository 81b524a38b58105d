import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoBrowser, hasChromium, signInAs } from './server';

/** Where each grid polygon and the map itself are on screen. */
function boxes(page: Page) {
  return page.evaluate(() => {
    const r = (e: Element) => {
      const b = e.getBoundingClientRect();
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
    };
    return {
      map: r(document.querySelector('[data-testid="grid-map"]')!),
      grids: Array.from(document.querySelectorAll('path.gw-grid')).map(r),
    };
  });
}

// The offline base map (issue 11 item 10): roads and footprints under the grids, with no internet tiles.
describe.skipIf(!hasChromium)('base map in Chromium against the demo server', () => {
  const env = demoBrowser();

  async function openMap(username: string, width: number) {
    const page = await env.browser.newPage({ viewport: { width, height: width < 500 ? 740 : 800 } });
    const landing = await signInAs(page, env.server.url, username);
    if (landing !== '/map') await page.goto(`${env.server.url}/map`);
    await page.getByTestId('grid-map').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('path.gw-road').length > 0, null, { timeout: 30_000 });
    await page.waitForTimeout(600); // the fit and the label declutter settle
    return page;
  }

  it("street1 sees the street's roads under its grids with their names as text, and the grids stay clickable", async () => {
    const page = await openMap('street1', 1280);
    expect(await page.locator('path.gw-road').count()).toBe(14);
    expect(await page.locator('path.gw-building').count()).toBeGreaterThan(100);
    // the avenue's name recurs along it, each a text node of its own element (never parsed markup); once the view settles one shows
    const avenue = page.locator('.gw-road-label', { hasText: '幸福大道' });
    const parts = await avenue.evaluateAll((els) => els.map((el) => [el.textContent, el.querySelectorAll('*:not(span)').length]));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every(([text, markup]) => text === '幸福大道' && markup === 0)).toBe(true);
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll<HTMLElement>('.gw-road-label')).some(
          (el) => el.textContent === '幸福大道' && getComputedStyle(el).display !== 'none' && el.style.visibility !== 'hidden',
        ),
      null,
      { timeout: 10_000 },
    );
    // the roads lie under the grids (their pane is below the grids'), so a click on a grid reaches it
    const [roadPane, gridPane] = await page.evaluate(() =>
      ['path.gw-road', 'path.gw-grid'].map((s) => Number(getComputedStyle(document.querySelector(s)!.closest('.leaflet-pane')!).zIndex)),
    );
    expect(roadPane).toBeLessThan(gridPane);
    await page.locator('path.gw-grid').nth(7).click({ force: false });
    await page.getByTestId('grid-panel').waitFor();
    await page.screenshot({ path: `${env.server.dataDir}/basemap-street1-1280.png` });
    await page.close();
  });

  it.each([1280, 375])("admin's first view (%i px) holds every grid of the street and the town, filling the map", async (width) => {
    const page = await openMap('admin', width);
    const { map, grids } = await boxes(page);
    expect(grids).toHaveLength(44);
    for (const g of grids) {
      expect(g.left).toBeGreaterThanOrEqual(map.left - 1);
      expect(g.right).toBeLessThanOrEqual(map.right + 1);
      expect(g.top).toBeGreaterThanOrEqual(map.top - 1);
      expect(g.bottom).toBeLessThanOrEqual(map.bottom + 1);
    }
    // fitted, not a small patch in the middle: the grids span most of the map one way or the other
    const spanX = Math.max(...grids.map((g) => g.right)) - Math.min(...grids.map((g) => g.left));
    const spanY = Math.max(...grids.map((g) => g.bottom)) - Math.min(...grids.map((g) => g.top));
    expect(Math.max(spanX / (map.right - map.left), spanY / (map.bottom - map.top))).toBeGreaterThan(0.8);
    expect(await page.locator('path.gw-road').count()).toBe(22);
    await page.screenshot({ path: `${env.server.dataDir}/basemap-admin-${width}.png` });
    await page.close();
  });

  it('a grid worker on a phone sees the roads and names around their grid', async () => {
    const page = await openMap('worker1', 375);
    expect(await page.locator('path.gw-road').count()).toBeGreaterThan(2);
    const names = await page
      .locator('.gw-road-label')
      .evaluateAll((els) =>
        els
          .filter((e) => getComputedStyle(e).display !== 'none' && (e as HTMLElement).style.visibility !== 'hidden')
          .map((e) => e.textContent),
      );
    expect(names.length).toBeGreaterThan(1);
    expect(names.every((n) => /^[\u4e00-\u9fa5]+(路|街|大道)$/.test(n ?? ''))).toBe(true);
    await page.screenshot({ path: `${env.server.dataDir}/basemap-worker1-375.png` });
    await page.close();
  });
});
