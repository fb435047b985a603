import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { docxText, pdfText } from '../support/document-text';

/**
 * Per-school supervision reports as documents (DESIGN §3.5, issue #14): the office's PDF/.docx in jurisdiction, with the
 * members' names; the public twin only once published to the public, never with a person's name.
 */
describe('activity reports as PDF and Word documents', () => {
  const clock = new ManualClock('2026-10-12T02:00:00.000Z');
  let app: TestApp;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { PROJECTION_POLL_INTERVAL_MS: '20' } });
    for (const user of ['coordinator', 'sup01', 'unit001', 'leaderb']) token[user] = await app.login(user);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const post = async (path: string, user: string, body: unknown) => {
    const response = await app.api('POST', path, { token: token[user], body });
    if (response.status >= 300) throw new Error(`${path} as ${user}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; number?: string; position: string };
  };
  const fetchDoc = async (path: string, user?: string) => {
    const response = await fetch(`${app.url}/api${path}`, { headers: user ? { authorization: `Bearer ${token[user]}` } : {} });
    return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), bytes: Buffer.from(await response.arrayBuffer()) };
  };

  it('renders each school report for the office, and for the public once published, without names of persons', async () => {
    const plan = await post('/activities', 'coordinator', {
      kind: 'joint', title: '第一责任区秋季联合视导', matters: ['safety', 'student_burden'], targetUnitIds: ['u-001', 'u-002'], from: '2026-10-12', to: '2026-10-16',
    });
    const a = `/activities/${plan.id}`;
    let last = plan.position;
    await post(`${a}/team`, 'coordinator', { leaderId: 's-01', members: [{ supervisorId: 's-01', matters: ['safety'] }, { supervisorId: 's-02', matters: ['student_burden'] }] });
    for (const unitId of ['u-001', 'u-002']) {
      await post(`${a}/site-visits`, 'sup01', {
        unitId, date: '2026-10-12', methods: ['briefing', 'campus_tour'],
        findings: [
          { supervisorId: 's-01', matter: 'safety', highlights: '安全台账规范齐全', problems: '消防器材过期', suggestions: '建立每月检查制度' },
          { supervisorId: 's-02', matter: 'student_burden', highlights: '作业公示到位', problems: '', suggestions: '' },
        ],
      });
      await post(`${a}/opinion-letters`, 'coordinator', { unitId, evaluation: '总体良好', issueIds: [] });
      last = (await post(`${a}/unit-reports`, 'sup01', { unitId, report: `${unitId}学校办学规范，安全管理需加强。` })).position;
    }
    // The documents are rendered from the read model: wait until it holds the last report (read-your-writes).
    const detail = (await app.api('GET', `${a}?minPosition=${last}`, { token: token.coordinator })).body;
    const memberName = detail.supervisorNames['s-01'] as string;
    expect(memberName).toBeTruthy();
    const path = `${a}/reports/u-001/document`;

    // The office's PDF: header, number, title, school, the report and both kinds of findings, with who found them.
    const pdf = await fetchDoc(`${path}?format=pdf`, 'coordinator');
    expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' });
    const { text } = await pdfText(pdf.bytes);
    for (const expected of ['示范县人民政府教育督导室', plan.number!, '第一责任区秋季联合视导', '示范县实验小学', 'u-001学校办学规范', '成绩与亮点', '安全台账规范齐全', '问题与建议', '消防器材过期', '建立每月检查制度', memberName, '督导意见〔2026〕1号']) {
      expect(text).toContain(expected);
    }
    expect(pdf.disposition).toContain(encodeURIComponent(`${plan.number}示范县实验小学督导报告.pdf`));

    // Not published yet: no public file; out of jurisdiction or not the office: none either.
    expect((await fetchDoc(`/public/reports/${plan.id}/u-001/document?format=pdf`)).status).toBe(404);
    expect((await fetchDoc(`${path}?format=pdf`, 'leaderb')).status).toBe(404);
    expect((await fetchDoc(`${path}?format=pdf`, 'unit001')).status).toBe(403);
    expect((await fetchDoc(`${a}/reports/u-003/document?format=pdf`, 'coordinator')).status).toBe(404);
    expect((await fetchDoc(`${path}?format=exe`, 'coordinator')).status).toBe(400);

    const published = await post(`${a}/publish`, 'coordinator', { scope: 'public' });
    const list = await app.api('GET', `/public/reports?minPosition=${published.position}`);
    expect(list.body.items[0].reports.map((r: { unitName: string }) => r.unitName)).toEqual(['示范县实验小学', '示范县第一中学']);

    const word = await fetchDoc(`/public/reports/${plan.id}/u-002/document?format=docx`);
    expect(word).toMatchObject({ status: 200, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const words = docxText(word.bytes);
    for (const expected of ['示范县人民政府教育督导室', plan.number!, '第一责任区秋季联合视导', '示范县第一中学', 'u-002学校办学规范', '作业公示到位', '消防器材过期']) {
      expect(words).toContain(expected);
    }
    expect(words).not.toContain(memberName);
    const publicPdf = await fetchDoc(`/public/reports/${plan.id}/u-001/document?format=pdf`);
    expect(publicPdf.status).toBe(200);
    const publicText = (await pdfText(publicPdf.bytes)).text;
    expect(publicText).toContain('示范县实验小学');
    expect(publicText).not.toContain(memberName);
    expect(publicText).not.toContain(detail.supervisorNames['s-02']);
    expect((await fetchDoc(`/public/reports/${plan.id}/u-003/document?format=pdf`)).status).toBe(404);
  });
});
