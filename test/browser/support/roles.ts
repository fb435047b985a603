/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '@app/testing/test-app';
import { shot } from './browser';

const scriptErrors = new WeakMap<Page, string[]>();

export type Lang = 'zh' | 'en';
export interface Setting {
  lang: Lang;
  width: number;
  height: number;
  /** names the screenshots: zh-1366, en-390 */
  tag: string;
}

export const SETTINGS: Setting[] = [
  { lang: 'zh', width: 1366, height: 768, tag: 'zh-1366' },
  { lang: 'en', width: 390, height: 844, tag: 'en-390' },
];
export const ALL_SETTINGS: Setting[] = [
  ...SETTINGS,
  { lang: 'zh', width: 390, height: 844, tag: 'zh-390' },
  { lang: 'en', width: 1366, height: 768, tag: 'en-1366' },
];

/** A person's browser in one language and width; the language is chosen before the first page, as a user would have it. */
export async function personPage(browser: Browser, baseURL: string, setting: Setting): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL, viewport: { width: setting.width, height: setting.height }, locale: setting.lang === 'zh' ? 'zh-CN' : 'en-GB', timezoneId: 'Europe/London', acceptDownloads: true,
  });
  await context.addInitScript((lang) => {
    if (!sessionStorage.getItem('lang-set')) {
      localStorage.setItem('sl.lang', lang);
      sessionStorage.setItem('lang-set', '1');
    }
  }, setting.lang);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000); // a loaded CI machine can take seconds to show a page
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  scriptErrors.set(page, errors);
  return { context, page };
}

/** Signs in through the login form (by field names: the labels follow the language). */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill('demo12345');
  await page.locator('form button[type="submit"]').click();
  await page.getByTestId('current-user').waitFor();
}

