import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoBrowser, hasChromium, signInAs } from './server';

// Statistics, the tracking-feedback form and Open311 keys in the browser against the demo
// (issue 3, items 5, 9, 10): street1 sees the charts drawn on canvases and prints a case's form
// (A3.2); admin issues an Open311 client key, shown once.
describe.skipIf(!hasChromium)('statistics, feedback form and Open311 clients in Chromium (demo mode)', () => {
  const env = demoBrowser();

  async function signIn(username: string): Promise<Page> {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, env.server.url, username);
    await page.getByTestId('grid-map').waitFor();
    return page;
  }

  it('street1 opens 统计分析: summary cards of the street and six charts drawn on canvases', async () => {
    const page = await signIn('street1');
    await page.getByTestId('nav-statistics').click();
    const cards = page.getByTestId('stat-cards');
    await cards.waitFor();
    expect(Number(await cards.getAttribute('data-received'))).toBeGreaterThan(0);
    expect(await page.getByTestId('stat-card-onTimeRate').innerText()).toMatch(/\d+\.\d%/);
    for (const chart of ['trend', 'volume', 'category', 'tier', 'region', 'satisfaction']) {
      const canvas = page.locator(`[data-testid="chart-${chart}"] canvas`).first();
      await canvas.waitFor();
      const size = await canvas.evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height }));
      expect(size.w, chart).toBeGreaterThan(100);
      expect(size.h, chart).toBeGreaterThan(100);
    }
    // the sub-region table lists the street's communities
    expect(await page.getByTestId('stat-table').innerText()).toContain('社区');
    // the range switch shows the range the page opened with (the last 12 months), and follows a pick
    const presets = page.getByTestId('stat-presets');
    expect(await presets.locator('.ant-segmented-item-selected').innerText()).toBe('近 12 个月');
    await presets.getByText('本月', { exact: true }).click();
    await expect.poll(() => presets.locator('.ant-segmented-item-selected').innerText()).toBe('本月');
    expect(await page.getByTestId('stat-from').inputValue()).toMatch(/-01$/);
    await page.screenshot({ path: `${env.server.dataDir}/statistics-street1.png`, fullPage: true });
    await page.context().close();
  });

  it('A3.2 street1 opens a case and prints its tracking-feedback form: title, case number, no app chrome', async () => {
    const page = await signIn('street1');
    const caseId = await page.evaluate(async () => {
      const list = await (await fetch('/api/v1/cases?status=finished&limit=1')).json();
      return list[0].id as number;
    });
    await page.goto(`${env.server.url}/cases/${caseId}`);
    await page.getByTestId('case-print-form').click();
    await page.waitForURL(new RegExp(`/cases/${caseId}/print$`));
    const form = page.getByTestId('feedback-form');
    await form.waitFor();
    const text = await form.innerText();
    expect(text).toContain('群众诉求办理跟踪反馈表');
    expect(await page.getByTestId('feedback-form-case-no').innerText()).toContain(String(caseId));
    for (const label of ['经办人', '网格员', '负责人', '群众签字']) expect(text).toContain(label);
    expect(await page.locator('.gw-header').count()).toBe(0); // outside the app frame
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('feedback-form-print').isVisible()).toBe(false);
    const width = await form.evaluate((el) => el.getBoundingClientRect().width);
    expect(Math.round(width)).toBe(Math.round((210 / 25.4) * 96)); // 210 mm at 96 px per inch
    await page.screenshot({ path: `${env.server.dataDir}/feedback-form.png`, fullPage: true });
    await page.context().close();
  });

  it('admin creates an Open311 client and sees its key once; the list never shows it again', async () => {
    const page = await signIn('admin');
    await page.getByTestId('nav-open311').click();
    // the demo client (key demo-open311-key) is listed, never its key
    await page.getByTestId('open311-row').filter({ hasText: '演示 Open311 客户端' }).waitFor();
    const before = await page.getByTestId('open311-row').count();
    await page.getByTestId('open311-create').click();
    await page.getByTestId('open311-name').fill('市民热线平台');
    await page.getByTestId('region-picker').click();
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '幸福街道' }).first().click();
    await page.getByTestId('open311-create-submit').click();
    const keyBox = page.getByTestId('open311-key');
    await keyBox.waitFor();
    const key = (await keyBox.innerText()).trim();
    expect(key).toMatch(/^o311_[A-Za-z0-9_-]{20,}$/);
    await page.getByTestId('open311-key-done').click();
    await page.getByTestId('open311-row').filter({ hasText: '市民热线平台' }).waitFor();
    expect(await page.getByTestId('open311-row').count()).toBe(before + 1);
    expect(await page.getByTestId('open311-page').innerText()).not.toContain(key);
    // the key works on the public API (a filtered read needs a valid key)
    const res = await page.evaluate(async (k) => (await fetch(`/open311/v2/requests.json?api_key=${encodeURIComponent(k)}`)).status, key);
    expect(res).toBe(200);
    await page.context().close();
  });
});
