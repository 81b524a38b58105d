import { describe, expect, it } from 'vitest';
import { demoBrowser, expectNoSideScroll, hasChromium, openAs } from './server';

// 我的账户 · 手机号（用于短信提醒） on a phone (C3): a bad number is refused in Chinese, a good one is shown
// only masked (the page never holds the full number after saving), 清除 removes it. Skipped without Chromium.
describe.skipIf(!hasChromium)('my mobile number in Chromium (demo mode)', () => {
  const env = demoBrowser();

  it('C3 lead1 on a 375 px phone sets, sees masked, and clears their mobile', async () => {
    const page = await openAs(env, 'lead1', 375);
    await page.goto(`${env.server.url}/me`);
    const shown = page.getByTestId('account-mobile-current');
    await expect.poll(() => shown.innerText(), { timeout: 20_000 }).toBe('未填写');
    const input = page.getByTestId('account-mobile');
    await input.fill('1281234567');
    await page.getByTestId('account-mobile-save').click();
    await page.getByText('请输入 11 位中国大陆手机号（1 开头，第二位为 3–9）').waitFor();

    await input.fill('138 1234 5678');
    await page.getByTestId('account-mobile-save').click();
    await page.getByText('手机号已保存').waitFor();
    await expect.poll(() => shown.innerText()).toBe('138****5678');
    expect(await input.inputValue()).toBe('');
    expect(await page.content()).not.toContain('13812345678');
    await expectNoSideScroll(page, 'my account with a mobile');

    await page.getByTestId('account-mobile-clear').click();
    await page.getByText('手机号已清除').waitFor();
    await expect.poll(() => shown.innerText()).toBe('未填写');
    const me = await (await page.context().request.get(`${env.server.url}/api/v1/me`)).json();
    expect(me.mobileMasked).toBeNull();
    await page.context().close();
  });
});
