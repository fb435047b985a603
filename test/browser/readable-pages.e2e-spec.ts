/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { assertWebBuilt, launch } from './support/browser';
import { ALL_SETTINGS, expectNoSidewaysScroll, expectReadable, personPage, signIn, snap, waitForReadSide } from './support/roles';

jest.setTimeout(600_000);

/**
 * Every page each role reads, on the seeded demo semester, in both languages at desktop and phone width: no raw uuid,
 * no `user-` id, no message key left untranslated, no Latin word of the domain on a Chinese page, nothing wider than a
 * phone. Screenshots of each land in test-artifacts/screenshots.
 */
describe('every page reads in the reader\'s language, without ids (browser)', () => {
  let app: TestApp;
  let browser: Browser;
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');
  const pages: Record<string, string[]> = {};

  beforeAll(async () => {
    assertWebBuilt();
    app = await startTestApp({ clock, env: { DEMO_HISTORY: '1', LOGIN_RATE_PER_CLIENT: '1000' } });
    browser = await launch();
    const leader = await app.login('leader');
    await waitForReadSide(app, await app.login('coordinator'));
    const list = async (status: string) => {
      for (let i = 0; i < 100; i++) {
        const items = (await app.api('GET', `/issues?status=${status}&pageSize=1`, { token: leader })).body.items as { issueId: string }[];
        if (items.length) return items[0].issueId;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`no ${status} issue seeded`);
    };
    const closed = await list('closed');
    const awaiting = await list('awaiting_recheck');
    const visit = (await app.api('GET', '/visits?pageSize=1', { token: await app.login('sup01') })).body.items[0].visitId as string;
    const common = ['/inbox', '/issues', '/alerts'];
    pages.leader = [...common, '/dashboard', '/overdue', '/bulletins', '/visits', `/issues/${closed}`];
    pages.coordinator = [...common, '/bulletins', '/numbers', `/issues/${awaiting}`];
    pages.sup01 = [...common, '/schools', '/visits', `/visits/${visit}`, '/overdue', '/issues/new'];
    pages.auditor = ['/inbox', '/issues', `/issues/${closed}`, `/issues/${closed}/timeline`, `/issues/${closed}/dossier`, '/numbers'];
    pages.unit001 = ['/inbox', '/issues', '/alerts', '/visits'];
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  // The alert stream keeps a request open, so "network idle" never comes: wait for the page's own loads instead.
  const settle = async (page: Page) => {
    await page.waitForFunction(() => {
      const main = document.querySelector('#main, main');
      return !!main && main.textContent!.trim().length > 0 && document.querySelectorAll('.loading').length === 0;
    });
    await page.waitForTimeout(300);
  };

  it.each(ALL_SETTINGS)('in $tag', async (setting) => {
    for (const [user, paths] of Object.entries(pages)) {
      const { context, page } = await personPage(browser, app.url, setting);
      try {
        await signIn(page, user);
        for (const path of paths) {
          await page.goto(path);
          await settle(page);
          const where = `${user} ${path}`;
          await expectReadable(page, setting, where);
          if (path.endsWith('/dossier')) await expectReadable(page, { ...setting, lang: 'zh' }, `${where} (always Chinese)`, '[data-testid="dossier-document"]');
          if (setting.width < 500) await expectNoSidewaysScroll(page, setting, where);
          await snap(page, setting, `page-${user}-${path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'x').replace(/\//g, '_')}`);
        }
      } finally {
        await context.close();
      }
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

  it('shows the public bulletins without signing in, readably, in both languages', async () => {
    for (const setting of ALL_SETTINGS) {
      const { context, page } = await personPage(browser, app.url, setting);
      try {
        await page.goto('/public/bulletins');
        await page.getByTestId('bulletin-list').waitFor();
        await expectReadable(page, setting, 'public bulletins');
        await snap(page, setting, 'page-public-bulletins');
      } finally {
        await context.close();
      }
    }
  });
});
