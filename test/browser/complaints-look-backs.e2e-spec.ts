/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { assertWebBuilt, launch } from './support/browser';
import { personPage, SETTINGS, signIn, snap, visible } from './support/roles';

jest.setTimeout(180_000);

/**
 * The public complaint form without login (its wait before sending, a tracking code at the end) and the look-back
 * sample page with its seed, in Chinese on a desktop and in English at phone width, on an injected clock.
 */
describe('complaints and look-backs (browser)', () => {
  let app: TestApp;
  let browser: Browser;
  const clock = new ManualClock('2026-04-02T02:00:00.000Z');

  beforeAll(async () => {
    assertWebBuilt();
    app = await startTestApp({ clock });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it.each(SETTINGS)('files a complaint on the public page and shows its tracking code ($tag)', async (setting) => {
    const { context, page } = await personPage(browser, app.url, setting);
    try {
      await page.goto('/public/complaints');
      const form = page.getByTestId('public-complaint-form');
      await form.locator('select[name="unitId"]').selectOption('u-001');
      await form.locator('textarea[name="summary"]').fill('学校周末组织有偿补课，每名学生收费五百元。');
      await form.locator('input[name="complainantName"]').fill('钱公众');
      await form.locator('input[name="complainantPhone"]').fill('13700000000');
      await snap(page, setting, 'public-complaint-form');
      clock.advance(10_000); // the server measures the fill time on its own clock
      const submit = form.locator('button[type="submit"]');
      await page.waitForFunction((el) => !(el as HTMLButtonElement).disabled, await submit.elementHandle(), { timeout: 10_000 });
      await submit.click();
      const code = await page.getByTestId('tracking-code').textContent();
      expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
      await snap(page, setting, 'public-complaint-filed');
      await page.locator('input[name="code"]').fill(code!);
      await page.getByTestId('public-complaint-status').locator('button[type="submit"]').click();
      await page.getByTestId('public-status').waitFor();
      expect(await page.getByTestId('public-status').textContent()).not.toContain('钱公众');
    } finally {
      await context.close();
    }
  });

  it.each(SETTINGS)('shows a quarter’s look-back sample with its seed and the re-draw check ($tag)', async (setting) => {
    const token = await app.login('coordinator');
    const drawn = await app.api('POST', '/look-back-samples', { token, body: { quarter: '2026Q1', seed: 'browser-seed' } });
    expect([200, 201, 409]).toContain(drawn.status);
    const { context, page } = await personPage(browser, app.url, setting);
    try {
      await signIn(page, 'coordinator');
      await page.goto('/look-backs');
      const shown = page.locator('input[name="shownQuarter"]');
      await shown.fill('2026Q1');
      expect(await shown.inputValue()).toBe('2026Q1');
      await visible(page, 'look-back-sample');
      expect(await page.getByTestId('sample-seed').textContent()).toBe('browser-seed');
      await page.getByTestId('sample-check').waitFor();
      await snap(page, setting, 'look-back-sample');
    } finally {
      await context.close();
    }
  });
});
