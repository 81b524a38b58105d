import { beforeAll, describe, expect, it } from 'vitest';
import { demoBrowser, hasChromium, loseFirstResponse, expectNoSideScroll, openAs } from './server';

// 民情日记 in the browser (issue "Team operations", A5.1-A5.6): a grid worker writes an entry on a
// phone (the draft survives a reload, a lost response saves it once with the same Idempotency-Key, a
// photo taken on the spot goes up with it and shows on the entry);
// the workstation transcribes a paper notebook for a member; the community grid lead comments on the
// worker's entry and selects it excellent, and API errors show in Chinese. Skipped without Chromium.
describe.skipIf(!hasChromium)('field diaries in Chromium against the real server (demo mode)', () => {
  const env = demoBrowser();
  let shots = ''; // screenshots: E2E_SCREENSHOTS=<dir> keeps them, else they go with the data dir
  const marker = `楼道灯坏了一周 ${Date.now() % 100_000}`;

  beforeAll(() => {
    shots = process.env.E2E_SCREENSHOTS ?? env.server.dataDir;
  });

  const open = (username: string, width: number) => openAs(env, username, width);

  /** A datetime-local value `days` days ago at 10:00, Asia/Shanghai. */
  function daysAgo(days: number): string {
    const d = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - days * 86_400_000));
    return `${d}T10:00`;
  }

  it('A5.1-A5.3 worker1 on a phone (375×740): week chip, draft on the device, one entry despite a lost response, photos', async () => {
    const page = await open('worker1', 375);
    await page.getByTestId('nav-open').click();
    await page.getByTestId('nav-diaries').click();
    await page.waitForURL(/\/diaries$/);
    const chip = page.getByTestId('diary-status');
    await chip.waitFor();
    expect(await chip.innerText()).toMatch(/^本周 \d+\/1 篇 · /);
    await expectNoSideScroll(page, 'diary list');
    await page.screenshot({ path: `${shots}/diaries-375.png`, fullPage: true });

    // one tap to the form; what is typed is kept on the device and comes back after a reload
    await page.getByTestId('diary-new').click();
    await page.waitForURL(/\/diaries\/new$/);
    expect(await page.getByTestId('diary-draft-restored').count()).toBe(0);
    await page.getByTestId('diary-form-place').fill('和平路 8 号 2 幢楼下');
    await page.getByTestId('diary-form-people').fill('王秀英（独居老人）');
    await page.getByTestId('diary-form-content').fill(`走访中王阿姨反映${marker}，已联系物业明天更换。`);
    await page.reload();
    await page.getByTestId('diary-draft-restored').waitFor();
    expect(await page.getByTestId('diary-form-content').inputValue()).toContain(marker);
    expect(await page.getByTestId('diary-form-place').inputValue()).toBe('和平路 8 号 2 幢楼下');
    await page.getByTestId('diary-form-more').click();
    await page.getByTestId('diary-form-solution').fill('物业承诺次日更换灯泡');
    // a photo from the phone's camera (kept off the draft): it goes up once the entry is saved
    const photoField = page.getByTestId('diary-form-photos');
    expect(await photoField.getByTestId('photo-camera-input').getAttribute('capture')).toBe('environment');
    const png = await page.evaluate(() => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 40, height: 30 });
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#e9a23b';
      g.fillRect(0, 0, 40, 30);
      return canvas.toDataURL('image/png').split(',')[1];
    });
    await photoField
      .getByTestId('photo-camera-input')
      .setInputFiles({ name: 'lamp.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
    expect(await photoField.getAttribute('data-count')).toBe('1');
    await expectNoSideScroll(page, 'diary form');
    await page.screenshot({ path: `${shots}/diary-form-375.png`, fullPage: true });

    // poor signal: the first POST is saved but its answer lost; the retry carries the same key
    const keys = await loseFirstResponse(page, '**/api/v1/diaries');
    const photoKeys: string[] = [];
    await page.route('**/api/v1/diaries/*/photos', async (route) => {
      if (route.request().method() === 'POST') photoKeys.push(route.request().headers()['idempotency-key']);
      await route.continue();
    });
    await page.getByTestId('diary-form-submit').click();
    await page.getByTestId('diary-form-retry-alert').waitFor();
    await page.getByTestId('diary-form-retry').click();
    await page.waitForURL(/\/diaries\/\d+$/);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await page.getByTestId('diary-content').innerText()).toContain(marker);
    await page.getByText('物业承诺次日更换灯泡').waitFor();
    // the photo went up once, its key derived from the entry's, and shows as a thumbnail loaded from the server
    expect(photoKeys).toEqual([`${keys[0]}-photo-0`]);
    await page.getByTestId('diary-photos').waitFor();
    await page.waitForFunction(() => {
      const imgs = Array.from(document.querySelectorAll<HTMLImageElement>('[data-testid="diary-photos"] img'));
      return imgs.length === 1 && imgs.every((img) => img.complete && img.naturalWidth === 40);
    });
    // the author adds one more in the edit modal: it goes up at once and the entry's page shows both
    await page.getByTestId('diary-edit').click();
    const adder = page.getByTestId('diary-edit-photos');
    await adder.waitFor();
    await adder
      .getByTestId('photo-camera-input')
      .setInputFiles({ name: 'lamp-2.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
    await expect.poll(() => page.getByTestId('diary-photos').getAttribute('data-count'), { timeout: 10_000 }).toBe('2');
    await page.keyboard.press('Escape');
    await expectNoSideScroll(page, 'diary entry');
    await page.screenshot({ path: `${shots}/diary-entry-375.png`, fullPage: true });
    const mine = await page.evaluate(async (m) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()).user.id;
      const list = await (await fetch(`/api/v1/diaries?userId=${me}&limit=200`)).json();
      return list.items.filter((d: { content: string }) => d.content.includes(m)).length;
    }, marker);
    expect(mine).toBe(1);

    // saved: the draft is gone and this week's entry is written
    await page.goto(`${env.server.url}/diaries/new`);
    await page.getByTestId('diary-form-content').waitFor();
    expect(await page.getByTestId('diary-draft-restored').count()).toBe(0);
    expect(await page.getByTestId('diary-form-content').inputValue()).toBe('');
    await page.goto(`${env.server.url}/diaries`);
    await expect.poll(() => page.getByTestId('diary-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('met');
    await page.context().close();
  });

  it('A5.6 station1 transcribes a member’s paper notebook: the author picked from the workstation’s workers, marked 补录', async () => {
    const page = await open('station1', 1280);
    await page.getByTestId('nav-diaries').click();
    await page.getByTestId('diary-new').click();
    await page.getByTestId('diary-form-backentry').click();
    await page.getByTestId('diary-form-author').click();
    await page.locator('.ant-select-item-option', { hasText: '网格员 胡伟' }).click();
    await page.getByTestId('diary-form-occurred').fill(daysAgo(10));
    await page.getByTestId('diary-form-place').fill('和平路 12 号');
    await page.getByTestId('diary-form-people').fill('李大爷');
    await page.getByTestId('diary-form-content').fill('（纸质日记补录）李大爷反映下水道堵塞，已报修。');
    await page.screenshot({ path: `${shots}/diary-backentry-1280.png`, fullPage: true });
    await page.getByTestId('diary-form-submit').click();
    await page.waitForURL(/\/diaries\/\d+$/);
    const header = page.locator('.gw-page-header');
    await header.getByText('网格员 胡伟 的民情日记').waitFor();
    await header.getByText('补录').waitFor();
    await page.context().close();
  });

  it('A5.5 A5.6 lead1 comments on the worker’s entry and selects it excellent; errors show in Chinese', async () => {
    const page = await open('lead1', 1280);
    await page.getByTestId('nav-diaries').click();
    await page.getByTestId('diary-filters').waitFor();
    const card = page.getByTestId('diary-card').filter({ hasText: marker });
    await card.waitFor();
    await page.screenshot({ path: `${shots}/diaries-1280.png`, fullPage: true });
    await card.click();
    await page.waitForURL(/\/diaries\/\d+$/);

    await page.getByTestId('diary-review-input').fill('记录及时，处理得当。请跟进物业是否已更换。');
    await page.getByTestId('diary-review-submit').click();
    await page.getByTestId('diary-review').filter({ hasText: '请跟进物业是否已更换' }).waitFor();

    // a malformed answer (a proxy's HTML page) and an error code both read in Chinese
    await page.route('**/api/v1/diaries/*/shortlist', (route) =>
      route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad Gateway</h1>' }),
    );
    await page.getByTestId('diary-shortlist').click();
    await page.getByText('服务器暂时不可用，请稍后重试').waitFor();
    await page.route('**/api/v1/diaries/*/select', (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'SELF_SELECTION', message: 'x' } }),
      }),
    );
    await page.getByTestId('diary-select').click();
    await page.getByText('不能推荐或评选本人的民情日记').waitFor();
    await page.unrouteAll();

    // the real selection, for the entry's month
    await page.getByTestId('diary-select').click();
    await page.getByTestId('diary-mark-selected').waitFor();
    await page.screenshot({ path: `${shots}/diary-entry-1280.png`, fullPage: true });
    await page.goto(`${env.server.url}/diaries`);
    await page.getByTestId('diary-card').first().waitFor();
    const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/diaries?') && r.url().includes('selected=true'));
    await page.getByTestId('diary-filters').getByRole('switch').click();
    await filtered;
    // only excellent entries are left (the demo holds some of earlier months), the worker's among them
    const cards = page.getByTestId('diary-card');
    await expect
      .poll(async () => (await cards.count()) === (await page.getByTestId('diary-mark-selected').count()), { timeout: 10_000 })
      .toBe(true);
    await cards.filter({ hasText: marker }).waitFor();

    // the lead's own entry offers no selection (A5.5: nobody selects their own)
    const own = await page.evaluate(async () => {
      const res = await fetch('/api/v1/diaries', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify({ occurredAt: new Date().toISOString(), place: '社区', people: '网格员们', content: '组织本周网格例会。' }),
      });
      return (await res.json()).id as number;
    });
    await page.goto(`${env.server.url}/diaries/${own}`);
    await page.getByTestId('diary-content').waitFor();
    expect(await page.getByTestId('diary-select-actions').count()).toBe(0);
    expect(await page.getByTestId('diary-review-input').count()).toBe(0);
    await page.context().close();
  });
});
