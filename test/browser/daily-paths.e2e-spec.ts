/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { assertWebBuilt, launch } from './support/browser';
import { expectNoSidewaysScroll, expectReadable, personPage, reloadUntil, SETTINGS, signIn, snap, waitForReadSide, type Setting } from './support/roles';

jest.setTimeout(300_000);

/**
 * Each role's working day in a real browser, against the whole service with the demo semester seeded on an injected
 * clock (never today's date) — in Chinese at desktop width and in English at phone width — saving screenshots into
 * test-artifacts/screenshots and checking every page reads in the reader's language without ids.
 */
describe('daily paths (browser)', () => {
  let app: TestApp;
  let browser: Browser;
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');
  const token: Record<string, string> = {};
  const overdue: { id: string; number: string }[] = [];

  beforeAll(async () => {
    assertWebBuilt();
    app = await startTestApp({ clock, env: { DEMO_HISTORY: '1', DEADLINE_SCAN_INTERVAL_MS: '300', LOGIN_RATE_PER_CLIENT: '1000' } });
    browser = await launch();
    for (const user of ['sup01', 'sup02', 'unit003', 'unit009', 'unit010', 'coordinator', 'leader']) token[user] = await app.login(user);
    // Two orders that will have passed their deadline when the leader looks (one per setting).
    for (const unitId of ['u-007', 'u-008']) {
      const issue = await send('sup02', '/issues', issueBody(unitId, '作业公示栏未更新'));
      await send('sup02', `/issues/${issue.id}/rectification-orders`, { requirements: '立即整改', workingDays: 1 });
      overdue.push({ id: issue.id, number: issue.number! });
    }
    clock.set('2026-11-25T02:00:00.000Z');
    // The read side first catches up with the seeded semester (a loaded machine takes a while).
    await waitForReadSide(app, await app.login('coordinator'));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  function issueBody(unitId: string, title: string, severity = 'general') {
    return { unitId, category: 'management', severity, title, description: `${title}（测试）`, source: { kind: 'visit' } };
  }
  async function send(user: string, path: string, body: object): Promise<{ id: string; number?: string; position: string }> {
    const response = await app.api('POST', path, { token: token[user], body });
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }
  const ready = (page: Page) => page.locator('[data-testid="issue-page"]').waitFor();
  const status = async (page: Page, value: string) => {
    try {
      await page.locator(`[data-testid="issue-page"][data-status="${value}"]`).waitFor({ timeout: 30_000 });
    } catch (error) {
      const alerts = await page.locator('[role="alert"]').allTextContents();
      await page.screenshot({ path: `test-artifacts/screenshots/failure-${value}-${Date.now()}.png`, fullPage: true });
      throw new Error(`never ${value}; alerts on the page: ${JSON.stringify(alerts)}\n${(error as Error).message}`);
    }
  };
  const inboxItem = (page: Page, number: string) => page.locator('.inbox-item', { hasText: number });

  describe.each(SETTINGS)('in $tag', (setting: Setting) => {
    it('supervisor: inbox → visit → issue → order → recheck → close', async () => {
      // a report waiting for this supervisor's recheck
      const waiting = await send('sup01', '/issues', issueBody('u-003', `宿舍楼消防器材过期（${setting.tag}）`, 'serious'));
      await send('sup01', `/issues/${waiting.id}/rectification-orders`, { requirements: '更换消防器材', workingDays: 5 });
      await send('unit003', `/issues/${waiting.id}/rectification-reports`, { measures: '已全部更换并建立台账。' });
      const { context, page } = await personPage(browser, app.url, setting);
      try {
        await signIn(page, 'sup01');
        await page.waitForURL(/\/inbox/);
        await reloadUntil(page, () => inboxItem(page, waiting.number!).isVisible(), 'the recheck to-do');
        await expectReadable(page, setting, 'supervisor inbox');
        await snap(page, setting, 'supervisor-1-inbox');

        // 我的学校: own five schools apart from the zone's; record a visit from the list
        await page.locator('a[href="/schools"]').first().click();
        await page.getByTestId('my-schools').waitFor();
        expect(await page.locator('[data-testid="my-schools"] tbody tr').count()).toBe(5);
        expect(await page.locator('[data-testid="zone-schools"] tbody tr').count()).toBe(14);
        await expectReadable(page, setting, 'schools');
        await snap(page, setting, 'supervisor-2-schools');
        await page.locator('[data-testid="my-schools"] tr[data-unit="u-001"] button').click();
        const visitForm = page.getByTestId('visit-form');
        await visitForm.waitFor();
        expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="visit-form"]'))).toBe(true);
        expect(await visitForm.evaluate((form) => form.getBoundingClientRect().top < window.innerHeight)).toBe(true);
        await visitForm.locator('input[name="matters"][value="safety"]').check();
        await visitForm.locator('textarea[name="notes"]').fill('巡视校园，查看消防设施。');
        await visitForm.locator('button[type="submit"]').click();
        await page.getByTestId('visit-saved').waitFor();
        expect(await visitForm.locator('textarea[name="notes"]').inputValue()).toBe('');
        expect(await visitForm.locator('input[name="matters"]:checked').count()).toBe(0);
        await snap(page, setting, 'supervisor-3-visit-recorded');

        // the visit again, and an issue registered from it
        await page.getByTestId('visit-saved').locator('a[href^="/visits/"]').click();
        await reloadUntil(page, () => page.getByTestId('visit-page').isVisible(), 'the visit page');
        await expectReadable(page, setting, 'visit page');
        await snap(page, setting, 'supervisor-4-visit-page');
        await page.locator('[data-testid="visit-page"] a[href^="/issues/new"]').click();
        const register = page.getByTestId('register-form');
        await register.locator('select[name="category"]').selectOption('safety');
        await register.locator('input[name="title"]').fill(`灭火器压力不足（${setting.tag}）`);
        await register.locator('textarea[name="description"]').fill('一楼走廊灭火器压力表指针在红区。');
        expect(await register.locator('select[name="visitId"]').inputValue()).not.toBe('');
        await register.locator('button[type="submit"]').click();
        await status(page, 'open');
        expect(await page.locator('[data-testid="issue-page"] h1').textContent()).toMatch(/示范县督问〔2026〕\d+号/);

        // 限时整改 with a working-day deadline
        const order = page.getByTestId('order-form');
        await order.locator('textarea[name="requirements"]').fill('五个工作日内更换灭火器并建立月检制度。');
        await order.locator('input[name="deadline-days"]').fill('5');
        await order.getByTestId('deadline-preview-value').waitFor();
        await order.locator('button[type="submit"]').click();
        await status(page, 'rectifying');
        expect(await page.getByTestId('order-card').textContent()).toMatch(/督改〔2026〕\d+号/);
        await page.getByTestId('command-done').waitFor();
        await expectReadable(page, setting, 'issue after order');
        await snap(page, setting, 'supervisor-5-ordered');

        // 待我复查: the school's report and evidence are on the page; recheck on site
        await page.locator('a[href="/inbox"]').first().click();
        await page.locator('button[data-kind="recheck"]').click();
        await inboxItem(page, waiting.number!).locator('a').click();
        await status(page, 'awaiting_recheck');
        expect(await page.getByTestId('latest-report').textContent()).toContain('已全部更换并建立台账。');
        const recheck = page.getByTestId('recheck-form');
        await recheck.locator('input[name="method"][value="on_site"]').check();
        await recheck.locator('input[name="outcome"][value="passed"]').check();
        await recheck.locator('textarea[name="findings"]').fill('现场查看，器材已更换。');
        await recheck.locator('button[type="submit"]').click();
        await status(page, 'rectified');
        await page.getByTestId('close-form').locator('button[type="submit"]').click();
        const refusal = page.locator('[data-testid="close-form"] [role="alert"][data-code="RESULT_NOT_REPORTED"]');
        await refusal.waitFor();
        // a Chinese refusal carries no English sentence (the server's detail is for English readers)
        if (setting.lang === 'zh') expect(await refusal.textContent()).not.toMatch(/the result|bulletin|must|published/i);
        await expectReadable(page, setting, 'refused close');
        await snap(page, setting, 'supervisor-6-close-refused');

        // the office reports the result in a bulletin; then 待销号 → close
        const bulletin = await send('coordinator', '/bulletins', { title: `整改情况通报（${setting.tag}）`, issueIds: [waiting.id] });
        await send('coordinator', `/bulletins/${bulletin.id}/publish`, { scope: 'internal' });
        await page.locator('a[href="/inbox"]').first().click();
        await page.locator('button[data-kind="close"]').click();
        await reloadUntil(page, () => inboxItem(page, waiting.number!).isVisible(), 'the close to-do');
        await inboxItem(page, waiting.number!).locator('a').click();
        await ready(page);
        await page.getByTestId('close-form').locator('button[type="submit"]').click();
        await status(page, 'closed');
        await expectReadable(page, setting, 'closed issue');
        await snap(page, setting, 'supervisor-7-closed');
        if (setting.width < 500) await expectNoSidewaysScroll(page, setting, 'issue page');
      } finally {
        await context.close();
      }
    });

    it('school: inbox → report with evidence → its own history', async () => {
      const user = setting.lang === 'zh' ? 'unit010' : 'unit009';
      const issue = await send('sup02', '/issues', issueBody(setting.lang === 'zh' ? 'u-010' : 'u-009', `午休管理制度未落实（${setting.tag}）`));
      await send('sup02', `/issues/${issue.id}/rectification-orders`, { requirements: '制定午休管理制度并公示。', workingDays: 10 });
      const { context, page } = await personPage(browser, app.url, setting);
      try {
        await signIn(page, user);
        await reloadUntil(page, () => inboxItem(page, issue.number!).isVisible(), 'the rectify to-do');
        // the tab counts the to-do too (the page's own answer sets the menu's counts)
        await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } })
          .document.querySelector('button[data-kind="rectify"] .tab-count')?.textContent !== '0');
        await expectReadable(page, setting, 'school inbox');
        await snap(page, setting, 'school-1-inbox');
        await inboxItem(page, issue.number!).locator('a').click();
        await status(page, 'rectifying');
        const report = page.getByTestId('report-form');
        await report.locator('textarea[name="measures"]').fill('已制定午休管理制度，经教代会通过并公示。');
        await report.locator('input[type="file"]').setInputFiles({ name: '午休制度.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% 午休制度\n%%EOF\n') });
        await report.getByText('午休制度.pdf').waitFor();
        await snap(page, setting, 'school-2-report');
        await report.locator('button[type="submit"]').click();
        await status(page, 'awaiting_recheck');
        await page.locator('[data-testid="issue-history"] li[data-event-type="RectificationReported"]').waitFor();
        expect(await page.getByTestId('latest-report').textContent()).toContain('午休制度.pdf');
        await expectReadable(page, setting, 'school history');
        await snap(page, setting, 'school-3-history');
        if (setting.width < 500) await expectNoSidewaysScroll(page, setting, 'school issue page');
        // a page that is not for schools says so, without drawing the office's buttons
        await page.goto('/bulletins');
        await page.getByTestId('forbidden-page').waitFor();
        expect(await page.locator('.page-actions .btn-primary').count()).toBe(0);
      } finally {
        await context.close();
      }
    });

    it('coordinator: compose a bulletin from the list by number and publish it', async () => {
      const issue = await send('sup01', '/issues', issueBody('u-004', `图书室借阅登记缺失（${setting.tag}）`));
      await send('sup01', `/issues/${issue.id}/rectification-orders`, { requirements: '补建借阅登记', workingDays: 5 });
      await app.api('POST', `/issues/${issue.id}/rectification-reports`, { token: await app.login('unit004'), body: { measures: '已补建' } });
      await send('sup01', `/issues/${issue.id}/rechecks`, { method: 'document', outcome: 'passed', findings: '资料齐全' });
      const title = `关于图书室管理问题整改情况的通报（${setting.tag}）`;
      const { context, page } = await personPage(browser, app.url, setting);
      try {
        await signIn(page, 'coordinator');
        await reloadUntil(page, () => inboxItem(page, issue.number!).isVisible(), 'the report to-do');
        await snap(page, setting, 'coordinator-1-inbox');
        await page.locator('a[href="/bulletins"]').first().click();
        await page.locator('.page-actions .btn-primary').click();
        const compose = page.getByTestId('compose-form');
        await compose.locator('input[name="bulletinTitle"]').fill(title);
        await page.locator('input[name="issueSearch"]').fill(issue.number!);
        const row = page.locator('[data-testid="issue-table"] tbody tr', { hasText: issue.number! });
        // the search by number leaves exactly that issue in the list
        await page.waitForFunction(() => document.querySelectorAll('[data-testid="issue-table"] tbody tr').length === 1);
        await row.waitFor();
        await row.locator('input[type="checkbox"]').check();
        expect(await page.getByTestId('selected-issues').textContent()).toContain(issue.number!);
        await expectReadable(page, setting, 'compose');
        if (setting.width < 500) await expectNoSidewaysScroll(page, setting, 'compose');
        await snap(page, setting, 'coordinator-2-compose');
        await compose.locator('button[type="submit"]').click();
        const publish = page.getByTestId('bulletin-draft').getByTestId('publish-form');
        await publish.locator('input[value="public"]').check();
        await publish.locator('button[type="submit"]').click();
        const published = page.locator('[data-testid="bulletin-list"] li[data-published="true"]', { hasText: title });
        await reloadUntil(page, () => published.isVisible(), 'the published bulletin');
        expect(await published.textContent()).toMatch(/督通〔2026〕\d+号/);
        await expectReadable(page, setting, 'bulletins');
        await snap(page, setting, 'coordinator-3-published');
        // anyone reads it on the public page
        await page.goto('/public/bulletins');
        await reloadUntil(page, () => page.getByText(title).isVisible(), 'the public bulletin');
        await snap(page, setting, 'coordinator-4-public');
      } finally {
        await context.close();
      }
    });

    it('leader: inbox → overdue → accountability', async () => {
      const target = overdue[setting.lang === 'zh' ? 0 : 1];
      const { context, page } = await personPage(browser, app.url, setting);
      try {
        await signIn(page, 'leader');
        await reloadUntil(page, () => inboxItem(page, target.number).isVisible(), 'the accountability to-do');
        await expectReadable(page, setting, 'leader inbox');
        await snap(page, setting, 'leader-1-inbox');
        await page.locator('a[href="/overdue"]').first().click();
        const row = page.locator(`[data-testid="overdue-table"] tr[data-issue-id="${target.id}"]`);
        await row.waitFor();
        await expectReadable(page, setting, 'overdue list');
        await snap(page, setting, 'leader-2-overdue');
        const download = page.waitForEvent('download');
        await page.getByTestId('export-csv').click();
        const csv = readFileSync((await (await download).path())!, 'utf8');
        expect(csv).toContain(target.number);
        await row.locator('a').click();
        await status(page, 'rectifying');
        // the deadline clock urges right after marking the order overdue: decide on the page that shows it
        await reloadUntil(page, () => page.locator('[data-testid="order-card"] .badge.reminder-urge, [data-testid="order-card"] .badge.reminder-supervise').isVisible(), 'the reminder');
        const form = page.getByTestId('accountability-form');
        await form.locator('input[name="measures"][value="interview"]').check();
        await form.locator('textarea[name="basis"]').fill('逾期未整改，依据《教育督导问责办法》约谈学校负责人。');
        await form.locator('button[type="submit"]').click();
        await page.locator('[data-rule="ACCOUNTABILITY_REQUIRED"][data-state="ok"]').waitFor({ timeout: 30_000 });
        await expectReadable(page, setting, 'after accountability');
        await snap(page, setting, 'leader-3-accountability');
        await page.locator('a[href="/dashboard"]').first().click();
        await page.getByTestId('dashboard').waitFor();
        await page.waitForTimeout(800); // the charts animate in
        await expectReadable(page, setting, 'dashboard');
        await snap(page, setting, 'leader-4-dashboard');
        if (setting.width < 500) await expectNoSidewaysScroll(page, setting, 'dashboard');
      } finally {
        await context.close();
      }
    });

    it('auditor: timeline, state as of a moment, the dossier printed on A4', async () => {
      const { context, page } = await personPage(browser, app.url, setting);
      try {
        await signIn(page, 'auditor');
        await page.locator('a[href="/issues"]').first().click();
        // a closed issue of the seeded semester (its steps lie days apart on the simulated clock)
        await page.locator('select[name="status"]').selectOption('closed');
        await page.locator('input[name="q"]').fill('消防通道堆放杂物');
        await page.locator('[data-testid="issue-table"] tbody tr', { hasText: '消防通道堆放杂物' }).first().locator('a').click();
        await status(page, 'closed');
        await page.locator('a[href$="/timeline"]').click();
        await page.locator('[data-testid="verify-badge"][data-valid="true"]').waitFor();
        await page.locator('tr[data-event-type="IssueClosed"]').waitFor();
        await page.locator('[data-testid="timeline-table"] tbody tr').first().locator('button.link').click();
        await page.locator('[data-testid="as-of-result"][data-status="open"]').waitFor();
        await expectReadable(page, setting, 'timeline');
        await snap(page, setting, 'auditor-1-timeline');
        await page.locator('a[href$="/dossier"]').first().click();
        await page.locator('[data-testid="dossier"] [data-testid="verify-badge"]').waitFor();
        expect(await page.getByTestId('dossier-office').textContent()).toBe('示范县人民政府教育督导室');
        await expectReadable(page, { ...setting, lang: 'zh' }, 'dossier (always Chinese)', '[data-testid="dossier-document"]');
        await snap(page, setting, 'auditor-2-dossier');
        // printed on A4: the content column keeps a readable width, nothing spills off the page
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.emulateMedia({ media: 'print' });
        const widths = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          content: (document.querySelector('[data-testid="dossier-events"] tbody tr td:last-child') as HTMLElement).offsetWidth,
        }));
        expect(widths.page).toBeLessThanOrEqual(800);
        expect(widths.content).toBeGreaterThan(300);
        await snap(page, setting, 'auditor-3-dossier-print');
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
        expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      } finally {
        await context.close();
      }
    });
  });
});
