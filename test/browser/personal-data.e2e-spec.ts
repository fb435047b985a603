import type { Browser } from 'playwright-core';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { assertWebBuilt, launch, login, newPage, PHONE, shot, uncaughtErrors } from './support/browser';

jest.setTimeout(120_000);

/** 个人信息 in the browser: a supervisor flags a description, the admin finds the person (masked) and erases; the dossier shows [已删除]. */
describe('personal data (browser)', () => {
  const TEACHER = '欧阳明辉';
  let app: TestApp;
  let browser: Browser;
  const clock = new ManualClock(new Date().toISOString());

  beforeAll(async () => {
    assertWebBuilt();
    app = await startTestApp({ clock });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('flags a description, finds the subject masked, erases it, and the dossier shows [已删除]', async () => {
    const sup = await newPage(browser, app.url);
    const admin = await newPage(browser, app.url);
    const auditor = await newPage(browser, app.url);
    try {
      await login(sup.page, 'sup01');
      await sup.page.goto('/issues/new');
      const register = sup.page.getByTestId('register-form');
      await register.getByLabel('被督导单位').selectOption('u-001');
      await register.getByLabel('督导事项').selectOption('teachers');
      await register.getByLabel('问题标题').fill('教师师德问题');
      await register.getByLabel('问题描述').fill(`${TEACHER}老师在课堂上体罚学生`);
      await register.getByLabel(/描述含个人信息/).check();
      await register.getByText('请勿在标题中写姓名').waitFor();
      await shot(sup.page, 'register-issue-personal');
      await register.getByRole('button', { name: '提交' }).click();
      await sup.page.waitForURL(/\/issues\/[0-9a-f-]{36}$/);
      const issueId = sup.page.url().split('/').pop()!;
      await sup.page.getByText(`${TEACHER}老师在课堂上体罚学生`).first().waitFor();
      const leader = await app.login('leader');
      const decided = await app.api('POST', `/issues/${issueId}/accountability-decisions`, {
        token: leader,
        body: { targets: [{ kind: 'person', name: TEACHER, unitId: 'u-001' }], measures: ['interview'], basis: '师德失范' },
      });
      expect(decided.status).toBe(200);

      await login(admin.page, 'admin');
      await admin.page.getByRole('link', { name: '个人信息' }).click();
      await admin.page.getByRole('heading', { name: '个人信息保护' }).waitFor();
      const search = admin.page.getByTestId('personal-data-search');
      await search.getByLabel('姓名（须完整）').fill(TEACHER);
      await search.getByRole('button', { name: '查找' }).click();
      const table = admin.page.getByTestId('subject-table');
      // the person in the issue and in the case the quick decision opened (by the case's number, never an id), and the
      // flagged description naming them (a subject of its own)
      await table.getByText('欧***').nth(1).waitFor();
      await table.getByText(`问责案件 ${decided.body.caseNumber}`).waitFor();
      await table.getByText('欧…（14字）').waitFor();
      await table.getByText('教师师德问题（示范县实验小学）').first().waitFor();
      expect(await table.textContent()).not.toContain(TEACHER); // only the admin's own search box holds the name
      await shot(admin.page, 'admin-personal-data');

      // the person's request covers the description and both streams that name them; the name finds what is left
      const erase = async (row: ReturnType<typeof table.locator>) => {
        await row.getByRole('button', { name: '删除…' }).click();
        const form = admin.page.getByTestId('erase-form');
        await form.getByLabel(/删除理由/).fill('本人申请删除');
        await form.getByRole('button', { name: /确认删除/ }).click();
        await admin.page.getByText('已删除：密钥已销毁').waitFor();
      };
      const byName = async () => {
        await search.getByLabel('姓名（须完整）').fill(TEACHER);
        await search.getByLabel('或问题链接').fill('');
        await search.getByRole('button', { name: '查找' }).click();
      };
      await erase(table.locator('tr', { hasText: '欧…（14字）' }));
      await byName();
      const inCase = table.locator('tr', { hasText: `问责案件 ${decided.body.caseNumber}` }).filter({ hasText: '欧***' });
      await inCase.waitFor();
      await erase(inCase);
      await byName();
      const inIssue = table.locator('tr', { hasText: '教师师德问题（示范县实验小学）' }).filter({ hasText: '欧***' });
      await inIssue.waitFor();
      await erase(inIssue);
      // by the issue's link: the same two subjects, both erased
      await search.getByLabel('姓名（须完整）').fill('');
      await search.getByLabel('或问题链接').fill(`${app.url}/issues/${issueId}`);
      await search.getByRole('button', { name: '查找' }).click();
      await table.locator('tr', { hasText: '[已删除]' }).nth(1).waitFor();
      await expect(table.locator('tr', { hasText: '[已删除]' }).count()).resolves.toBe(2); // the issue's: its person and its text
      await admin.page.getByTestId('personal-data-audit').getByText('审计链校验通过').waitFor();
      await admin.page.getByTestId('personal-data-audit').getByText(/删除个人信息/).nth(1).waitFor();
      await admin.page.setViewportSize(PHONE);
      await shot(admin.page, 'admin-personal-data-phone');
      // the page itself never scrolls sideways at phone width (a wide table scrolls inside its own box)
      const overflow = await admin.page.evaluate(() => {
        const w = globalThis as unknown as { innerWidth: number; document: { documentElement: { scrollWidth: number } } };
        return w.document.documentElement.scrollWidth - w.innerWidth;
      });
      expect(overflow).toBeLessThanOrEqual(1);

      await login(auditor.page, 'auditor');
      await auditor.page.goto(`/issues/${issueId}/dossier`);
      await auditor.page.getByTestId('verify-badge').waitFor();
      await expect(auditor.page.getByTestId('verify-badge').getAttribute('data-valid')).resolves.toBe('true');
      await auditor.page.getByText(/\[已删除\]/).first().waitFor();
      expect(await auditor.page.content()).not.toContain(TEACHER);
      await auditor.page.emulateMedia({ media: 'print' });
      await shot(auditor.page, 'auditor-dossier-erased');
      for (const p of [sup.page, admin.page, auditor.page]) expect(uncaughtErrors(p)).toEqual([]);
    } finally {
      await Promise.all([sup, admin, auditor].map((x) => x.context.close()));
    }
  });
});
