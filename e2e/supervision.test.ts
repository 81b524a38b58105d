import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoBrowser, hasChromium, signInAs } from './server';

// 督办看板 and 热线登记 in the browser against the demo (~300 street cases, some yellow and red):
// supervisor1 drills from 幸福街道 to a community's workstations; hotline1 sees the hotline register.
describe.skipIf(!hasChromium)('supervision board and hotline register in Chromium (demo mode)', () => {
  const env = demoBrowser();

  /** Signs in and checks the landing page: the map, or 我的走访 for grid workers and leaders. */
  async function signIn(username: string, landing = '/map'): Promise<Page> {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    expect(await signInAs(page, env.server.url, username), `${username} lands on`).toBe(landing);
    if (landing === '/map') await page.getByTestId('grid-map').waitFor();
    else await page.getByTestId('due-refresh').waitFor();
    return page;
  }

  it('supervisor1 opens 督办看板: red cases under 幸福街道, 3 communities, a community drills down to its workstations', async () => {
    const page = await signIn('supervisor1');
    await page.getByTestId('notice-bell').waitFor();
    expect(await page.getByTestId('nav-hotline').count()).toBe(1);
    await page.getByTestId('nav-supervision').click();
    const totals = page.getByTestId('board-totals');
    await totals.waitFor();
    await page.locator('.gw-page-header', { hasText: '幸福街道' }).waitFor();
    expect(Number(await totals.getAttribute('data-red'))).toBeGreaterThan(0);
    expect(Number(await totals.getAttribute('data-open'))).toBeGreaterThan(0);
    await expect(totals.getByText('红灯').isVisible()).resolves.toBe(true);

    const rows = page.getByTestId('board-child-row');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="board-child-row"]').length === 3);
    const texts = await rows.allInnerTexts();
    expect(texts.every((t) => t.includes('社区'))).toBe(true);
    const community = (await rows.first().locator('td').first().innerText()).replace(/社区$/, '').trim();

    await rows.first().click();
    await page.locator('.gw-page-header', { hasText: community }).waitFor();
    await page.waitForFunction(() => {
      const r = Array.from(document.querySelectorAll('[data-testid="board-child-row"]'));
      return r.length > 0 && r.every((e) => e.textContent?.includes('工作站'));
    });
    expect(await page.getByTestId('board-case-row').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('hotline1 opens 热线登记 and sees the hotline cases; 登记来电 opens the form with the hotline source', async () => {
    const page = await signIn('hotline1');
    await page.getByTestId('nav-hotline').click();
    await page.getByTestId('hotline-row').first().waitFor();
    expect(await page.getByTestId('hotline-row').count()).toBeGreaterThan(0);
    await page.getByTestId('hotline-new').click();
    await page.getByTestId('case-form-title').waitFor();
    await page.locator('form').getByText('热线', { exact: true }).first().waitFor();
    await page.context().close();
  });

  it('supervisor1 opens an urgent case from the board and adds a 督办意见 that shows in 批注', async () => {
    const page = await signIn('supervisor1');
    await page.getByTestId('nav-supervision').click();
    const row = page.getByTestId('board-case-row').first();
    await row.waitFor();
    await row.locator('a').first().click();
    await page.waitForURL(/\/cases\/\d+$/);
    await page.getByTestId('annotation-list').waitFor({ state: 'attached' });
    const before = await page.getByTestId('annotation-item').count();

    await page.getByTestId('annotation-form-kind').click();
    await page.locator('.ant-select-item-option', { hasText: '督办意见' }).click();
    await page.getByTestId('annotation-form-text').fill('请尽快办理');
    await page.getByTestId('annotation-submit').click();

    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="annotation-item"]').length === n + 1, before);
    const last = page.getByTestId('annotation-item').last();
    expect(await last.getByTestId('annotation-kind').innerText()).toBe('督办意见');
    expect(await last.getByTestId('annotation-text').innerText()).toBe('请尽快办理');
    await page.context().close();
  });

  it('worker1 (one grid) sees neither 督办看板 nor 热线登记', async () => {
    const page = await signIn('worker1', '/visits/due');
    await page.getByTestId('nav-map').waitFor();
    expect(await page.getByTestId('nav-supervision').count()).toBe(0);
    expect(await page.getByTestId('nav-hotline').count()).toBe(0);
    await page.context().close();
  });
});
