import { startTestApp, type TestApp } from '@app/testing/test-app';

describe('service smoke', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers health and logs in a demo user', async () => {
    expect((await app.api('GET', '/health')).status).toBe(200);
    const token = await app.login('sup01');
    expect(token).toMatch(/^ey/);
  });
});
