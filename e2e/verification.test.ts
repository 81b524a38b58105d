import { beforeAll, describe, expect, it } from 'vitest';
import { demoBrowser, hasChromium, signInAs } from './server';

// Verification in the browser (issue 4, item 6): workstation staff on a phone draw the quarter's
// sample (A8.2, D8), open a task, confirm every field but correct the address, submit, and see the
// discrepancy rate per grid. Needs Debian's chromium; skipped without it (README).
describe.skipIf(!hasChromium)('verification in Chromium against the real server (demo mode)', () => {
  const env = demoBrowser();
  let shots = '';
  const phone = '13900002222';

  beforeAll(() => {
    shots = process.env.E2E_SCREENSHOTS ?? env.server.dataDir;
  });

  it('A8.2 station1 on a phone (375×740): draw → counts per class → task form with a correction → result → rate per grid', async () => {
    const context = await env.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await signInAs(page, env.server.url, 'station1');
    await page.getByTestId('grid-map').waitFor();

    // two households of the station's first grid, their members living there since before the quarter
    await page.evaluate(async (secret) => {
      const grids = await (await fetch('/api/v1/grids')).json();
      const post = async (url: string, body: unknown) => {
        const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        if (res.status !== 201) throw new Error(`${url}: ${res.status} ${await res.text()}`);
        return res.json();
      };
      const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
      const joinedOn = `${Number(today.slice(0, 4)) - 1}-06-01`;
      for (const [address, birthDate, tags] of [
        ['核验路 1 号', '1948-04-04', []],
        ['核验路 2 号', '1982-02-02', ['low-income']],
      ] as const) {
        const h = await post('/api/v1/households', { gridId: grids[0].id, address });
        await post(`/api/v1/households/${h.id}/residents`, { name: '李核验', sex: 'M', birthDate, phone: secret, tags, joinedOn });
      }
    }, phone);

    await page.getByTestId('nav-open').click();
    await page.getByTestId('nav-verification').click();
    await page.waitForURL(/\/verification$/);
    await page.getByTestId('verification-draw').click();
    await page.getByTestId('verification-seed').fill('e2e-seed');
    await page.locator('.ant-modal .ant-btn-primary').click();
    const rows = page.getByTestId('verification-count-row');
    await rows.first().waitFor();
    const drawn = await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-drawn'))));
    expect(drawn.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: `${shots}/verification-draw-375.png`, fullPage: true });

    // the first task of the sample (demo households may be drawn besides the two above)
    await page.getByTestId('verification-task-row').first().locator('a').click();
    await page.waitForURL(/\/verification\/tasks\/\d+$/);
    await page.getByTestId('vfield').first().waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(phone);
    expect(text).not.toMatch(/(^|\D)1[3-9]\d{9}(\D|$)/); // phones masked (C3, D10)
    expect(text).not.toMatch(/\d{17}[\dX]/); // ID numbers masked
    await page.getByTestId('vform-all-confirmed').click();
    const address = (await page.locator('[data-field="household.address"] .gw-vfield-value').innerText()).trim();
    await page.getByTestId('vfield-outcome-household.address').getByText('有误').click();
    await page.getByTestId('vfield-value-household.address').fill(`${address}（核实）`);
    await page.screenshot({ path: `${shots}/verification-form-375.png`, fullPage: true });
    await page.getByTestId('vform-submit').click();
    await page.getByTestId('verification-result').waitFor();
    expect(await page.getByTestId('verification-task').getAttribute('data-status')).toBe('done');
    await page.getByTestId('verification-result').getByText(`${address}（核实）`).waitFor();

    await page.goto(`${env.server.url}/verification`);
    await page.getByRole('tab', { name: '各网格差错率' }).click();
    const total = page.locator('[data-testid="verification-summary-row"][data-key="total"]');
    await total.waitFor();
    expect(Number(await total.getAttribute('data-rate'))).toBeGreaterThan(0);
    await page.screenshot({ path: `${shots}/verification-summary-375.png`, fullPage: true });
    await context.close();
  });
});
