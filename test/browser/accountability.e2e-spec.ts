import type { Browser } from 'playwright-core';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { assertWebBuilt, launch, login, newPage, PHONE, shot, uncaughtErrors } from './support/browser';

jest.setTimeout(120_000);

/** 问责 in the browser (#15): the register lists a decided case by its numbers; the case page shows due process, desktop and phone. */
describe('accountability register and case (browser)', () => {
  let app: TestApp;
  let browser: Browser;
  const clock = new ManualClock('2026-03-02T02:00:00.000Z');

  beforeAll(async () => {
    assertWebBuilt();
    app = await startTestApp({ clock });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the register and a decided case with its decision document and windows', async () => {
    const [coordinator, leader, sup] = await Promise.all([app.login('coordinator'), app.login('leader'), app.login('sup01')]);
    const ok = async (token: string, path: string, body: object = {}) => {
      const response = await app.api('POST', path, { token, body });
      if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body as { id: string; number?: string };
    };
    const issue = await ok(sup, '/issues', { unitId: 'u-001', category: 'canteen_hygiene', severity: 'general', title: '食堂留样记录不全', description: '未按规定留样', source: { kind: 'other' } });
    const opened = await ok(coordinator, '/accountability-cases', {
      issueIds: [issue.id], subjects: [{ kind: 'unit', unitId: 'u-001', name: '示范县实验小学' }, { kind: 'person', unitId: 'u-001', name: '周某某', position: '校长' }], grounds: ['整改不力'],
    });
    const base = `/accountability-cases/${opened.id}`;
    await ok(coordinator, `${base}/investigation-group`, { members: ['督学甲', '督学乙'] });
    await ok(coordinator, `${base}/facts`, { facts: '逾期未整改', proceed: true });
    const measures = [{ subject: 0, measure: 'public_criticism' }, { subject: 1, measure: 'disciplinary_sanction' }];
    await ok(coordinator, `${base}/notice`, { proposedMeasures: measures });
    await ok(coordinator, `${base}/statement-waiver`);
    await ok(coordinator, `${base}/opinion`, { measures });
    await ok(leader, `${base}/approval`);
    await ok(coordinator, `${base}/decision`, { basicFacts: '基本情况', facts: '问责事实', basis: '《教育督导问责办法》第十条', effectiveDate: '2026-03-02' });

    for (const viewport of [undefined, PHONE]) {
      const { page } = await newPage(browser, app.url, viewport);
      await login(page, 'leader');
      await page.goto('/accountability-cases');
      const table = page.getByTestId('cases-table');
      await table.getByText('督问决〔2026〕1号').waitFor();
      await table.getByText('处分').waitFor();
      await shot(page, `accountability-register${viewport ? '-phone' : ''}`);
      await table.getByRole('link', { name: opened.number! }).click();
      await page.getByTestId('case-decision').getByText('《教育督导问责办法》第十条').waitFor();
      await page.getByText('周某某（校长）', { exact: false }).waitFor();
      await page.getByText('书面表示放弃陈述申辩', { exact: false }).waitFor();
      await page.getByTestId('case-clocks').getByText('申请复核（30日）', { exact: false }).waitFor();
      await page.getByTestId('case-refer-1').waitFor(); // a 处分 is offered for referral, never execution
      expect(await page.getByTestId('case-execute-1').count()).toBe(0);
      await shot(page, `accountability-case${viewport ? '-phone' : ''}`);
      expect(uncaughtErrors(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('opens a case from an overdue issue page and lands on the case', async () => {
    const sup = await app.login('sup01');
    const post = async (path: string, body: object) => {
      const response = await app.api('POST', path, { token: sup, body });
      if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body as { id: string };
    };
    const issue = await post('/issues', { unitId: 'u-001', category: 'safety', severity: 'general', title: '围墙破损', description: '未修复', source: { kind: 'other' } });
    await post(`/issues/${issue.id}/rectification-orders`, { requirements: '修复围墙', deadline: '2026-03-04T15:59:59.000Z' });
    clock.set('2026-03-05T02:00:00.000Z');
    await post(`/issues/${issue.id}/reminders`, { level: 'urge', note: '催办' }); // records the overdue: accountability is required
    const { page } = await newPage(browser, app.url, PHONE);
    await login(page, 'coordinator');
    await page.goto(`/issues/${issue.id}`);
    const form = page.getByTestId('open-case-form');
    await form.getByLabel('相关负责人姓名（可不填）').fill('吴某某');
    await form.getByLabel('职务').fill('副校长');
    await shot(page, 'accountability-open-case-phone');
    await form.getByRole('button', { name: '提交' }).click();
    await page.waitForURL(/\/accountability-cases\/[0-9a-f-]{36}$/);
    await page.getByText('吴某某（副校长）', { exact: false }).waitFor();
    await page.getByTestId('case-group').waitFor(); // the next step: the investigation group
    expect(uncaughtErrors(page)).toEqual([]);
    await page.context().close();
  });
});
