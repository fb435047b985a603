import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { assertWebBuilt, launch, login, newPage, PHONE, shot, uncaughtErrors, waitForStatus } from './support/browser';

jest.setTimeout(120_000);

/**
 * The web UI in a real browser (Debian's Chromium through playwright-core) against the whole service:
 * one full loop across roles, the refused close explained by its checklist, the overdue list, public bulletins.
 * Screenshots of the main pages land in test-artifacts/screenshots/.
 */
describe('web UI (browser)', () => {
  let app: TestApp;
  let browser: Browser;
  // An injected clock, never today's date: 2026-12-18 is the day a 10-working-day order first reaches into 2027,
  // a year not yet published — it is computed (provisionally), not refused. The browser runs on the same time.
  const clock = new ManualClock('2026-12-18T02:00:00.000Z');
  /** A page whose Date is the server's test clock (timers still run), so nothing on screen depends on today. */
  async function openPage(viewport?: Parameters<typeof newPage>[2]) {
    const opened = await newPage(browser, app.url, viewport);
    await opened.page.clock.setFixedTime(new Date(clock.now()));
    return opened;
  }

  beforeAll(async () => {
    assertWebBuilt();
    app = await startTestApp({ clock, env: { DEADLINE_SCAN_INTERVAL_MS: '200' } });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function issueIdFrom(page: Page): Promise<string> {
    await page.waitForURL(/\/issues\/[0-9a-f-]{36}$/);
    return page.url().split('/').pop()!;
  }

  /** Registers an issue through the API (set-up for the tests that are about something else). */
  async function registerByApi(title: string, extra: Record<string, unknown> = {}): Promise<string> {
    const token = await app.login('sup01');
    const response = await app.api('POST', '/issues', {
      token,
      body: { unitId: 'u-002', category: 'management', severity: 'general', title, description: `${title}（测试）`, source: { kind: 'visit' }, ...extra },
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  let loopBulletinTitle = '';

  it('runs the full loop across roles: register, order, report, recheck, publish, close, audit', async () => {
    const sup = await openPage();
    const school = await openPage();
    const coordinator = await openPage();
    const auditor = await openPage();
    try {
      // 督学 registers an issue at one of his schools
      await login(sup.page, 'sup01');
      await sup.page.getByRole('heading', { name: '我的学校' }).waitFor();
      await sup.page.getByText('示范县实验小学').first().waitFor();
      await shot(sup.page, 'supervisor-schools');
      await sup.page.getByRole('link', { name: '登记问题', exact: true }).first().click();
      const register = sup.page.getByTestId('register-form');
      await register.getByLabel('被督导单位').selectOption('u-001');
      await register.getByLabel('督导事项').selectOption('safety');
      await register.getByLabel('较重').check();
      await register.getByLabel('问题标题').fill('消防通道堆放杂物');
      await register.getByLabel('问题描述').fill('教学楼东侧消防通道堆放课桌椅，影响疏散。');
      await register.getByLabel('佐证材料').setInputFiles({ name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('photo-bytes') });
      await register.getByText('现场照片.jpg').waitFor();
      await shot(sup.page, 'register-issue');
      await register.getByRole('button', { name: '提交' }).click();
      const issueId = await issueIdFrom(sup.page);
      await waitForStatus(sup.page, 'open');
      clock.advance(60_000); // the server's clock is a test clock: let the registration be a moment in the past

      // 限时整改 with the working-day deadline previewed from the official calendar
      const order = sup.page.getByTestId('order-form');
      await order.getByLabel('整改要求').fill('三日内清理消防通道，建立每日巡查制度。');
      await order.getByLabel(/天数/).fill('10');
      await expect(order.getByTestId('deadline-preview-value').textContent()).resolves.toMatch(/23:59:59/);
      // 2026-12-18 + 10 working days = 2027-01-04 (元旦 2027-01-01 from the statutory days): provisional, and said so
      await expect(order.getByTestId('deadline-preview-value').getAttribute('data-date')).resolves.toBe('2027-01-04');
      await order.getByTestId('deadline-preview-provisional').waitFor();
      await shot(sup.page, 'order-rectification');
      await order.getByRole('button', { name: '提交' }).click();
      await waitForStatus(sup.page, 'rectifying');
      const previewed = await sup.page.getByTestId('order-deadline').textContent();
      expect(previewed).toMatch(/23:59:59/); // shown in Beijing time although the browser runs in London

      // 学校 reports its rectification
      await login(school.page, 'unit001');
      await school.page.goto(`/issues/${issueId}`);
      await waitForStatus(school.page, 'rectifying');
      const report = school.page.getByTestId('report-form');
      await report.getByLabel('整改措施').fill('已清理全部杂物，张贴禁止堆放标识，安排值周教师每日巡查。');
      await report.getByLabel('佐证材料').setInputFiles({ name: '整改后照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('after') });
      await report.getByText('整改后照片.jpg').waitFor();
      await shot(school.page, 'school-report');
      await report.getByRole('button', { name: '提交' }).click();
      await waitForStatus(school.page, 'awaiting_recheck');

      // 督学 rechecks on site (a serious issue needs on-site), then a close is refused: not yet reported
      await sup.page.reload();
      const recheck = sup.page.getByTestId('recheck-form');
      await recheck.getByLabel('实地查看').check();
      await recheck.getByLabel('合格', { exact: true }).check();
      await recheck.getByLabel('复查意见').fill('现场查看，通道畅通，制度已上墙。');
      await recheck.getByRole('button', { name: '提交' }).click();
      await waitForStatus(sup.page, 'rectified');
      await sup.page.getByTestId('close-form').getByRole('button', { name: '办结销号' }).click();
      await sup.page.locator('[data-testid="close-form"] [role="alert"][data-code="RESULT_NOT_REPORTED"]').waitFor();
      await expect(sup.page.locator('[data-rule="RESULT_NOT_REPORTED"]').getAttribute('data-state')).resolves.toBe('missing');

      // 督导室 composes a bulletin with the issue and publishes it to the public
      await login(coordinator.page, 'coordinator');
      await coordinator.page.goto('/bulletins');
      await coordinator.page.getByRole('button', { name: '编制通报' }).click();
      loopBulletinTitle = `关于校园安全隐患整改情况的通报（${issueId.slice(0, 6)}）`;
      const compose = coordinator.page.getByTestId('compose-form');
      await compose.getByLabel('通报标题').fill(loopBulletinTitle);
      await coordinator.page.getByLabel('按编号添加问题').fill(issueId);
      await coordinator.page.getByRole('button', { name: '添加', exact: true }).click();
      await expect(coordinator.page.getByTestId('selected-count').textContent()).resolves.toContain('1');
      await shot(coordinator.page, 'coordinator-compose-bulletin');
      await compose.getByRole('button', { name: '提交' }).click();
      const publish = coordinator.page.getByTestId('publish-form');
      await publish.getByLabel('公开通报').check();
      await publish.getByRole('button', { name: '发布' }).click();
      await publish.locator('.success').first().waitFor();

      // 督学 closes once the publication reported the result on the issue
      for (let attempt = 0; attempt < 40; attempt++) {
        await sup.page.reload();
        await sup.page.getByTestId('closure-checklist').waitFor();
        if ((await sup.page.locator('[data-rule="RESULT_NOT_REPORTED"]').getAttribute('data-state')) === 'ok') break;
        await sup.page.waitForTimeout(250);
      }
      await shot(sup.page, 'issue-checklist-met');
      await sup.page.getByTestId('close-form').getByRole('button', { name: '办结销号' }).click();
      await waitForStatus(sup.page, 'closed');

      // 审计 opens the timeline: every event, the chain verified, the state as of the first event
      await login(auditor.page, 'auditor');
      await auditor.page.goto(`/issues/${issueId}/timeline`);
      await expect(auditor.page.getByTestId('verify-badge').getAttribute('data-valid')).resolves.toBe('true');
      const rows = auditor.page.locator('[data-testid="timeline-table"] tbody tr');
      await auditor.page.locator('tr[data-event-type="IssueClosed"]').waitFor();
      const types = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event-type')));
      expect(types).toEqual(expect.arrayContaining(['IssueRegistered', 'RectificationOrdered', 'RectificationReported', 'RecheckConducted', 'ResultReported', 'IssueClosed']));
      await rows.first().getByRole('button', { name: '查看此刻状态' }).click();
      await expect(auditor.page.getByTestId('as-of-result').getAttribute('data-status')).resolves.toBe('open');
      await shot(auditor.page, 'auditor-timeline');
      await auditor.page.goto(`/issues/${issueId}/dossier`);
      await auditor.page.getByTestId('verify-badge').waitFor();
      await auditor.page.emulateMedia({ media: 'print' });
      await shot(auditor.page, 'auditor-dossier-print');
      const pdf = await auditor.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');

      for (const p of [sup.page, school.page, coordinator.page, auditor.page]) expect(uncaughtErrors(p)).toEqual([]);
    } finally {
      await Promise.all([sup, school, coordinator, auditor].map((x) => x.context.close()));
    }
  });

  it('explains a refused close with the iron-rule checklist, in Chinese and in English', async () => {
    const issueId = await registerByApi('课后服务收费未公示');
    const { context, page } = await openPage();
    try {
      await login(page, 'sup01');
      await page.goto(`/issues/${issueId}`);
      await waitForStatus(page, 'open');
      await page.getByTestId('close-form').getByRole('button', { name: '办结销号' }).click();
      const alert = page.locator('[data-testid="close-form"] [role="alert"]');
      await expect(alert.getAttribute('data-code')).resolves.toBe('RECHECK_REQUIRED');
      await expect(alert.textContent()).resolves.toContain('须经复查合格方可销号');
      const rule = page.locator('[data-rule="RECHECK_REQUIRED"]');
      await expect(rule.getAttribute('data-state')).resolves.toBe('missing');
      await expect(rule.getAttribute('class')).resolves.toContain('check-highlight');
      await shot(page, 'refused-close-checklist');
      await page.getByRole('button', { name: /English/ }).click();
      await page.getByText('Closing conditions (the three iron rules)').waitFor();
      await expect(alert.textContent()).resolves.toContain('A passed recheck is required');
      await page.setViewportSize(PHONE);
      await shot(page, 'refused-close-phone-en');
      await page.getByRole('button', { name: /中文/ }).click();
    } finally {
      await context.close();
    }
  });

  it('serves the production build at / with a deep-link fallback that never shadows /api', async () => {
    const page = await fetch(`${app.url}/issues/00000000-0000-4000-8000-000000000000`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const api = await fetch(`${app.url}/api/no-such-route`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
  });

  it('shows the published bulletin on the public page without signing in', async () => {
    const { context, page } = await openPage();
    try {
      await page.goto('/public/bulletins');
      await page.getByRole('heading', { name: '督导通报公开栏' }).waitFor();
      if (loopBulletinTitle) await page.getByText(loopBulletinTitle).waitFor({ timeout: 15_000 });
      await shot(page, 'public-bulletins');
      await page.setViewportSize(PHONE);
      await shot(page, 'public-bulletins-phone');
    } finally {
      await context.close();
    }
  });

  it('lists overdue rectifications for the leader: filter, sort, CSV; dashboard charts', async () => {
    const token = await app.login('sup01');
    const overdueIds: string[] = [];
    for (const [title, severity] of [['食堂留样记录缺失', 'serious'], ['作业量超标', 'general']] as const) {
      const id = await registerByApi(title, { severity, category: severity === 'serious' ? 'canteen_hygiene' : 'student_burden' });
      const ordered = await app.api('POST', `/issues/${id}/rectification-orders`, { token, body: { requirements: '立即整改', workingDays: 1 } });
      expect(ordered.status).toBe(200);
      overdueIds.push(id);
    }
    clock.advance(12 * 86_400_000); // the deadline clock sees the deadlines pass
    const leaderToken = await app.login('leader');
    let listed = 0;
    for (let attempt = 0; attempt < 60 && listed < 2; attempt++) {
      const answer = await app.api('GET', '/overdue?pageSize=100', { token: leaderToken });
      listed = answer.status === 200 ? (answer.body.items as { issueId: string }[]).filter((i) => overdueIds.includes(i.issueId)).length : 0;
      if (listed < 2) await new Promise((r) => setTimeout(r, 250));
    }
    expect(listed).toBe(2);

    const { context, page } = await openPage();
    try {
      await login(page, 'leader');
      await page.goto('/overdue');
      const table = page.getByTestId('overdue-table');
      await table.locator(`tr[data-issue-id="${overdueIds[0]}"]`).waitFor();
      await shot(page, 'leader-overdue');
      await page.getByLabel('问题程度').selectOption('serious');
      await expect(table.locator('tbody tr').count()).resolves.toBe(1);
      await page.getByLabel('问题程度').selectOption('');
      await page.getByRole('button', { name: /逾期天数/ }).click();
      const download = page.waitForEvent('download');
      await page.getByTestId('export-csv').click();
      const csv = readFileSync((await (await download).path())!, 'utf8');
      expect(csv).toContain('食堂留样记录缺失');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      await page.goto('/dashboard');
      await page.getByRole('heading', { name: '督导驾驶舱' }).waitFor();
      await page.waitForTimeout(600); // let the charts animate in
      await shot(page, 'leader-dashboard');
    } finally {
      await context.close();
    }
  });

  it('lets the admin see the calendar, the missing year, and publish a year from pasted JSON (warnings shown)', async () => {
    const { context, page } = await openPage();
    try {
      await login(page, 'admin');
      await page.goto('/calendar');
      await page.getByTestId('calendar-year-2027').waitFor();
      await expect(page.getByTestId('calendar-year-2027').getAttribute('data-status')).resolves.toBe('provisional');
      await expect(page.getByTestId('calendar-warning').first().getAttribute('data-code')).resolves.toBe('NEXT_YEAR_NOT_PUBLISHED');
      await expect(page.getByTestId('calendar-published').textContent()).resolves.toBe('2024–2026');
      await shot(page, 'admin-calendar');
      const form = page.getByTestId('calendar-publish-form');
      // a made-up schedule for the test (the official 2027 schedule is not known here)
      await form.getByTestId('calendar-json').fill(JSON.stringify({
        year: 2027,
        holidays: [{ date: '2027-01-01', name: '元旦' }, { date: '2027-02-05', name: '春节' }, { date: '2027-02-08', name: '春节' }],
        workdays: [],
        source: { title: '测试用2027年放假安排（非官方）', docNo: 'TEST-2027-UI', publishedOn: '2026-12-10' },
      }));
      await form.getByRole('button', { name: '从 JSON 填入表单' }).click();
      await form.getByRole('button', { name: '发布' }).click();
      await page.getByTestId('calendar-published-result').waitFor();
      await expect(page.getByTestId('calendar-published-result').textContent()).resolves.toContain('清明节');
      await shot(page, 'admin-calendar-published');
      await expect(page.getByTestId('calendar-year-2027').getAttribute('data-status')).resolves.toBe('published');
      await expect(page.getByTestId('calendar-published').textContent()).resolves.toBe('2024–2027');
      await page.setViewportSize({ width: 390, height: 844 });
      await shot(page, 'admin-calendar-phone');
    } finally {
      await context.close();
    }
  });
});
