/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { assertWebBuilt, launch } from './support/browser';
import { expectReadable, personPage, reloadUntil, SETTINGS, signIn, snap } from './support/roles';

jest.setTimeout(300_000);

/**
 * Issue #13 in a real browser, in Chinese at desktop width and in English at phone width (screenshots in
 * test-artifacts/screenshots): the rechecker sees the photo the school uploaded; the office composes a bulletin with
 * kind, dates and body, opens it as a document and publishes it; anyone reads it and the rectification status.
 */
describe('bulletin documents, public pages and evidence files (browser)', () => {
  let app: TestApp;
  let browser: Browser;
  const clock = new ManualClock('2026-06-01T02:00:00.000Z');
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

  beforeAll(async () => {
    assertWebBuilt();
    app = await startTestApp({ clock, env: { LOGIN_RATE_PER_CLIENT: '1000' } });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const ok = async (user: string, method: string, path: string, body?: object) => {
    const response = await app.api(method, path, { token: await app.login(user), body });
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; number?: string };
  };

  describe.each(SETTINGS)('in $tag', (setting) => {
    it('rechecker sees the uploaded photo; the office composes, reads and publishes the document; anyone reads it', async () => {
      const title = `食堂后厨防蝇设施缺失（${setting.tag}）`;
      const issue = await ok('sup01', 'POST', '/issues', { unitId: 'u-005', category: 'safety', severity: 'general', title, description: '—', source: { kind: 'visit' } });
      await ok('sup01', 'POST', `/issues/${issue.id}/rectification-orders`, { requirements: '加装纱窗与灭蝇灯', workingDays: 5 });
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), '整改后照片.png');
      const uploaded = await (await fetch(`${app.url}/api/files`, { method: 'POST', headers: { authorization: `Bearer ${await app.login('unit005')}` }, body: form })).json();
      await ok('unit005', 'POST', `/issues/${issue.id}/rectification-reports`, { measures: '已加装纱窗和灭蝇灯', evidence: [{ fileId: uploaded.fileId, name: '整改后照片.png' }] });

      // the rechecker sees the school's photo as a thumbnail
      const sup = await personPage(browser, app.url, setting);
      try {
        await signIn(sup.page, 'sup01');
        await sup.page.goto(`/issues/${issue.id}`);
        const thumb = sup.page.locator('[data-testid="latest-report"] img.evidence-thumb');
        await reloadUntil(sup.page, () => thumb.isVisible(), 'the evidence thumbnail');
        expect(await thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
        await expectReadable(sup.page, setting, 'issue with evidence');
        await snap(sup.page, setting, 'files-1-evidence-thumbnail');
      } finally {
        await sup.context.close();
      }
      await ok('sup01', 'POST', `/issues/${issue.id}/rechecks`, { method: 'on_site', outcome: 'passed', findings: '现场核实已整改' });
      // the issue list (a read model) knows it is rectified before the office looks for it
      for (let i = 0; i < 100; i++) {
        const listed = await app.api('GET', `/issues?status=rectified&q=${encodeURIComponent(issue.number!)}`, { token: await app.login('coordinator') });
        if (listed.body.items?.some((row: { issueId: string }) => row.issueId === issue.id)) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }

      const bulletinTitle = `关于食堂卫生问题整改情况的通报（${setting.tag}）`;
      const office = await personPage(browser, app.url, setting);
      try {
        await signIn(office.page, 'coordinator');
        const page = office.page;
        await page.goto('/bulletins');
        await page.locator('.page-actions .btn-primary').click();
        const compose = page.getByTestId('compose-form');
        await compose.locator('select[name="bulletinKind"]').selectOption('rectification');
        await compose.locator('input[name="bulletinTitle"]').fill(bulletinTitle);
        await compose.locator('input[name="periodFrom"]').fill('2026-06-01');
        await compose.locator('input[name="periodTo"]').fill('2026-06-30');
        await compose.locator('textarea[name="bulletinBody"]').fill('现将6月督导发现问题的整改情况通报如下。\n请各校举一反三。');
        // 问题汇总: the issues found in the bulletin's period, by category and status (rectified), narrowed by number
        await page.locator('input[name="inPeriod"]').check();
        await page.locator('select[name="issueCategory"]').selectOption('safety');
        await page.locator('input[name="issueSearch"]').fill(issue.number!);
        const rows = page.locator('[data-testid="issue-table"] tbody tr');
        await page.waitForFunction((number) => {
          const shown = document.querySelectorAll('[data-testid="issue-table"] tbody tr');
          return shown.length === 1 && shown[0].textContent!.includes(number);
        }, issue.number!);
        await page.getByTestId('pick-all-shown').click();
        expect(await page.getByTestId('selected-issues').textContent()).toContain(issue.number!);
        await snap(page, setting, 'documents-1-compose');
        await compose.locator('button[type="submit"]').click();
        // the draft as a document, with the issue as it is now
        await page.getByTestId('open-draft').click();
        const doc = page.getByTestId('bulletin-document');
        await doc.waitFor();
        expect(await doc.getByTestId('doc-number').textContent()).toMatch(/督通〔2026〕\d+号/);
        expect(await doc.textContent()).toContain(title);
        await page.getByTestId('publish-form').locator('input[value="public"]').check();
        await page.getByTestId('publish-form').locator('button[type="submit"]').click();
        await reloadUntil(page, async () => (await doc.getAttribute('data-status')) === 'published', 'the published document');
        await expectReadable(page, setting, 'bulletin document');
        await snap(page, setting, 'documents-2-office-document');
      } finally {
        await office.context.close();
      }

      // anyone, without signing in
      const anyone = await personPage(browser, app.url, setting);
      try {
        const page = anyone.page;
        await page.goto('/public/bulletins');
        const link = page.locator('[data-testid="bulletin-link"]', { hasText: bulletinTitle });
        await reloadUntil(page, () => link.isVisible(), 'the public bulletin');
        await link.click();
        const doc = page.getByTestId('bulletin-document');
        await doc.waitFor();
        const text = (await doc.textContent()) ?? '';
        expect(text).toContain(title);
        expect(text).toContain('已加装纱窗和灭蝇灯');
        expect(await page.locator('[data-testid="document-actions"] a[data-format="pdf"]').getAttribute('href')).toContain('/document?format=pdf');
        await expectReadable(page, setting, 'public document');
        await snap(page, setting, 'documents-3-public-document');
        await page.goto('/public/rectification');
        await page.getByTestId('public-rectification').waitFor();
        await expectReadable(page, setting, 'public rectification');
        await snap(page, setting, 'documents-4-public-rectification');
      } finally {
        await anyone.context.close();
      }
    });
  });
});
