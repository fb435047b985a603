import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { resolveChromium } from './chromium';

export const SCREENSHOTS = resolve(__dirname, '../../../test-artifacts/screenshots');
const WEB_INDEX = resolve(__dirname, '../../../dist/web/index.html');

/** The browser tests drive the production build that the server serves; say so plainly when it is missing. */
export function assertWebBuilt(): void {
  if (!existsSync(WEB_INDEX)) throw new Error(`dist/web/index.html is missing: run "npm run build:web" (or npm run build) before the browser tests`);
}

export async function launch(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const binary = resolveChromium();
  return chromium.launch({
    executablePath: binary.executablePath,
    env: { ...withoutPreloadedClock(process.env), ...binary.env },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * The test process may run under libfaketime (the suite is proved on future dates that way); Chromium's threads hang
 * under that preload. The browser needs no clock of its own: the UI takes "now" from the server (api/server-clock.ts),
 * which runs on the test's injected clock.
 */
function withoutPreloadedClock(env: NodeJS.ProcessEnv): Record<string, string> {
  const kept = Object.entries(env).filter(([name, value]) => value !== undefined && name !== 'LD_PRELOAD' && !name.startsWith('FAKETIME'));
  return Object.fromEntries(kept) as Record<string, string>;
}

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

/** A fresh browser context (its own localStorage) for one person, in Chinese unless told otherwise. */
export async function newPage(browser: Browser, baseURL: string, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport, locale: 'zh-CN', timezoneId: 'Europe/London', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  uncaught.set(page, errors);
  return { context, page };
}

const uncaught = new WeakMap<Page, string[]>();

/** Script errors the page threw (a blank screen usually starts with one). */
export const uncaughtErrors = (page: Page): string[] => uncaught.get(page) ?? [];

/** Signs in through the login form. */
export async function login(page: Page, username: string, password = 'demo12345'): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('current-user').waitFor();
}

export async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage });
}

/** The issue page's status once it equals `status` (reloading the data, since other people act in between). */
export async function waitForStatus(page: Page, status: string, timeoutMs = 10_000): Promise<void> {
  const target = page.locator(`[data-testid="issue-page"][data-status="${status}"]`);
  try {
    // Another person's command reaches this person's read model a moment later: reload until it shows.
    const until = Date.now() + timeoutMs;
    for (;;) {
      try {
        await target.waitFor({ timeout: 1_500 });
        return;
      } catch (error) {
        if (Date.now() > until) throw error;
        await page.reload();
      }
    }
  } catch (error) {
    const alerts = await page.locator('[role="alert"]').allTextContents();
    const current = await page.locator('[data-testid="issue-page"]').getAttribute('data-status').catch(() => null);
    throw new Error(`issue never reached ${status} (now ${current}); alerts on the page: ${JSON.stringify(alerts)}\n${(error as Error).message}`);
  }
}
