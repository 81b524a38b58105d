import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoBrowser, hasChromium, signInAs } from './server';

// Desk work at speed (issue 11 item 8): the hotline operator finds the grid from a typed address and
// files the case; the case list searches by keyword and category with the row count, and a reload
// keeps the filters (they live in the URL); the assign dialog offers units and the case's grid team first.
describe.skipIf(!hasChromium)('desk work in Chromium against the real server (demo mode)', () => {
  const env = demoBrowser();
  const title = `井盖松动 ${Date.now() % 100_000}`;
  let address = '';

  async function desk(username: string): Promise<Page> {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await signInAs(page, env.server.url, username);
    return page;
  }

  it('hotline intake: a typed address proposes its grid, and the address is kept on the case', async () => {
    const page = await desk('hotline1');
    // an address the operator's area knows (from the demo households)
    const known = await page.evaluate(async () => {
      const { items } = await (await fetch('/api/v1/address-lookup?q=%E5%8D%95%E5%85%83&limit=50')).json();
      return items.find((i: { kind: string }) => i.kind === 'household');
    });
    expect(known).toBeTruthy();
    address = known.label;
    await page.goto(`${env.server.url}/cases/new?source=hotline`);
    await page.getByTestId('case-form-address').locator('input').fill(address);
    await page.locator('.ant-select-item-option', { hasText: address }).first().click();
    await page.getByText(`已按地址定位到：${known.grid.name}`).waitFor();
    await page.locator('.gw-grid-field').getByText(known.grid.name).waitFor();
    await page.getByTestId('case-form-category').click();
    await page.locator('.ant-select-item-option', { hasText: '公共设施' }).first().click();
    await page.getByTestId('case-form-title').fill(title);
    await page.getByTestId('case-form-description').fill('来电反映门口井盖松动，踩上去会响');
    await page.getByTestId('case-form-submit').click();
    await page.waitForURL(/\/cases\/\d+$/);
    const caseId = Number(new URL(page.url()).pathname.split('/').pop());
    const saved = await page.evaluate(
      async (id) => (await (await fetch(`/api/v1/cases/${id}`)).json()) as { gridId: number; address: string },
      caseId,
    );
    expect(saved).toMatchObject({ gridId: known.grid.id, address });
  });

  it('the list searches by keyword (here the address) and category, shows the count, and a reload keeps the filters', async () => {
    const page = await desk('hotline1');
    await page.goto(`${env.server.url}/cases?scope=all&status=any`);
    await page.getByTestId('case-total').waitFor();
    const all = await page.getByTestId('case-total').textContent();
    await page.getByTestId('case-keyword').locator('input').fill(address);
    await page.getByTestId('case-keyword').locator('input').press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === address);
    await page.getByTestId('case-total').getByText('共 1 件').waitFor();
    await page.locator('.gw-case-tr', { hasText: title }).waitFor();
    expect(all).not.toBe('共 1 件');

    await page.reload();
    await page.getByTestId('case-total').getByText('共 1 件').waitFor();
    expect(await page.getByTestId('case-keyword').locator('input').inputValue()).toBe(address);
    // 导出 Excel: the list as filtered
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('case-export').click()]);
    expect(download.suggestedFilename()).toBe('案件列表.xlsx');

    await page.getByTestId('case-category-filter').click();
    await page.locator('.ant-select-item-option', { hasText: '矛盾纠纷' }).first().click();
    await page.waitForURL((u) => u.searchParams.get('category') === 'dispute');
    await page.getByTestId('case-total').getByText('共 0 件').waitFor();
    await page.getByTestId('case-search-clear').click();
    await page.waitForURL((u) => !u.searchParams.has('q') && !u.searchParams.has('category'));
    await page
      .getByTestId('case-total')
      .getByText(all ?? '')
      .waitFor();
  });

  it("A1.1 the assign dialog offers units and lists the case's own grid team first", async () => {
    const page = await desk('lead1');
    const target = await page.evaluate(async () => {
      const cases = (await (await fetch('/api/v1/cases?limit=500')).json()) as Array<{ id: number; abilities: { actions: string[] } }>;
      return cases.find((c) => c.abilities.actions.includes('assign'))?.id ?? null;
    });
    expect(target).not.toBeNull();
    await page.goto(`${env.server.url}/cases/${target}`);
    await page.getByTestId('case-action-assign').click();
    await page.getByTestId('case-field-handlingUnit').locator('input').click();
    await page.locator('.ant-select-item-group', { hasText: '案件所在区域' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.ant-select-item-group', { hasText: '案件所在区域' }).waitFor({ state: 'hidden' });
    await page.getByTestId('case-field-handlerId').click();
    const groups = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-group');
    await groups.first().waitFor();
    expect(await groups.first().textContent()).toBe('本网格人员');
  });

  it('A3.3 the register of finished cases is a page: searched by words and dates, exported as filtered', async () => {
    const page = await desk('lead1');
    await page.goto(`${env.server.url}/cases`);
    await page.getByTestId('case-register').click();
    await page.waitForURL(/\/cases\/register$/);
    const rows = page.locator('[data-testid="register-table"] tbody tr.ant-table-row');
    await rows.first().waitFor();
    const all = await page.evaluate(async () => (await (await fetch('/api/v1/cases/register?limit=1000')).json()).length as number);
    expect(all).toBeGreaterThan(0);
    await page.getByText(`共 ${all} 件`).waitFor();
    // a word from one finished case's title narrows the list to the cases holding it
    const word = ((await rows.first().locator('a').textContent()) ?? '').replace(/^#\d+\s*/, '').slice(0, 2);
    await page.getByTestId('register-search').locator('input').fill(word);
    await page.getByTestId('register-search').locator('input').press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === word);
    const matching = await page.evaluate(
      async (q) => (await (await fetch(`/api/v1/cases/register?limit=1000&q=${encodeURIComponent(q)}`)).json()).length as number,
      word,
    );
    await page.getByText(`共 ${matching} 件`).waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('register-export').click()]);
    expect(file.suggestedFilename()).toBe('办结归档登记.xlsx');
    const bytes = await (await import('node:fs/promises')).readFile((await file.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a real xlsx (zip)
    // a date range after every completion leaves nothing
    await page.getByTestId('register-from').fill('2099-01-01');
    await page.getByText('共 0 件').waitFor();
    await page.context().close();
  });

  it('issue 11 item 7: the supervision board, statistics, compliance and verification pages export real xlsx files', async () => {
    const page = await desk('street1');
    const { readFile } = await import('node:fs/promises');
    for (const [path, testId] of [
      ['/supervision', 'board-export'],
      ['/statistics', 'statistics-export'],
      ['/visits/compliance', 'compliance-export'],
      ['/verification', 'verification-export'],
    ]) {
      await page.goto(`${env.server.url}${path}`);
      const button = page.getByTestId(testId);
      await button.waitFor({ timeout: 20_000 });
      const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(file.suggestedFilename(), path).toMatch(/[\u4e00-\u9fff].*\.xlsx$/); // a Chinese file name
      const bytes = await readFile((await file.path())!);
      expect(bytes.subarray(0, 2).toString(), path).toBe('PK'); // a real xlsx (zip)
    }
    await page.context().close();
  });
});