/** A screenshot (after checking that a phone-width page does not scroll sideways). */
export async function snap(page: Page, setting: Setting, name: string): Promise<void> {
  if (setting.width < 500) await expectNoSidewaysScroll(page, setting, name);
  await shot(page, `${name}-${setting.tag}`);
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const USER_ID = /\buser-[a-z0-9]/i;
/** Words of the domain's vocabulary and field names that must never reach a Chinese reader untranslated. */
const LATIN_VOCABULARY = [
  'open', 'rectifying', 'awaiting_recheck', 'rectified', 'closed', 'withdrawn', 'initial', 'general', 'serious', 'major', 'on_site', 'document',
  'passed', 'failed', 'sustained', 'relapsed', 'urge', 'supervise', 'internal', 'public', 'due_soon', 'overdue', 'reminder', 'coverage_missed',
  'extension_requested', 'routine', 'special', 'comprehensive', 'unannounced', 'complaint', 'visit', 'self_report', 'other', 'written', 'meeting',
  'interview', 'public_criticism', 'bulletin_notice', 'failed_rechecks', 'unitId', 'foundBy', 'foundAt', 'safetyHazard', 'orderNo', 'orderNumber',
  'deadlineRule', 'issueId', 'regionId', 'requirements', 'measures', 'findings', 'draft', 'published', 'unit', 'person', 'supervisor', 'leader',
  'coordinator', 'auditor', 'admin', 'system',
];
const LATIN_WORD = new RegExp(`(^|[^A-Za-z_])(${LATIN_VOCABULARY.join('|')})(?![A-Za-z_])`);
/** A message key that was never translated shows as `feature.key`. */
const MESSAGE_KEY = /(^|[^A-Za-z0-9_/.-])([a-z]{2,}(?:\.[a-zA-Z_]{2,}){1,3})(?![A-Za-z0-9_(-])/;

/** What a person reads on the page (closed <details> and hidden parts are not read). */
export async function readableText(page: Page, root = 'body'): Promise<string> {
  return page.evaluate((selector) => (document.querySelector(selector) as HTMLElement | null)?.innerText ?? '', root);
}

/**
 * The page speaks the reader's language and names things: no uuid, no user id, no message key left untranslated,
 * and on a Chinese page no Latin word of the domain's vocabulary. File names and document numbers are not words.
 */
export async function expectReadable(page: Page, setting: Setting, where: string, root = 'body'): Promise<void> {
  const text = (await readableText(page, root)).replace(/[^\s]+\.(jpg|pdf|png|docx?)/gi, '');
  const problems: string[] = [];
  const uuid = UUID.exec(text);
  if (uuid) problems.push(`uuid ${uuid[0]}`);
  const userId = USER_ID.exec(text);
  if (userId) problems.push(`user id near "${text.slice(Math.max(0, userId.index - 20), userId.index + 20)}"`);
  const key = MESSAGE_KEY.exec(text);
  if (key) problems.push(`untranslated key "${key[2]}"`);
  if (setting.lang === 'zh' && root !== 'body') {
    // an always-Chinese document: no Latin words at all (hashes and file names aside)
    const words = text.replace(/[0-9a-f]{16,}/g, '').match(/[A-Za-z]{3,}/g);
    if (words) problems.push(`Latin words ${[...new Set(words)].slice(0, 5).join(', ')}`);
  }
  if (setting.lang === 'zh') {
    for (const line of text.split('\n')) {
      const latin = LATIN_WORD.exec(line);
      if (latin) problems.push(`Latin "${latin[2]}" in "${line.slice(0, 80)}"`);
    }
  }
  const errors = scriptErrors.get(page) ?? [];
  if (errors.length) problems.push(`script errors ${errors.join('; ')}`);
  if (problems.length) throw new Error(`${where} (${setting.tag}): ${problems.join(' | ')}`);
}

/** At phone width the page never scrolls sideways as a whole (wide tables scroll inside their own box). */
export async function expectNoSidewaysScroll(page: Page, setting: Setting, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 2) throw new Error(`${where} (${setting.tag}) is ${overflow}px wider than the screen`);
}

/** Reloads until `probe` finds what another person's command made true (their commands reach this reader a moment later). */
export async function reloadUntil(page: Page, probe: () => Promise<boolean>, what: string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  // A reload restarts the page's own loads: give each page longer to show before the next one (a busy machine can
  // take seconds), or reloading every few hundred milliseconds would keep a slow page from ever showing.
  let patience = 2_000;
  for (;;) {
    const settled = Date.now() + patience;
    do {
      if (await probe().catch(() => false)) return;
      await page.waitForTimeout(250);
    } while (Date.now() < settled);
    if (Date.now() > until) throw new Error(`never saw ${what}; the page read: ${(await readableText(page).catch(() => '')).slice(0, 600)}`);
    patience = Math.min(patience * 2, 10_000);
    await page.reload();
  }
}

/** Waits for a test id to be visible; a timeout says what the page showed instead. */
export async function visible(page: Page, testId: string, timeoutMs = 30_000): Promise<void> {
  try {
    await page.getByTestId(testId).first().waitFor({ timeout: timeoutMs });
  } catch (error) {
    const text = (await readableText(page).catch(() => '')).slice(0, 600);
    throw new Error(`${testId} did not show at ${page.url()} within ${timeoutMs} ms; the page read: ${text}\n${(error as Error).message}`);
  }
}

/** Waits until the read side has caught up with everything in the log so far (the seeded semester included). */
export async function waitForReadSide(app: TestApp, token: string): Promise<void> {
  const head = await app.service.eventStore.headPosition();
  for (let i = 0; i < 300; i++) {
    const stale = await Promise.all(['/inbox', '/dashboard', '/alerts', '/visits', '/bulletins'].map(async (path) => {
      const answer = await app.api('GET', `${path}?minPosition=${head}`, { token });
      return answer.headers.get('read-model-stale') === 'true';
    }));
    if (!stale.some(Boolean)) return;
  }
  throw new Error('the read side never caught up with the log');
}
