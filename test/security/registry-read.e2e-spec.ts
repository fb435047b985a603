import { startTestApp, type TestApp } from '@app/testing/test-app';

/** The UI's pickers use the same jurisdiction as every other read. */
describe('registry look-ups for the UI', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const units = async (username: string) =>
    ((await app.api('GET', '/registry/units', { token: await app.login(username) })).body as { id: string; zoneId: string }[]);

  it('gives a zone leader the whole zone, a supervisor the assigned schools, a unit itself', async () => {
    const zoneLeader = await units('sup01');
    expect(zoneLeader).toHaveLength(19);
    expect(new Set(zoneLeader.map((u) => u.zoneId))).toEqual(new Set(['z-demo-1']));
    expect((await units('sup02')).map((u) => u.id)).toEqual(['u-006', 'u-007', 'u-008', 'u-009', 'u-010']);
    expect((await units('unit001')).map((u) => u.id)).toEqual(['u-001']);
    expect((await units('leaderb')).every((u) => !u.id.startsWith('u-0'))).toBe(true);
  });
});
