import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoBrowser, hasChromium, expectNoSideScroll, openAs } from './server';

// Supervision reports, work records, the phone survey, 三访四清, the calendar feed and the team lists'
// exports in the browser (C8, A8.3, A8.1, A7.1; issue "Team operations" item 9): street1 generates the
// report of last month, keeps its comments through a version conflict, regenerates, rates, issues,
// downloads and prints it; lead1 may read reports but not write them, and keeps the community's plan
// and a workstation's evaluation; worker1 on a phone fills a survey form (first with answers missing,
// shown under each question) and records a 三访四清 visit; a user creates and revokes a calendar feed
// address; each team list downloads as xlsx. Skipped without Chromium.
describe.skipIf(!hasChromium)('supervision reports, work records, surveys and outreach in Chromium (demo mode)', () => {
  const env = demoBrowser();
  let shots = '';
  let reportId = 0;
  const stamp = Date.now() % 100_000;
  const comment = `走访台账较规范，二类户重点户达标率偏低 ${stamp}`;

  beforeAll(() => {
    shots = process.env.E2E_SCREENSHOTS ?? env.server.dataDir;
  });

  const open = (username: string, width: number) => openAs(env, username, width, { acceptDownloads: true });

  /** The month before this one in Asia/Shanghai ('YYYY-MM'). */
  function lastMonth(): string {
    const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).split('-').map(Number);
    return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  }

  /** Confirms the Popconfirm that asks `question` (another may still be fading out), and waits for it to close. */
  async function confirm(page: Page, question: string): Promise<void> {
    const pop = page.locator('.ant-popconfirm', { hasText: question });
    await pop.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
    await pop.waitFor({ state: 'hidden' });
  }

  /** Picks a region in the TreeSelect of `scope`, searching for it first. */
  async function pickRegion(page: Page, scope: ReturnType<Page['getByTestId']>, label: RegExp, search: string): Promise<void> {
    await scope.getByTestId('region-picker').click();
    await page.keyboard.type(search);
    await page.locator('.ant-select-tree-node-content-wrapper:visible', { hasText: label }).first().click();
  }

  /** Clicks `testId` and returns the file it downloads (its name and first bytes). */
  async function download(page: Page, testId: string): Promise<{ name: string; head: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    const path = await file.path();
    return { name: file.suggestedFilename(), head: fs.readFileSync(path).subarray(0, 2).toString('latin1') };
  }

  it('C8 street1 generates last month’s report of a community, keeps the comments through a conflict, issues and prints it', async () => {
    const month = lastMonth();
    const [year, mm] = month.split('-');
    const page = await open('street1', 1280);
    await page.getByTestId('nav-reports').click();
    await page.waitForURL(/\/supervision\/reports$/);
    await page.getByTestId('report-item').first().waitFor(); // the demo's issued reports
    await page.getByTestId('report-new').click();
    const create = page.getByTestId('report-create');
    await pickRegion(page, create, /^友谊社区 · 社区$/, '友谊');
    expect(await create.getByTestId('report-create-month').innerText()).toContain(`${year}年${Number(mm)}月`);
    await page.screenshot({ path: `${shots}/report-create-1280.png`, fullPage: true });
    await page.getByTestId('report-create-submit').click();
    await page.waitForURL(/\/supervision\/reports\/\d+$/);
    reportId = Number(new URL(page.url()).pathname.split('/').pop());
    const report = page.getByTestId('report');
    await report.waitFor();
    expect(await report.getByTestId('report-status').getAttribute('data-status')).toBe('draft');
    expect(await page.getByTestId('report-title').innerText()).toContain('友谊社区');

    // readable tables with Chinese labels, no raw codes
    const figures = await page.getByTestId('report-figures').innerText();
    for (const label of ['本月受理', '月末超期未办结', '一类户', '三类户', '民情日记达标率', '例会及培训出勤率', '群众满意率'])
      expect(figures).toContain(label);
    for (const code of ['1-general', 'diary-compliance', 'case-timeliness', 'monthly-work', 'undefined'])
      expect(figures).not.toContain(code);

    await page.getByTestId('report-comments-input').fill(comment);
    await page.getByTestId('report-rating-input').fill('88');
    await page.getByTestId('report-save').click();
    await page.getByText('已保存', { exact: true }).waitFor();

    // meanwhile someone else saves the report from another device
    await page.evaluate(async (id) => {
      const r = await (await fetch(`/api/v1/supervision/reports/${id}`)).json();
      const res = await fetch(`/api/v1/supervision/reports/${id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ expectedVersion: r.version, comments: '（另一台设备的意见）' }),
      });
      if (!res.ok) throw new Error(`patch ${res.status}`);
    }, reportId);
    await page.getByTestId('report-comments-input').fill(`${comment}\n请于下月 10 日前完成整改。`);
    await page.getByTestId('report-save').click();
    await page.getByTestId('report-conflict').getByText('报告已被他人修改').waitFor();
    await page.getByTestId('report-reload').click();
    await page.getByTestId('report-saved-comments').getByText('另一台设备的意见').waitFor();
    expect(await page.getByTestId('report-comments-input').inputValue()).toContain('请于下月 10 日前完成整改');

    await page.getByTestId('report-refresh').click();
    await confirm(page, '重新生成本报告的各项数据');
    await page.getByText('已重新生成数据').waitFor();
    await page.getByTestId('report-issue').click();
    await confirm(page, '印发后报告不能再修改');
    await expect.poll(() => report.getByTestId('report-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('issued');
    expect(await page.getByTestId('report-save').count()).toBe(0);
    expect(await page.getByTestId('report-comments').innerText()).toContain('请于下月 10 日前完成整改');
    expect(await report.getByTestId('report-rating').innerText()).toBe('88 分');
    await page.screenshot({ path: `${shots}/report-1280.png`, fullPage: true });

    const xlsx = await download(page, 'report-xlsx');
    expect(xlsx.name).toBe(`友谊社区-${month}-月度督查报告.xlsx`);
    expect(xlsx.head).toBe('PK');

    await page.getByTestId('report-print-link').click();
    await page.waitForURL(new RegExp(`/supervision/reports/${reportId}/print$`));
    const sheet = page.getByTestId('report-sheet');
    await sheet.waitFor();
    expect(await sheet.innerText()).toContain(`友谊社区 ${year}年${Number(mm)}月 网格化管理月度督查报告`);
    expect(await page.getByTestId('report-sheet-comments').innerText()).toContain('请于下月 10 日前完成整改');
    expect(await page.getByTestId('report-sheet-rating').innerText()).toContain('88');
    await page.screenshot({ path: `${shots}/report-print-1280.png`, fullPage: true });

    // the same month again: the report exists, and is linked
    await page.goto(`${env.server.url}/supervision/reports`);
    await page.getByTestId('report-new').click();
    await pickRegion(page, page.getByTestId('report-create'), /^友谊社区 · 社区$/, '友谊');
    await page.getByTestId('report-create-submit').click();
    const exists = page.getByTestId('report-create-exists');
    await exists.getByText('督查报告已存在').waitFor();
    expect(await exists.locator('a').getAttribute('href')).toBe(`/supervision/reports/${reportId}`);
    await page.context().close();
  });

  it('C8 on a phone: the report reads without side scrolling; lead1 reads reports and may not generate one', async () => {
    const street = await open('street1', 375);
    await street.goto(`${env.server.url}/supervision/reports/${reportId}`);
    await street.getByTestId('report-figures').waitFor();
    await expectNoSideScroll(street, 'report, phone');
    await street.screenshot({ path: `${shots}/report-375.png`, fullPage: true });
    await street.goto(`${env.server.url}/supervision/reports/${reportId}/print`);
    await street.getByTestId('report-sheet').waitFor();
    await expectNoSideScroll(street, 'report sheet, phone');
    await street.context().close();

    const lead = await open('lead1', 375);
    // the community lead reads the reports; the create button is the supervising office's (abilities.supervisionReports)
    await lead.goto(`${env.server.url}/supervision/reports`);
    await lead.getByTestId('report-item').first().waitFor();
    expect(await lead.getByTestId('report-new').count()).toBe(0);
    await expectNoSideScroll(lead, 'reports, phone');
    await lead.screenshot({ path: `${shots}/reports-375.png`, fullPage: true });
    await lead.context().close();
  });

  it('A8.3 lead1 writes the community’s implementation plan, edits it, and rates a workstation', async () => {
    const page = await open('lead1', 1280);
    await page.getByTestId('nav-work-records').click();
    await page.waitForURL(/\/work-records$/);
    await page.getByTestId('work-record-new-implementation-plan').click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByTestId('region-picker').innerText()).toContain('和平社区');
    await dialog.getByTestId('work-record-title').fill(`和平社区年度网格化管理实施方案 ${stamp}`);
    await dialog
      .getByTestId('work-record-content')
      .fill('一、工作目标\n二、网格划分与人员配备\n三、重点任务：走访、民情日记、例会\n四、保障措施');
    await page.getByTestId('work-record-submit').click();
    const plans = page.getByTestId('work-records-implementation-plan');
    const plan = plans.getByTestId('work-record').filter({ hasText: String(stamp) });
    await plan.waitFor();

    await plan.getByTestId('work-record-edit').click();
    await dialog.getByTestId('work-record-title').fill(`和平社区年度网格化管理实施方案（修订） ${stamp}`);
    await page.getByTestId('work-record-submit').click();
    await plans.getByText('（修订）').waitFor();

    // a second plan of the community for the year is refused: edit the one there is
    await page.getByTestId('work-record-new-implementation-plan').click();
    await dialog.getByTestId('work-record-title').fill('重复的方案');
    await dialog.getByTestId('work-record-content').fill('重复');
    await page.getByTestId('work-record-submit').click();
    await dialog.getByText('该区域本年度已有这类台账').waitFor();
    await dialog.getByRole('button', { name: /取\s*消/ }).click();

    await page.getByTestId('work-record-new-workstation-evaluation').click();
    await pickRegion(page, dialog, /^和平社区第一工作站 · 工作站$/, '第一工作站');
    await dialog.getByTestId('work-record-title').fill(`第一工作站年度考评 ${stamp}`);
    await dialog.getByTestId('work-record-content').fill('走访达标率较高，民情日记规范；核查差错需减少。');
    await dialog.getByTestId('work-record-rating').fill('90');
    await page.getByTestId('work-record-submit').click();
    const evaluation = page
      .getByTestId('work-records-workstation-evaluation')
      .getByTestId('work-record')
      .filter({ hasText: String(stamp) });
    await evaluation.waitFor();
    expect(await evaluation.getByTestId('work-record-rating-tag').innerText()).toBe('90 分');
    await dialog.waitFor({ state: 'hidden' });
    await page.screenshot({ path: `${shots}/work-records-1280.png`, fullPage: true });
    await page.context().close();

    const phone = await open('lead1', 375);
    await phone.goto(`${env.server.url}/work-records`);
    await phone.getByTestId('work-record').first().waitFor();
    await expectNoSideScroll(phone, 'work records, phone');
    await phone.screenshot({ path: `${shots}/work-records-375.png`, fullPage: true });
    await phone.context().close();
  });

  it('A8.1 worker1 on a phone fills the survey form: missing answers show under their questions, then it is saved', async () => {
    const page = await open('worker1', 375);
    const householdId: number = await page.evaluate(async () => (await (await fetch('/api/v1/households?limit=1')).json()).items[0].id);
    await page.goto(`${env.server.url}/households/${householdId}`);
    await page.getByTestId('household-fill-survey').click();
    await page.waitForURL(new RegExp(`/households/${householdId}/survey/new$`));
    await page.getByTestId('survey-fill').waitFor();
    const choices = page.locator('.gw-choice-buttons');
    const count = await choices.count();
    expect(count).toBeGreaterThan(1);

    // nothing answered: the server's problems show under each question, in Chinese
    await page.getByTestId('survey-submit').click();
    const errors = page.locator('.ant-form-item-explain-error', { hasText: '请回答此题' });
    await expect.poll(() => errors.count(), { timeout: 10_000 }).toBe(count);
    await expectNoSideScroll(page, 'survey form');
    await page.waitForTimeout(400); // the messages fade in
    await page.screenshot({ path: `${shots}/survey-invalid-375.png` });

    for (let i = 0; i < count; i++) await choices.nth(i).locator('.ant-radio-button-wrapper').first().click();
    await page.locator('.gw-survey-fill textarea').first().fill(`需要协助申请临时救助 ${stamp}`);
    await expect.poll(() => errors.count()).toBe(0);
    await page.getByTestId('survey-submit').click();
    await page.waitForURL(new RegExp(`/households/${householdId}$`));
    const row = page.getByTestId('survey-history').getByTestId('survey-row').first();
    await row.waitFor();
    await row.getByTestId('survey-toggle').click();
    const answers = await row.getByTestId('survey-answers').innerText();
    expect(answers).toContain(`需要协助申请临时救助 ${stamp}`);
    expect(answers).toContain('是');
    expect(answers).not.toMatch(/\byes\b/);
    await expectNoSideScroll(page, 'household with surveys');
    await page.getByTestId('survey-history').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/survey-history-375.png` });
    await page.context().close();
  });

  it('A7.1 worker1 on a phone records a 三访四清 visit from 我的走访', async () => {
    const page = await open('worker1', 375);
    await page.goto(`${env.server.url}/visits/due`);
    await page.getByTestId('visit-tab-outreach').click();
    await page.waitForURL(/\/visits\/outreach$/);
    await page.getByTestId('outreach-new').click();
    const form = page.getByTestId('outreach-form');
    expect(await form.getByTestId('region-picker').innerText()).toContain('网格');
    await form.getByTestId('outreach-target').getByText('党支部党员').click();
    await form.getByTestId('outreach-target-name').fill(`王建国（3 号楼党员）${stamp}`);
    await form.getByTestId('outreach-checklist').getByText('党组织活动清').click();
    await form.getByTestId('outreach-checklist').getByText('居民诉求清').click();
    await form.getByTestId('outreach-notes').fill('反映楼道堆物，已约物业清理。');
    await expectNoSideScroll(page, 'outreach form');
    await page.screenshot({ path: `${shots}/outreach-form-375.png`, fullPage: true });
    await form.getByTestId('outreach-submit').click();
    const card = page.getByTestId('outreach-item').filter({ hasText: String(stamp) });
    await card.waitFor();
    const text = await card.innerText();
    for (const label of ['党支部党员', '党组织活动清', '居民诉求清', '网格员 陈静']) expect(text).toContain(label);
    expect(text).not.toContain('小区管理清');
    expect(await page.getByTestId('outreach-form').count()).toBe(0);
    await expectNoSideScroll(page, 'outreach list');
    await page.screenshot({ path: `${shots}/outreach-375.png`, fullPage: true });
    await page.context().close();
  });

  it('a user creates a private calendar feed address on a phone, the feed answers, then the address is revoked', async () => {
    const page = await open('worker1', 375);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('user-menu-account').click();
    await page.waitForURL(/\/me$/);
    const status = page.getByTestId('calendar-feed-status');
    await expect.poll(() => status.getAttribute('data-active')).toBe('false');
    expect(await page.getByTestId('calendar-feed').innerText()).toContain('任何拿到这个地址的人都能看到您的日程');
    await page.getByTestId('calendar-feed-create').click();
    const input = page.getByTestId('calendar-feed-url');
    await input.waitFor();
    const url = await input.inputValue();
    expect(url.startsWith(`${env.server.url}/api/v1/calendar-feeds/`)).toBe(true);
    expect(await status.getAttribute('data-active')).toBe('true');
    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    await page.getByTestId('calendar-feed-copy').click();
    await page
      .locator('.ant-message')
      .getByText(/已复制到剪贴板|无法自动复制/)
      .waitFor();
    await expectNoSideScroll(page, 'account page');
    await page.screenshot({ path: `${shots}/account-375.png`, fullPage: true });

    await page.getByTestId('calendar-feed-revoke').click();
    await confirm(page, '停止后订阅地址立即失效');
    await expect.poll(() => status.getAttribute('data-active'), { timeout: 10_000 }).toBe('false');
    expect(await page.getByTestId('calendar-feed-url').count()).toBe(0);
    expect((await page.request.get(url)).status()).toBe(404);
    await page.context().close();
  });

  it('issue item 9: each team list downloads as xlsx with the filters of the page', async () => {
    const page = await open('lead1', 1280);
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4);
    const lists: Array<[string, string, RegExp]> = [
      ['/diaries', 'diary-export', /^民情日记\.xlsx$/],
      ['/meetings', 'meeting-export', /^会议-\d{4}-\d{2}\.xlsx$/],
      ['/trainings', 'training-export', new RegExp(`^培训登记-${year}\\.xlsx$`)],
      ['/rewards', 'reward-export', new RegExp(`^奖惩-${year}\\.xlsx$`)],
      ['/assessment', 'assessment-export', /^考核排名-\d{4}-\d{2}\.xlsx$/],
    ];
    for (const [path, testId, name] of lists) {
      await page.goto(`${env.server.url}${path}`);
      await page.getByTestId(testId).waitFor();
      const file = await download(page, testId);
      expect(file.name, path).toMatch(name);
      expect(file.head, path).toBe('PK');
    }
    await page.context().close();
  });
});
