/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { assertWebBuilt, launch } from './support/browser';
import { ALL_SETTINGS, expectReadable, personPage, reloadUntil, signIn, snap } from './support/roles';

jest.setTimeout(600_000);

/**
 * Supervision work in the browser (DESIGN §3.5): a joint visit of zone 1's team at two schools, from the plan to its
 * reports, read by the office, the team leader and a school; the compliance list; a supervisor's own duties page —
 * in both languages, at desktop and phone width, with screenshots; the team leader finishing the second school.
 */
describe('supervision activities and duties (browser)', () => {
  let app: TestApp;
  let browser: Browser;
  const clock = new ManualClock('2026-10-15T02:00:00.000Z');
  let activityId = '';

  beforeAll(async () => {
    assertWebBuilt();
    app = await startTestApp({ clock, env: { LOGIN_RATE_PER_CLIENT: '1000', PROJECTION_POLL_INTERVAL_MS: '20' } });
    browser = await launch();
    const [coordinator, sup01] = [await app.login('coordinator'), await app.login('sup01')];
    const post = async (path: string, token: string, body: unknown) => {
      const response = await app.api('POST', path, { token, body });
      if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body as { id: string; position: string };
    };
    activityId = (await post('/activities', coordinator, { kind: 'joint', title: '第一责任区秋季联合视导', matters: ['safety', 'student_burden'], targetUnitIds: ['u-001', 'u-002'], from: '2026-10-12', to: '2026-10-16' })).id;
    const a = `/activities/${activityId}`;
    await post(`${a}/team`, coordinator, { leaderId: 's-01', members: [{ supervisorId: 's-01', matters: ['safety'] }, { supervisorId: 's-02', matters: ['student_burden'] }, { supervisorId: 's-03', matters: ['safety'] }] });
    for (const unitId of ['u-001', 'u-002']) {
      await post(`${a}/site-visits`, sup01, {
        unitId, date: '2026-10-13', methods: ['briefing', 'lesson_observation', 'campus_tour', 'feedback_session'],
        findings: [
          { supervisorId: 's-01', matter: 'safety', highlights: '安全台账规范', problems: '消防通道堵塞', suggestions: '每日巡查' },
          { supervisorId: 's-02', matter: 'student_burden', highlights: '作业公示到位', problems: '', suggestions: '控制书面作业总量' },
        ],
      });
    }
    const issue = await post('/issues', sup01, { unitId: 'u-001', category: 'safety', severity: 'general', title: '消防通道堵塞', description: '联合视导发现', source: { kind: 'activity', activityId } });
    await post(`/issues/${issue.id}/rectification-orders`, sup01, { requirements: '立即清理', workingDays: 10 });
    await post(`${a}/opinion-letters`, sup01, { unitId: 'u-001', evaluation: '总体良好，消防通道须立即清理', issueIds: [issue.id] });
    await post(`${a}/unit-reports`, sup01, { unitId: 'u-001', report: '示范县实验小学视导报告：办学规范，安全管理需加强。' });
    await post(`${a}/member-summaries`, await app.login('sup02'), { supervisorId: 's-02', highlights: '作业管理规范', problemsAndSuggestions: '建议加强体育锻炼' });
    await post('/supervisors/s-01/trainings', sup01, { date: '2026-03-10', course: '责任督学集中培训', hours: 16 });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const READY: Record<string, string> = { '/activities': 'activities-table', '/supervisors': 'supervisors-table', '/duties': 'supervisor-page' };

  it.each(ALL_SETTINGS)('reads the activity, the list and the duties in $tag', async (setting) => {
    const pages: Record<string, string[]> = {
      coordinator: ['/activities', `/activities/${activityId}`, '/supervisors'],
      sup01: [`/activities/${activityId}`, '/duties'],
      unit001: ['/activities', `/activities/${activityId}`],
    };
    for (const [user, paths] of Object.entries(pages)) {
      const { context, page } = await personPage(browser, app.url, setting);
      try {
        await signIn(page, user);
        for (const path of paths) {
          await page.goto(path);
          const ready = READY[path] ?? 'activity-page';
          await reloadUntil(page, async () => (await page.getByTestId(ready).count()) > 0, `${user} ${path}`, 120_000);
          await page.waitForTimeout(300);
          await expectReadable(page, setting, `${user} ${path}`);
          await snap(page, setting, `activities-${user}-${path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'x').replace(/\//g, '_')}`);
        }
      } finally {
        await context.close();
      }
    }
  });

  it('shows each member\'s findings by name, the letter by its number, and lets the team leader finish the second school', async () => {
    const { context, page } = await personPage(browser, app.url, ALL_SETTINGS[0]);
    try {
      await signIn(page, 'sup01');
      await page.goto(`/activities/${activityId}`);
      await page.getByTestId('activity-unit-u-001').waitFor();
      const first = await page.getByTestId('activity-unit-u-001').innerText();
      expect(first).toContain('督学02');
      expect(first).toContain('督导意见〔2026〕1号');
      expect(first).toContain('示范县实验小学视导报告');
      expect(await page.getByTestId('activity-team').innerText()).toContain('督学01（组长）');
      const letter = page.getByTestId('letter-u-002');
      await letter.locator('textarea[name="evaluation"]').fill('良好');
      await letter.locator('button[type="submit"]').click();
      await reloadUntil(page, async () => (await page.getByTestId('report-form-u-002').count()) > 0, 'the report form after the letter', 20_000);
      await page.getByTestId('report-form-u-002').locator('textarea[name="report"]').fill('示范县第一中学视导报告');
      await page.getByTestId('report-form-u-002').locator('button[type="submit"]').click();
      await reloadUntil(page, async () => (await page.getByTestId('report-u-002').count()) > 0, 'the second report', 20_000);
      await snap(page, ALL_SETTINGS[0], 'activities-sup01-finished');
    } finally {
      await context.close();
    }
  });
});
