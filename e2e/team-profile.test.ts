import { beforeAll, describe, expect, it } from 'vitest';
import { demoBrowser, hasChromium, expectNoSideScroll, openAs } from './server';

// 成员档案 in the browser (issue "Team operations" item 4, A10): the community grid lead opens a grid
// worker's profile from the rewards register and from the assessment ranking, and sees the demo's
// approved commendation with its Chinese labels; the profile fits a phone; a worker opens their own
// from 我的账户. Skipped without Chromium.
describe.skipIf(!hasChromium)('member profile in Chromium (demo mode)', () => {
  const env = demoBrowser();
  let shots = '';
  // the demo's approved commendation of worker1 (网格员 陈静), proposed by lead1 and approved by street1
  const note = '连续三个月走访全部达标';
  let profileUrl = '';

  beforeAll(() => {
    shots = process.env.E2E_SCREENSHOTS ?? env.server.dataDir;
  });

  it('A10 lead1 opens a worker’s profile from the rewards register: the reward with its kind, ground, points and people', async () => {
    const page = await openAs(env, 'lead1', 1280);
    await page.getByTestId('nav-rewards').click();
    const card = page.getByTestId('reward-item').filter({ hasText: note }).first();
    await card.getByTestId('reward-person').click();
    await page.waitForURL(/\/team\/members\/\d+\?year=\d{4}$/);
    profileUrl = page.url();
    const profile = page.getByTestId('member-profile');
    await profile.getByTestId('member-rewards').waitFor();
    expect(await profile.locator('.gw-page-title').innerText()).toBe('网格员 陈静');
    expect(await profile.getByTestId('member-roles').innerText()).toContain('网格员');
    const reward = profile.getByTestId('reward-item').filter({ hasText: note });
    const text = await reward.innerText();
    for (const shown of ['通报表扬', '爱岗敬业、工作突出', '+2', '提出：', '批准：', '已批准']) expect(text).toContain(shown);
    for (const code of ['commendation', 'dedication', 'approved', 'undefined']) expect(text).not.toContain(code);
    expect(await profile.getByTestId('member-points').innerText()).toContain('+2');
    for (const figure of ['member-this-week', 'member-diary-weeks', 'member-meetings', 'member-trainings'])
      expect((await profile.getByTestId(figure).innerText()).length, figure).toBeGreaterThan(4);
    await page.screenshot({ path: `${shots}/member-profile-1280.png`, fullPage: true });

    // the ranking of workers links the same profile
    await page.getByTestId('nav-assessment').click();
    const row = page.locator('[data-testid="assessment-table"] tr', { hasText: '网格员 陈静' });
    await row.getByTestId('assessment-profile').click();
    await page.waitForURL(/\/team\/members\/\d+\?year=\d{4}$/);
    await page.getByTestId('member-profile').getByTestId('reward-item').filter({ hasText: note }).waitFor();
    await page.context().close();
  });

  it('A10 the profile fits a 375 px phone; a worker opens their own from 我的账户', async () => {
    const phone = await openAs(env, 'lead1', 375);
    await phone.goto(profileUrl);
    await phone.getByTestId('member-profile').getByTestId('reward-item').filter({ hasText: note }).waitFor();
    await expectNoSideScroll(phone, 'member profile');
    await phone.screenshot({ path: `${shots}/member-profile-375.png`, fullPage: true });
    await phone.context().close();

    const worker = await openAs(env, 'worker1', 375);
    await worker.goto(`${env.server.url}/me`);
    await worker.getByTestId('account-member-profile').click();
    await worker.waitForURL(/\/team\/members\/\d+$/);
    const own = worker.getByTestId('member-profile');
    await own.getByTestId('member-rewards').waitFor();
    expect(await own.locator('.gw-page-title').innerText()).toBe('网格员 陈静');
    await expectNoSideScroll(worker, 'own profile');
    await worker.screenshot({ path: `${shots}/member-profile-own-375.png`, fullPage: true });
    await worker.context().close();
  });
});
