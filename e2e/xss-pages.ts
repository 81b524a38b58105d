/**
 * Walks the app's pages for xss.test.ts and reports, per page, what planted markup did there: script
 * that ran (`window.__xss`), payloads that became elements (`[data-xss-N]`), payloads shown as text,
 * and Content-Security-Policy violations.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Planted } from './xss-plant';

export interface PageReport {
  path: string;
  /** what the payloads' scripts left in window.__xss */
  ran: unknown;
  /** `data-xss-N` attributes found on elements */
  elements: string[];
  /** field numbers whose payload shows as text */
  shown: number[];
  /** CSP violations and console messages about the policy */
  csp: string[];
}

export interface Visit {
  path: string;
  /** the region selected in the sider (kept per user for the session) */
  region?: number;
  /** the app's language (zh-CN unless told) */
  lang?: 'en';
  /** clicks and hovers that bring more text on screen (menus, drawers, tooltips) */
  act?: (page: Page) => Promise<void>;
}

/** Records CSP violations from the page's start (the event and the console message). */
export async function watchCsp(context: BrowserContext, into: string[]): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  context.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) into.push(`${m.page()?.url()}: ${m.text()}`);
  });
}

/** The requests in flight per page (trackRequests). */
const inFlight = new WeakMap<Page, Set<unknown>>();

/** Waits until no request is in flight (the notice stream aside) and no spinner shows for a moment. */
export async function settle(page: Page, quietMs = 400): Promise<void> {
  await page
    .waitForFunction(() => document.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active').length === 0, null, { timeout: 30_000 })
    .catch(() => {});
  const pending = inFlight.get(page) ?? new Set();
  const deadline = Date.now() + 30_000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (pending.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await page.waitForTimeout(100);
  }
}

/** Tracks the page's requests for settle() (an event stream never finishes, so it is left out). */
export function trackRequests(page: Page): void {
  const pending = new Set<unknown>();
  inFlight.set(page, pending);
  page.on('request', (r) => {
    if (!r.url().includes('/notifications/stream')) pending.add(r);
  });
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
}

/** What the planted markup did on the page now. */
export async function inspect(page: Page): Promise<Omit<PageReport, 'path'>> {
  return page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __csp?: string[] };
    const elements = Array.from(document.querySelectorAll('*')).flatMap((e) =>
      e.getAttributeNames().filter((a) => a.startsWith('data-xss')),
    );
    // text on the page, and in form fields (values are never parsed as HTML, but show the field reached the page)
    const values = Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'), (e) => e.value);
    const text = [document.body.textContent ?? '', ...values].join('\n');
    const shown = [...new Set(Array.from(text.matchAll(/data-xss-(\d+)/g), (m) => Number(m[1])))];
    return { ran: w.__xss ?? null, elements, shown, csp: [...(w.__csp ?? [])] };
  });
}

/** Opens `visit.path` (with its region selected), waits for it, acts, and reports. */
export async function open(page: Page, url: string, userId: number, visit: Visit): Promise<PageReport> {
  await page.evaluate(
    ([key, id, lang]) => {
      if (id !== null) sessionStorage.setItem(key, String(id));
      localStorage.setItem('gw.lang', lang);
    },
    [`gw.selectedRegion.${userId}`, visit.region ?? null, visit.lang ?? 'zh-CN'] as const,
  );
  await page.goto(`${url}${visit.path}`);
  await settle(page);
  const seen = await inspect(page);
  if (visit.act) {
    await visit.act(page);
    await settle(page, 200);
    const after = await inspect(page);
    seen.elements.push(...after.elements);
    seen.shown = [...new Set([...seen.shown, ...after.shown])];
    seen.ran = seen.ran ?? after.ran;
    seen.csp = after.csp;
  }
  return { path: visit.path, ...seen };
}

/** What showed in tooltips while hovering: they come and go, so each is inspected while it shows. */
export interface Hovered {
  shown: Set<number>;
  elements: Set<string>;
  ran: unknown[];
}

