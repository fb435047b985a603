import { inflateRawSync } from 'node:zlib';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';

/** The one list path (paging, CSV/XLSX with the formula guard), visits, the directory, and a school's own history. */
describe('lists, exports, visits, directory', () => {
  let app: TestApp;
  const clock = new ManualClock('2026-04-20T02:00:00.000Z');
  const token: Record<string, string> = {};
  const ids: string[] = [];
  const TITLES = ['=HYPERLINK("http://evil.example","点我")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-1+2', '操场围栏破损'];

  beforeAll(async () => {
    app = await startTestApp({ clock });
    for (const user of ['sup01', 'sup02', 'unit001', 'unit002', 'coordinator', 'leader']) token[user] = await app.login(user);
    for (const title of TITLES) {
      const answer = await app.api('POST', '/issues', {
        token: token.sup01, body: { unitId: 'u-001', category: 'safety', severity: 'general', title, description: 'x', source: { kind: 'visit' } },
      });
      ids.push(answer.body.id);
    }
    await app.api('GET', `/issues?minPosition=${'0:0'}`, { token: token.sup01 });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const raw = (path: string, user: string) => fetch(`${app.url}/api${path}`, { headers: { authorization: `Bearer ${token[user]}` } });
  const waitForIssues = async (n: number) => {
    for (let i = 0; i < 200; i++) {
      const page = await app.api('GET', '/issues?pageSize=1', { token: token.coordinator });
      if (page.body.total >= n) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('issues never listed');
  };

  it('pages every list with {items, total} and refuses a duplicated parameter', async () => {
    await waitForIssues(5);
    const page = await app.api('GET', '/issues?page=2&pageSize=2', { token: token.coordinator });
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBe(5);
    expect(page.body.items[0].number).toMatch(/^示范县督问〔2026〕\d号$/);
    expect((await app.api('GET', '/issues?pageSize=100&page=1&pageSize=100', { token: token.coordinator })).status).toBe(400);
    for (const path of ['/overdue', '/alerts', '/bulletins', '/visits', '/inbox']) {
      const answer = await app.api('GET', `${path}?page=1&pageSize=5`, { token: token.coordinator });
      expect([path, answer.status, Array.isArray(answer.body.items), typeof answer.body.total]).toEqual([path, 200, true, 'number']);
    }
  });

  it('exports CSV with every formula start neutralised, in Chinese or English', async () => {
    const response = await raw('/issues?format=csv', 'coordinator');
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain('issues-2026-04-20.csv');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for UTF-8
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.split('\r\n')[0]).toBe('问题编号,问题标题,被督导单位,责任区,督导事项,问题程度,状态,是否逾期,整改期限,发现时间');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
    expect(csv).toContain(`'+cmd|' /C calc'!A0`);
    expect(csv).toContain(`'@SUM(1+1)`);
    expect(csv).toContain(`'-1+2`);
    expect(csv).toContain('示范县实验小学,第一责任区,校园及周边安全、学生交通安全,一般,待整改,否');
    for (const line of csv.split('\r\n').slice(1)) for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+@\t\r]/);
    const english = await (await raw('/issues?format=csv&lang=en', 'coordinator')).text();
    expect(english.split('\r\n')[0]).toBe('Number,Title,Unit,Zone,Matter,Severity,Status,Overdue,Deadline,Found');
    expect(english).toContain('Campus and traffic safety,General,Open,No');
  });

  it('exports XLSX whose cells are text, never formulas', async () => {
    const response = await raw('/issues?format=xlsx', 'coordinator');
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const zip = Buffer.from(await response.arrayBuffer());
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    const xml = unzipAll(zip);
    expect(xml).not.toContain('<f>');
    expect(xml).toContain("'=HYPERLINK(");
    expect(xml).toContain("'@SUM(1+1)");
  });

  it('lists visits and shows one with the issues found there, within scope', async () => {
    const visit = await app.api('POST', '/visits', { token: token.sup01, body: { unitId: 'u-001', kind: 'routine', date: '2026-04-20', matters: ['safety'], notes: '巡视校园' } });
    expect(visit.status).toBe(201);
    const found = await app.api('POST', '/issues', {
      token: token.sup01, body: { unitId: 'u-001', category: 'safety', severity: 'general', title: '灭火器过期', description: 'x', source: { kind: 'visit', visitId: visit.body.id } },
    });
    let page: { issues: { number: string; title: string }[] } | null = null;
    for (let i = 0; i < 200 && !page?.issues?.length; i++) {
      page = (await app.api('GET', `/visits/${visit.body.id}?minPosition=${found.body.position}`, { token: token.sup01 })).body;
    }
    expect(page).toMatchObject({ unitName: '示范县实验小学', date: '2026-04-20', kind: 'routine', issueCount: 1, issues: [{ number: found.body.number, title: '灭火器过期' }] });
    expect((await app.api('GET', `/visits/${visit.body.id}`, { token: token.unit001 })).status).toBe(200);
    expect((await app.api('GET', `/visits/${visit.body.id}`, { token: token.sup02 })).status).toBe(404);
    expect((await app.api('GET', '/visits', { token: token.sup02 })).body.total).toBe(0);
    const csv = await (await raw('/visits?format=csv', 'sup01')).text();
    expect(csv).toContain('2026-04-20,示范县实验小学,第一责任区,督学01,经常性督导（挂牌）,校园及周边安全、学生交通安全,1,巡视校园');
  });

  it('names people and units for ids, within what the caller may know', async () => {
    const users = await app.api('GET', '/directory/users?ids=user-sup01,user-unit001,user-leader,user-cityleader,user-leaderb,nobody', { token: token.sup01 });
    const byId = Object.fromEntries((users.body.items as { id: string; displayName: string; displayNameEn: string }[]).map((u) => [u.id, u]));
    expect(Object.keys(byId).sort()).toEqual(['user-cityleader', 'user-leader', 'user-sup01', 'user-unit001']);
    expect(byId['user-sup01'].displayName).toBe('督学01');
    expect(byId['user-unit001'].displayName).toBe('示范县实验小学');
    expect(byId['user-leader']).toMatchObject({ displayName: '示范县督导委员会领导', displayNameEn: 'Demo County supervision committee leader' });
    const units = (await app.api('GET', '/directory/units', { token: token.sup01 })).body.items as { id: string; assigned: boolean; zoneName: string }[];
    expect(units).toHaveLength(19);
    expect(units.filter((u) => u.assigned).map((u) => u.id)).toEqual(['u-001', 'u-002', 'u-003', 'u-004', 'u-005']);
    expect(units[0].zoneName).toBe('第一责任区');
    expect((await app.api('GET', '/me', { token: token.leader })).body.displayName).toBe('示范县督导委员会领导');
  });

  it('lets a school read its own issue\'s history, not another school\'s, and not the audit state', async () => {
    const history = await app.api('GET', `/issues/${ids[4]}/history`, { token: token.unit001 });
    expect(history.status).toBe(200);
    expect(history.body.events[0].type).toBe('IssueRegistered');
    expect(history.body.events[0].metadata).not.toHaveProperty('commandId');
    expect((await app.api('GET', `/issues/${ids[4]}/history`, { token: token.unit002 })).status).toBe(404);
    expect((await app.api('GET', `/issues/${ids[4]}/state`, { token: token.unit001 })).status).toBe(403);
  });
});

/** Every entry of a zip, inflated and concatenated (the xlsx is a zip of XML files). */
function unzipAll(zip: Buffer): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(eocd + 16);
  const parts: string[] = [];
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    parts.push((method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return parts.join('\n');
}
