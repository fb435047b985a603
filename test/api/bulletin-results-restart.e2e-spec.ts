import { createTestDatabase, type TestDatabase } from '@app/testing/test-database';
import { startTestApp, type TestApp } from '@app/testing/test-app';

/** 有结果必通报 is a durable reaction: a bulletin published while no worker runs is reported once one starts. */
describe('bulletin results process manager', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function resultReports(app: TestApp, token: string, id: string): Promise<number> {
    const { body } = await app.api('GET', `/issues/${id}/history`, { token });
    return body.events.filter((e: { type: string }) => e.type === 'ResultReported').length;
  }

  it('resumes from its checkpoint after a restart and never reports twice', async () => {
    const apiOnly = await startTestApp({ database, env: { WORKER_IN_PROCESS: 'false' } });
    const sup = await apiOnly.login('sup01');
    const coordinator = await apiOnly.login('coordinator');
    const issue = await apiOnly.api('POST', '/issues', {
      token: sup,
      body: { unitId: 'u-003', category: 'ethos', severity: 'general', title: '校风问题', description: '—', source: { kind: 'visit' } },
    });
    const bulletin = await apiOnly.api('POST', '/bulletins', { token: coordinator, body: { title: '第2期', issueIds: [issue.body.id] } });
    await apiOnly.api('POST', `/bulletins/${bulletin.body.id}/publish`, { token: coordinator, body: { scope: 'internal' } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await resultReports(apiOnly, sup, issue.body.id)).toBe(0);
    await apiOnly.stop();

    for (let restart = 0; restart < 2; restart++) {
      const withWorker = await startTestApp({ database });
      const token = await withWorker.login('sup01');
      for (let i = 0; i < 100 && (await resultReports(withWorker, token, issue.body.id)) === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await resultReports(withWorker, token, issue.body.id)).toBe(1);
      await withWorker.stop();
    }
  });
});