/**
 * Moves the mouse over each match in a grid of points (chart tooltips, map tooltips), inspecting the
 * page after each move; `scroll` brings each match into view first (charts below the fold).
 */
export async function hoverAcross(page: Page, selector: string, hovered: Hovered, columns = 12, rows = 3, scroll = false): Promise<void> {
  const matches = page.locator(selector);
  for (let i = 0; i < (await matches.count()); i++) {
    if (scroll) await matches.nth(i).scrollIntoViewIfNeeded();
    const box = await matches.nth(i).evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    for (let r = 1; r <= rows; r++) {
      for (let c = 0; c < columns; c++) {
        await page.mouse.move(box.x + ((c + 0.5) / columns) * box.width, box.y + (r / (rows + 1)) * box.height);
        await page.waitForTimeout(60);
        const now = await inspect(page);
        now.shown.forEach((n) => hovered.shown.add(n));
        now.elements.forEach((a) => hovered.elements.add(`${page.url()} ${a}`));
        if (now.ran !== null) hovered.ran.push(now.ran);
      }
    }
  }
}

/** Clicks the first match if there is one (optional parts of a page). */
async function clickIfAny(page: Page, selector: string): Promise<void> {
  const el = page.locator(selector).first();
  if (await el.count()) await el.click();
}

/** Opens each tab of the page in turn (their panes render when first shown). */
async function everyTab(page: Page): Promise<void> {
  for (const tab of await page.getByRole('tab').all()) {
    await tab.click();
    await settle(page, 150);
  }
}

/** The household page's former members and the member form (its free-text fields). */
async function household(page: Page): Promise<void> {
  await page.locator('.ant-collapse-header').first().click();
  await page.getByTestId('member-edit').first().click();
  await page.locator('.ant-modal:visible').first().waitFor();
}

/** Every page of the app for the administrator, with the planted records and the regions that show them. */
export function adminVisits(p: Planted, hovered: Hovered): Visit[] {
  const [handled, rejected, resolved, merged, open311] = p.caseIds;
  const [district, community, grid, town] = (['district', 'community', 'grid', 'town'] as const).map((k) => p.regions[k].id);
  return [
    { path: '/map', region: community, act: (page) => hoverAcross(page, '.gw-grid', hovered, 1, 1) },
    { path: '/map', region: district },
    { path: '/regions', region: community },
    { path: '/regions', region: grid },
    // the planted display names on one page (the list has a page per 50 users)
    { path: '/users', act: (page) => page.getByPlaceholder('搜索姓名、账号').fill('data-xss') },
    { path: '/policy', region: community, act: everyTab },
    {
      path: '/calendar',
      act: async (page) => {
        await page.getByTestId('year-select').click();
        await page.locator('.ant-select-item-option').last().click();
      },
    },
    { path: '/audit' },
    { path: '/cases', region: district },
    { path: '/cases/new', act: (page) => page.getByTestId('case-form-category').click() },
    ...[handled, rejected, resolved, merged, open311].map((id) => ({
      path: `/cases/${id}`,
      act: (page: Page) => clickIfAny(page, '[data-testid="case-reveal-reporter"]'),
    })),
    ...[handled, rejected, resolved, open311].map((id) => ({ path: `/cases/${id}/print` })),
    { path: '/supervision', region: community },
    { path: '/supervision/analysis', region: community },
    { path: '/hotline' },
    {
      path: '/statistics',
      region: community,
      act: async (page) => {
        await page.locator('[data-testid="chart-category"] canvas').first().waitFor();
        await hoverAcross(page, '[data-testid^="chart-"]', hovered, 12, 2, true);
      },
    },
    { path: '/open311' },
    { path: '/households', region: grid },
    { path: `/households/${p.householdId}`, act: household },
    { path: `/households/${p.householdId}`, lang: 'en', act: household },
    { path: `/cases/${handled}`, lang: 'en' },
    { path: '/cases/new', lang: 'en', act: (page) => page.getByTestId('case-form-category').click() },
    { path: `/households/${p.householdId}/survey-form` },
    { path: `/households/${p.householdId}/visit/new` },
    { path: '/households/import', region: grid },
    {
      path: '/visits/compliance',
      region: community,
      act: async (page) => {
        await hoverAcross(page, '.gw-grid', hovered, 1, 1);
        await everyTab(page);
      },
    },
    { path: '/verification', region: grid, act: everyTab },
    { path: `/verification/tasks/${p.taskId}` },
    { path: '/rounds', region: town, act: async (page) => clickIfAny(page, '[data-testid="round-open-report"]') },
    { path: `/rounds/reports/${p.reportId}/print` },
    ...adminTeamVisits(p),
    { path: '/map', act: (page) => page.getByTestId('notice-bell').click() },
  ];
}

