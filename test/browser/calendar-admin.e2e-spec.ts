/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { assertWebBuilt, launch } from './support/browser';
import { personPage, SETTINGS, signIn, snap } from './support/roles';

jest.setTimeout(180_000);

/**
 * The operated calendar in the browser, on an injected clock (never today's date): 2026-12-18 is the day a
 * 10-working-day order first reaches into 2027, a year not yet published — previewed provisionally, never refused —
 * and the admin publishes a year from pasted JSON.
 */
describe('calendar (browser)', () => {
  let app: TestApp;
  let browser: Browser;
  const clock = new ManualClock('2026-12-18T02:00:00.000Z');
  const [zhDesktop, enPhone] = SETTINGS;

  beforeAll(async () => {
    assertWebBuilt();
    app = await startTestApp({ clock });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('previews a 10-working-day deadline into the provisional 2027 as the server will compute it', async () => {
    const token = await app.login('sup01');
    const issue = await app.api('POST', '/issues', {
      token,
      body: { unitId: 'u-001', category: 'safety', severity: 'general', title: '消防通道堆放杂物', description: '北侧通道', source: { kind: 'visit' } },
    });
    expect(issue.status).toBe(201);
    const { context, page } = await personPage(browser, app.url, zhDesktop);
    try {
      await signIn(page, 'sup01');
      await page.goto(`/issues/${issue.body.id}`);
      const order = page.getByTestId('order-form');
      await order.locator('textarea[name="requirements"]').fill('十个工作日内清理完毕。');
      await order.locator('input[name="deadline-days"]').fill('10');
      // 2026-12-18 + 10 working days = 2027-01-04 (元旦 2027-01-01 among the statutory days): provisional, and said so
      await expect(order.getByTestId('deadline-preview-value').getAttribute('data-date')).resolves.toBe('2027-01-04');
      await order.getByTestId('deadline-preview-provisional').waitFor();
      await snap(page, zhDesktop, 'order-provisional-2027');
    } finally {
      await context.close();
    }
  });

  it('lets the admin see the calendar, the missing year, and publish a year from pasted JSON (warnings shown)', async () => {
    const { context, page } = await personPage(browser, app.url, zhDesktop);
    try {
      await signIn(page, 'admin');
      await page.goto('/calendar');
      await page.getByTestId('calendar-year-2027').waitFor();
      await expect(page.getByTestId('calendar-year-2027').getAttribute('data-status')).resolves.toBe('provisional');
      await expect(page.getByTestId('calendar-warning').first().getAttribute('data-code')).resolves.toBe('NEXT_YEAR_NOT_PUBLISHED');
      await expect(page.getByTestId('calendar-published').textContent()).resolves.toBe('2024–2026');
      await snap(page, zhDesktop, 'admin-calendar');
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
      await snap(page, zhDesktop, 'admin-calendar-published');
      await expect(page.getByTestId('calendar-year-2027').getAttribute('data-status')).resolves.toBe('published');
      await expect(page.getByTestId('calendar-published').textContent()).resolves.toBe('2024–2027');
    } finally {
      await context.close();
    }
    const phone = await personPage(browser, app.url, enPhone);
    try {
      await signIn(phone.page, 'admin');
      await phone.page.goto('/calendar');
      await phone.page.getByTestId('calendar-year-2027').waitFor();
      await snap(phone.page, enPhone, 'admin-calendar');
    } finally {
      await phone.context.close();
    }
  });
});
