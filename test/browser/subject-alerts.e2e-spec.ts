/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { ComplaintClock } from '../../apps/worker/src/complaint-clock/complaint-clock';
import { DeadlineClock } from '../../apps/worker/src/deadline-clock/deadline-clock';
import { MatterClock } from '../../apps/worker/src/matter-clock/matter-clock';
import { assertWebBuilt, launch } from './support/browser';
import { expectReadable, personPage, reloadUntil, SETTINGS, signIn, snap } from './support/roles';

jest.setTimeout(300_000);

/**
 * Alerts about a 督查事项 and a complaint on the alerts page: named by number and the matter's title or the school
 * (never the complainant), linking to the matter's and the complaint's page; Chinese on a desktop for the office,
 * English at phone width for the assigned supervisor. Screenshots in test-artifacts/screenshots.
 */
describe('alerts about matters and complaints (browser)', () => {
  let app: TestApp;
  let browser: Browser;
  const clock = new ManualClock('2026-07-01T02:00:00.000Z');
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

  it('shows the overdue matter and complaint with their numbers and opens their pages', async () => {
    const coordinator = await app.login('coordinator');
    const matter = await app.api('POST', '/matters', {
      token: coordinator, body: { title: '核查校车安全隐患', source: { kind: 'leader_instruction', ref: '局长批示' }, requirements: '报送核查结果', tier: 'normal' },
    });
    await app.api('POST', `/matters/${matter.body.id}/assignments`, { token: coordinator, body: { leadUnitId: 'u-001', assistingUnitIds: [] } });
    const complaint = await app.api('POST', '/complaints', {
      token: coordinator, body: { unitId: 'u-001', channel: 'hotline', summary: '学校违规补课', anonymous: false, complainant: { name: '钱投诉', phone: '13800001111' } },
    });
    clock.set('2026-07-24T02:00:00.000Z'); // the matter was due 16 July, the complaint's verification 21 July
    // the issues' clock first, so that the demo's own alerts come before these on the first page
    await app.service.app.get(DeadlineClock).scan();
    const kinds = async () => {
      const answer = await app.api('GET', '/alerts?state=active&pageSize=20', { token: coordinator });
      return (answer.body.items as Array<{ kind: string; subjectId: string | null }>).filter((a) => a.subjectId === matter.body.id || a.subjectId === complaint.body.id).map((a) => a.kind);
    };
    const raised = async () => ['matter_overdue', 'complaint_overdue'].every((k) => raisedKinds.includes(k));
    let raisedKinds: string[] = [];
    for (let i = 0; i < 100 && !(await raised()); i++) {
      await app.service.app.get(MatterClock).scan();
      await app.service.app.get(ComplaintClock).scan();
      await new Promise((resolve) => setTimeout(resolve, 100));
      raisedKinds = await kinds();
    }
    expect(await raised()).toBe(true);

    const office = await personPage(browser, app.url, zhDesktop);
    const supervisor = await personPage(browser, app.url, enPhone);
    try {
      const p = office.page;
      await signIn(p, 'coordinator');
      await p.goto('/alerts');
      const matterAlert = p.locator('[data-kind="matter_overdue"]').filter({ hasText: matter.body.number });
      await reloadUntil(p, async () => (await matterAlert.count()) > 0, 'the overdue matter on the alerts page');
      expect(await matterAlert.innerText()).toContain('核查校车安全隐患');
      expect(await matterAlert.innerText()).toContain('督查事项逾期未办结');
      expect(await matterAlert.innerText()).toContain('办理期限 2026/07/16');
      const complaintAlert = p.locator('[data-kind="complaint_overdue"]').filter({ hasText: complaint.body.number });
      expect(await complaintAlert.innerText()).toContain('示范县实验小学');
      expect(await complaintAlert.innerText()).toContain('核实期限');
      expect(await complaintAlert.innerText()).not.toContain('钱投诉');
      await expectReadable(p, zhDesktop, 'alerts with a matter and a complaint');
      await snap(p, zhDesktop, 'alerts-matter-complaint');
      await matterAlert.getByTestId('alert-subject-link').click();
      await p.getByTestId('matter-facts').waitFor();
      expect(p.url()).toContain(`/matters/${matter.body.id}`);

      const s = supervisor.page;
      await signIn(s, 'sup01');
      await s.goto('/alerts');
      const ownComplaint = s.locator('[data-kind="complaint_overdue"]').filter({ hasText: complaint.body.number });
      await reloadUntil(s, async () => (await ownComplaint.count()) > 0, 'the complaint on the supervisor’s alerts page');
      expect(await ownComplaint.innerText()).toContain('Complaint verification overdue');
      await expectReadable(s, enPhone, 'alerts (supervisor)');
      await snap(s, enPhone, 'alerts-complaint');
      await ownComplaint.getByTestId('alert-subject-link').click();
      await s.getByTestId('complaint-facts').waitFor();
      expect(s.url()).toContain(`/complaints/${complaint.body.id}`);
    } finally {
      await office.context.close();
      await supervisor.context.close();
    }
  });
});
