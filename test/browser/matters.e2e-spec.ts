/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { assertWebBuilt, launch } from './support/browser';
import { expectReadable, personPage, reloadUntil, signIn, snap, SETTINGS } from './support/roles';

jest.setTimeout(300_000);

/**
 * 督查事项 in the browser: the office registers and assigns a matter through its forms (Chinese, desktop), the lead
 * unit answers from its inbox (English, phone), the office sends it back once and accepts the second result; every
 * page readable in its language, without ids, no wider than a phone. Screenshots in test-artifacts/screenshots.
 */
describe('matters (browser)', () => {
  let app: TestApp;
  let browser: Browser;
  const clock = new ManualClock('2026-06-01T02:00:00.000Z');
  const [zhDesktop, enPhone] = SETTINGS;

  beforeAll(async () => {
    assertWebBuilt();
    app = await startTestApp({ clock, env: { LOGIN_RATE_PER_CLIENT: '1000' } });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('registers, assigns, is answered from the inbox, sent back once and accepted', async () => {
    const office = await personPage(browser, app.url, zhDesktop);
    const unit = await personPage(browser, app.url, enPhone);
    try {
      const p = office.page;
      await signIn(p, 'coordinator');
      await p.goto('/matters/new');
      await p.locator('input[name="title"]').fill('落实课后服务经费');
      await p.locator('input[name="ref"]').fill('局长批示');
      await p.locator('textarea[name="requirements"]').fill('两周内报送落实情况');
      await expectReadable(p, zhDesktop, 'new matter');
      await snap(p, zhDesktop, 'matter-new');
      await p.getByTestId('new-matter-form').locator('button[type="submit"]').click();
      await p.getByTestId('assign-form').waitFor();
      const matterUrl = p.url();
      await p.locator('select[name="leadUnitId"]').selectOption('u-001');
      await p.getByTestId('assign-form').locator('button[type="submit"]').click();
      await p.getByTestId('remind-form').waitFor();
      await expectReadable(p, zhDesktop, 'matter assigned');
      await snap(p, zhDesktop, 'matter-detail');

      const u = unit.page;
      await signIn(u, 'unit001');
      await u.goto('/inbox');
      await reloadUntil(u, async () => (await u.locator('[data-kind="matter_to_handle"]').count()) > 0, 'the matter in the inbox');
      await expectReadable(u, enPhone, 'unit inbox');
      await u.locator('[data-kind="matter_to_handle"] a').click();
      await u.getByTestId('completion-form').waitFor();
      await u.locator('textarea[name="result"]').fill('Half of the funds paid');
      await u.getByTestId('completion-form').locator('button[type="submit"]').click();
      await u.getByTestId('completion-form').waitFor({ state: 'detached' });
      await expectReadable(u, enPhone, 'matter submitted');
      await snap(u, enPhone, 'matter-detail-unit');

      await p.goto(matterUrl);
      await p.getByTestId('review-form').waitFor();
      await p.locator('select[name="outcome"]').selectOption('returned');
      await p.getByTestId('review-form').locator('textarea[name="note"]').fill('经费未全部到位');
      await p.getByTestId('review-form').locator('button[type="submit"]').click();
      await p.getByTestId('remind-form').waitFor();

      await u.reload();
      await u.locator('textarea[name="result"]').fill('All funds paid');
      await u.getByTestId('completion-form').locator('button[type="submit"]').click();
      await u.getByTestId('completion-form').waitFor({ state: 'detached' });

      await p.reload();
      await p.getByTestId('review-form').locator('button[type="submit"]').click();
      await p.getByTestId('close-matter-form').locator('button[type="submit"]').click();
      await p.getByTestId('close-matter-form').waitFor({ state: 'detached' });
      const history = await p.getByTestId('matter-history').innerText();
      expect(history.match(/报送办理结果/g)).toHaveLength(2);
      expect(history).toContain('经费未全部到位');

      await p.goto('/matters');
      await reloadUntil(p, async () => (await p.getByTestId('matters-table').innerText()).includes('已办结'), 'the closed matter in the register');
      await expectReadable(p, zhDesktop, 'matter register');
      await snap(p, zhDesktop, 'matters');
      await u.goto('/matters');
      await u.getByTestId('matters-table').waitFor();
      await expectReadable(u, enPhone, 'matter register (unit)');
      await snap(u, enPhone, 'matters');
    } finally {
      await office.context.close();
      await unit.context.close();
    }
  });

  it('督政: launches an evaluation, fills the self-evaluation by area and indicator, reviews and concludes', async () => {
    const office = await personPage(browser, app.url, zhDesktop);
    const reader = await personPage(browser, app.url, enPhone);
    try {
      const p = office.page;
      await signIn(p, 'coordinator');
      await p.goto('/evaluations');
      await p.locator('select[name="subjectUnitId"]').selectOption('u-gov-r-demo-county');
      await p.locator('input[name="selfEvaluationDueAt"]').fill('2026-06-30');
      await p.getByTestId('launch-evaluation-form').locator('button[type="submit"]').click();
      await p.getByTestId('self-evaluation-form').waitFor();
      const inputs = p.locator('input[name^="score-"]');
      expect(await inputs.count()).toBe(35);
      for (let i = 0; i < 35; i++) {
        const input = inputs.nth(i);
        const max = Number(await input.getAttribute('max'));
        await input.fill(String(i === 0 ? max - 2 : max));
      }
      // evidence for one indicator, uploaded from its row
      const evidence = p.locator('input[name="evidence-1.1"]');
      await evidence.setInputFiles({ name: '经费拨付凭证.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% 经费拨付凭证\n%%EOF\n') });
      await p.getByTestId('self-evaluation-form').getByText('经费拨付凭证.pdf').waitFor();
      await p.locator('textarea[name="problems"]').fill('教师编制缺口');
      await p.locator('textarea[name="measures"]').fill('三年内补足编制');
      await expect(p.getByTestId('self-total').innerText()).resolves.toContain('98');
      await expectReadable(p, zhDesktop, 'self-evaluation form');
      await snap(p, zhDesktop, 'evaluation-self-form');
      await p.getByTestId('self-evaluation-form').locator('button[type="submit"]').click();
      await p.getByTestId('evaluation-scores').waitFor();
      await expect(p.getByTestId('self-score').innerText()).resolves.toContain('履职到位');
      await expect(p.getByTestId('evidence-1.1').innerText()).resolves.toContain('经费拨付凭证.pdf');

      // the team's review: one indicator through its row, the rest through the API; then the conclusion in the form
      const evaluationId = p.url().split('/').pop()!;
      await p.getByTestId('review-1.1').locator('input[name="score"]').fill('3');
      await p.getByTestId('review-1.1').locator('input[name="findings"]').fill('经费未足额拨付');
      await p.getByTestId('review-1.1').locator('button[type="submit"]').click();
      await p.getByTestId('review-1.1').locator('button', { hasText: '重新复核' }).waitFor();
      const token = await app.login('coordinator');
      const evaluation = (await app.api('GET', `/evaluations/${evaluationId}`, { token })).body;
      for (const i of evaluation.framework.areas.flatMap((a: { indicators: { code: string; maxScore: number }[] }) => a.indicators).slice(1)) {
        await app.api('POST', `/evaluations/${evaluationId}/indicator-reviews`, { token, body: { indicator: i.code, score: i.maxScore } });
      }
      await p.reload();
      await p.locator('textarea[name="summary"]').fill('总体履职到位');
      await p.getByTestId('conclusion-form').locator('textarea[name="findings"]').fill('经费未足额拨付');
      await p.getByTestId('conclusion-form').locator('button[type="submit"]').click();
      await p.getByTestId('concluded-score').waitFor();
      await expect(p.getByTestId('concluded-score').innerText()).resolves.toContain('99'); // 1.1 reviewed 3 of 4, the rest in full
      await expectReadable(p, zhDesktop, 'concluded evaluation');
      await snap(p, zhDesktop, 'evaluation-concluded');
      // the office publishes the report to the public: it is numbered, and the number shows on the page
      await p.getByTestId('evaluation-report').locator('button.btn-primary').click();
      await expect(p.getByTestId('evaluation-report-number').innerText()).resolves.toMatch(/督评〔2026〕\d+号/);
      await p.goto('/evaluations');
      await reloadUntil(p, async () => (await p.getByTestId('scores-chart').innerText()).includes('99'), 'the scores chart');
      await expectReadable(p, zhDesktop, 'scores chart');
      await snap(p, zhDesktop, 'evaluations');

      const r = reader.page;
      await signIn(r, 'leader');
      await r.goto('/evaluations');
      await reloadUntil(r, async () => (await r.getByTestId('evaluations-table').innerText()).includes('99'), 'the concluded score in the list');
      await r.getByTestId('scores-chart').waitFor();
      await expectReadable(r, enPhone, 'evaluations');
      await snap(r, enPhone, 'evaluations');
      await r.goto(`/evaluations/${evaluationId}`);
      await r.getByTestId('evaluation-scores').waitFor();
      await expectReadable(r, enPhone, 'evaluation');
      await snap(r, enPhone, 'evaluation');
      // the list says the report was published, with its number; the public page lists it (phone, English)
      await r.goto('/evaluations');
      await reloadUntil(r, async () => (await r.getByTestId('evaluations-table').innerText()).includes('督评〔2026〕'), 'the report number in the list');
      await r.goto('/public/evaluations');
      await reloadUntil(r, async () => (await r.getByTestId('public-evaluations').innerText()).includes('督评〔2026〕'), 'the public evaluation reports');
      await expectReadable(r, enPhone, 'public evaluation reports');
      await snap(r, enPhone, 'public-evaluations');
    } finally {
      await office.context.close();
      await reader.context.close();
    }
  });
});