/**
 * The team pages (A4-A6, A8, A10, C8) for the administrator: the lists of the planted areas, each
 * planted record, and in the assessment the records behind worker1's attendance (the planted training's topic).
 */
function adminTeamVisits(p: Planted): Visit[] {
  const { workerId, diaryId, meetingId, trainingId, supervisionReportId } = p.team;
  const [street, community, grid] = (['street', 'community', 'grid'] as const).map((k) => p.regions[k].id);
  const drill = async (page: Page) => {
    await page.locator(`tr[data-row-key="${workerId}"] [data-testid="assessment-part-attendance"]`).click();
    await page.getByTestId('assessment-record').first().waitFor();
  };
  return [
    { path: '/diaries', region: community },
    { path: `/diaries/${diaryId}` },
    { path: '/meetings', region: community },
    { path: `/meetings/${meetingId}` },
    { path: '/rewards', region: community },
    { path: '/assessment', region: community, act: drill },
    { path: '/work-records', region: community },
    { path: `/team/members/${workerId}` },
    { path: '/trainings', region: street },
    { path: `/trainings/${trainingId}` },
    { path: '/supervision/reports', region: street },
    { path: `/supervision/reports/${supervisionReportId}` },
    { path: `/supervision/reports/${supervisionReportId}/print` },
    { path: '/visits/outreach', region: grid },
  ];
}

/**
 * The phone pages of a grid worker (worker1's grid holds the planted household and cases); on the
 * visit form a picked photo shows as a preview (a blob: URL).
 */
export function workerVisits(p: Planted, hovered: Hovered, png: (page: Page) => Promise<string>): Visit[] {
  const pickPhoto = async (page: Page) => {
    const buffer = Buffer.from(await png(page), 'base64');
    await page.getByTestId('photo-album-input').first().setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer });
    await page.getByTestId('photo-pending').locator('img').first().waitFor();
  };
  const { diaryId, meetingId } = p.team;
  return [
    // the notices: the public consultation meeting to tell residents of (A2.5)
    { path: '/visits/due', act: (page) => page.getByTestId('notice-bell').click() },
    // the notification centre lists the same notices (read and unread)
    { path: '/notifications' },
    { path: '/map', act: (page) => hoverAcross(page, '.gw-grid', hovered, 1, 1) },
    { path: '/households' },
    // the household's surveys (A8.1), answers unfolded
    { path: `/households/${p.householdId}`, act: (page) => page.getByTestId('survey-toggle').first().click() },
    { path: `/households/${p.householdId}/visit/new`, act: pickPhoto },
    { path: '/cases' },
    { path: `/cases/${p.caseIds[0]}` },
    { path: '/cases/new', act: (page) => page.getByTestId('case-form-category').click() },
    // a member's own views of the team records (the administrator's walk reads the same lists, cards and profile):
    // their diary entry as its author, their leave and announcement on the meeting, their self-study, 三访四清
    { path: `/diaries/${diaryId}` },
    { path: `/meetings/${meetingId}` },
    { path: '/trainings' },
    { path: '/visits/outreach' },
  ];
}
