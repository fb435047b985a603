import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { docxText, pdfText } from '../support/document-text';

/** Bulletins as documents (DESIGN §3.4, issue #13): kinds, body, dates, number, revisions, detail and public pages. */
describe('bulletins as documents over HTTP', () => {
  let app: TestApp;
  let sup: string;
  let unit: string;
  let coordinator: string;
  let leader: string;
  const clock = new ManualClock('2026-06-01T02:00:00.000Z');

  beforeAll(async () => {
    app = await startTestApp({ clock });
    [sup, unit, coordinator, leader] = await Promise.all(['sup01', 'unit001', 'coordinator', 'leader'].map((u) => app.login(u)));
  });
  afterAll(async () => {
    await app?.stop();
  });

  const ok = async (method: string, path: string, token: string, body?: object) => {
    const response = await app.api(method, path, { token, body });
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; number?: string; position: string; version: number };
  };
  const reportedIssue = async (title: string) => {
    const { id } = await ok('POST', '/issues', sup, { unitId: 'u-001', category: 'safety', severity: 'general', title, description: '北侧通道', source: { kind: 'visit' } });
    await ok('POST', `/issues/${id}/rectification-orders`, sup, { requirements: '限期清理', workingDays: 5 });
    await ok('POST', `/issues/${id}/rectification-reports`, unit, { measures: '已清理杂物并设置警示标识' });
    return id;
  };

  it('drafts, revises and publishes a document whose public page shows what was published, then', async () => {
    const first = await reportedIssue('消防通道堵塞');
    const second = await reportedIssue('楼梯扶手松动');
    const drafted = await ok('POST', '/bulletins', coordinator, {
      kind: 'problems', title: '关于5月督导发现问题的通报', period: { from: '2026-05-01', to: '2026-05-31' }, body: '现将5月督导发现的问题通报如下。', issueIds: [first],
    });
    expect(drafted.number).toMatch(/^督通〔2026〕\d+号$/);

    const draft = (await app.api('GET', `/bulletins/${drafted.id}?minPosition=${drafted.position}`, { token: coordinator })).body;
    expect(draft).toMatchObject({
      status: 'draft', number: drafted.number, kind: 'problems', periodFrom: '2026-05-01', periodTo: '2026-05-31', body: '现将5月督导发现的问题通报如下。',
      regionName: '示范县', items: null, preview: [{ issueId: first, title: '消防通道堵塞', status: 'awaiting_recheck', unitName: expect.any(String) }],
    });

    const revised = await ok('PUT', `/bulletins/${drafted.id}`, coordinator, {
      kind: 'rectification', title: '关于5月督导问题整改情况的通报', period: { from: '2026-05-01', to: '2026-06-01' }, body: '现将整改情况通报如下。\n请各校举一反三。', issueIds: [first, second],
    });
    expect(revised.version).toBe(2);
    const bad = await app.api('PUT', `/bulletins/${drafted.id}`, { token: coordinator, body: { title: 't', period: { from: '2026-06-02', to: '2026-06-01' }, issueIds: [first] } });
    expect(bad.body.code).toBe('BULLETIN_PERIOD_INVALID');

    const published = await ok('POST', `/bulletins/${drafted.id}/publish`, coordinator, { scope: 'public' });
    // After publication the first issue passes its recheck: the bulletin still shows the state it published.
    await ok('POST', `/issues/${first}/rechecks`, sup, { method: 'on_site', outcome: 'passed', findings: '现场核实已整改' });
    expect((await app.api('PUT', `/bulletins/${drafted.id}`, { token: coordinator, body: { title: 't', issueIds: [first] } })).body.code).toBe('BULLETIN_ALREADY_PUBLISHED');

    const pub = (await app.api('GET', `/public/bulletins/${drafted.id}?minPosition=${published.position}`, {})).body;
    expect(pub).toMatchObject({
      number: drafted.number, kind: 'rectification', title: '关于5月督导问题整改情况的通报', periodFrom: '2026-05-01', periodTo: '2026-06-01',
      body: '现将整改情况通报如下。\n请各校举一反三。', regionName: '示范县', status: 'published', scope: 'public',
    });
    expect(pub.items).toHaveLength(2);
    expect(pub.items[0]).toMatchObject({ title: '消防通道堵塞', status: 'awaiting_recheck', recheckOutcome: null, rectificationSummary: '已清理杂物并设置警示标识', unitName: expect.stringMatching(/学|校/) });
    expect(pub.items[0]).not.toHaveProperty('issueId');
    expect(pub.items[0]).not.toHaveProperty('unitId');
    const internal = (await app.api('GET', `/bulletins/${drafted.id}`, { token: leader })).body;
    expect(internal.items.map((i: { issueId: string }) => i.issueId)).toEqual([first, second]);
    // a signed-in reader outside the office sees the public document, not the internal one
    const asSchool = (await app.api('GET', `/bulletins/${drafted.id}`, { token: unit })).body;
    expect(asSchool.items[0]).not.toHaveProperty('issueId');
  });

  it('never shows the names of persons held accountable on the public page', async () => {
    const id = await reportedIssue('食堂留样缺失');
    await ok('POST', `/issues/${id}/accountability-decisions`, leader, {
      targets: [{ kind: 'person', name: '王某某', unitId: 'u-001' }], measures: ['notified_criticism'], basis: '《教育督导问责办法》第八条',
    });
    const drafted = await ok('POST', '/bulletins', coordinator, { kind: 'problems', title: '问责情况通报', issueIds: [id], body: '现将问责情况通报如下。' });
    const published = await ok('POST', `/bulletins/${drafted.id}/publish`, coordinator, { scope: 'public' });
    const pub = await app.api('GET', `/public/bulletins/${drafted.id}?minPosition=${published.position}`, {});
    expect(pub.body.items[0]).toMatchObject({ accountabilityMeasures: ['notified_criticism'], accountabilityUnits: [{ kind: 'person', unitName: expect.any(String) }] });
    expect(JSON.stringify(pub.body)).not.toContain('王某某');
  });

  it('keeps internal bulletins and other counties out of reach', async () => {
    const id = await reportedIssue('围墙破损');
    const drafted = await ok('POST', '/bulletins', coordinator, { title: '内部通报', issueIds: [id] });
    const published = await ok('POST', `/bulletins/${drafted.id}/publish`, coordinator, { scope: 'internal' });
    expect((await app.api('GET', `/public/bulletins/${drafted.id}?minPosition=${published.position}`, {})).status).toBe(404);
    expect((await app.api('GET', `/bulletins/${drafted.id}`, { token: await app.login('coordinatorb') })).status).toBe(404);
    expect((await app.api('GET', `/bulletins/${drafted.id}`, { token: unit })).status).toBe(404);
    expect((await app.api('GET', `/bulletins/${drafted.id}`, { token: coordinator })).status).toBe(200);
    const empty = await app.api('POST', '/bulletins', { token: coordinator, body: { kind: 'commendation', title: '表扬通报', issueIds: [], body: '第一小学整改积极，予以表扬。' } });
    expect(empty.status).toBe(201);
  });

  it('renders a published bulletin as a PDF and a Word document that open and carry its title, number and every unit', async () => {
    const ids = [await reportedIssue('实验室危化品台账缺失'), await reportedIssue('校门口护栏缺失')];
    const drafted = await ok('POST', '/bulletins', coordinator, {
      kind: 'problems', title: '关于危化品管理问题的通报', period: { from: '2026-05-01', to: '2026-05-31' }, body: '现将有关问题通报如下。\n请于规定期限内整改。', issueIds: ids,
    });
    const published = await ok('POST', `/bulletins/${drafted.id}/publish`, coordinator, { scope: 'public' });
    const pub = (await app.api('GET', `/public/bulletins/${drafted.id}?minPosition=${published.position}`, {})).body;
    const units = pub.items.map((i: { unitName: string }) => i.unitName) as string[];
    expect(units).toHaveLength(2);
    const fetchDoc = async (path: string, token?: string) => {
      const response = await fetch(`${app.url}/api${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), bytes: Buffer.from(await response.arrayBuffer()) };
    };

    const pdf = await fetchDoc(`/bulletins/${drafted.id}/document?format=pdf`, coordinator);
    expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, text } = await pdfText(pdf.bytes);
    expect(pages).toBeGreaterThanOrEqual(1);
    for (const expected of ['示范县人民政府教育督导室', '关于危化品管理问题的通报', drafted.number!, '2026年5月1日至2026年5月31日', '现将有关问题通报如下。', '实验室危化品台账缺失', '校门口护栏缺失', ...units]) {
      expect(text).toContain(expected);
    }

    const word = await fetchDoc(`/public/bulletins/${drafted.id}/document?format=docx`);
    expect(word).toMatchObject({ status: 200, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(word.disposition).toContain(encodeURIComponent(`${drafted.number}.docx`));
    const words = docxText(word.bytes);
    for (const expected of ['示范县人民政府教育督导室', '关于危化品管理问题的通报', drafted.number!, '请于规定期限内整改。', '实验室危化品台账缺失', ...units]) {
      expect(words).toContain(expected);
    }
    expect((await fetchDoc(`/public/bulletins/${drafted.id}/document?format=exe`)).status).toBe(400);
  });

  it('renders an internal bulletin only for its office', async () => {
    const id = await reportedIssue('宿舍消防通道堵塞');
    const drafted = await ok('POST', '/bulletins', coordinator, { title: '内部督导通报', issueIds: [id] });
    await app.api('GET', `/bulletins/${drafted.id}?minPosition=${drafted.position}`, { token: coordinator });
    const draftPdf = await fetch(`${app.url}/api/bulletins/${drafted.id}/document?format=pdf`, { headers: { authorization: `Bearer ${coordinator}` } });
    expect(draftPdf.status).toBe(200);
    expect((await pdfText(Buffer.from(await draftPdf.arrayBuffer()))).text).toContain('草稿');
    await ok('POST', `/bulletins/${drafted.id}/publish`, coordinator, { scope: 'internal' });
    expect((await fetch(`${app.url}/api/public/bulletins/${drafted.id}/document?format=pdf`)).status).toBe(404);
    expect((await fetch(`${app.url}/api/bulletins/${drafted.id}/document?format=docx`, { headers: { authorization: `Bearer ${unit}` } })).status).toBe(404);
    expect((await fetch(`${app.url}/api/bulletins/${drafted.id}/document?format=docx`, { headers: { authorization: `Bearer ${await app.login('coordinatorb')}` } })).status).toBe(404);
  });

  it('publishes rectification status by school: counts of issues found, rectified, overdue and closed, nothing else', async () => {
    const register = (title: string) => ok('POST', '/issues', sup, { unitId: 'u-003', category: 'safety', severity: 'general', title, description: '—', source: { kind: 'visit' } });
    const { id } = await register('操场围栏破损');
    await ok('POST', `/issues/${id}/rectification-orders`, sup, { requirements: '修复', workingDays: 5 });
    await ok('POST', `/issues/${id}/rectification-reports`, await app.login('unit003'), { measures: '已修复' });
    await ok('POST', `/issues/${id}/rechecks`, sup, { method: 'on_site', outcome: 'passed', findings: '已修复' });
    const withdrawn = await register('误报');
    await ok('POST', `/issues/${withdrawn.id}/withdraw`, coordinator, { reason: '核实不属实' });
    const school = ((await app.api('GET', '/directory/units', { token: coordinator })).body.items as { id: string; name: string }[]).find((u) => u.id === 'u-003')!.name;

    type Row = { unitName: string; found: number; rectified: number; overdue: number; closed: number };
    let row: Row | undefined;
    const until = Date.now() + 30_000; // the read side catches up in its own time on a loaded machine
    // until both the recheck and the withdrawal have reached the read model
    for (let i = 0; Date.now() < until && (row?.rectified !== 1 || row?.found !== 1); i++) {
      // a different page size each time: the answer to one query is cached for 30 s
      const answer = await app.api('GET', `/public/rectification?from=2026-06&to=2026-06&pageSize=${100 + i}`, {});
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ from: '2026-06', to: '2026-06' });
      row = (answer.body.items as Row[]).find((r) => r.unitName === school);
      if (row?.rectified !== 1 || row?.found !== 1) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // the withdrawn issue does not count
    expect(row).toEqual({ unitId: 'u-003', unitName: school, regionName: '示范县', found: 1, rectified: 1, overdue: 0, closed: 0 });
    expect((await app.api('GET', '/public/rectification?from=2026-05&to=2026-05', {})).body.items).toEqual([]);
    expect((await app.api('GET', '/public/rectification?from=2026-07&to=2026-06', {})).status).toBe(400);
    const csv = await app.api('GET', '/public/rectification?from=2026-06&to=2026-06&format=csv', {});
    expect(csv.status).toBe(200);
    expect(String(csv.body)).toContain('发现问题');
    expect(String(csv.body)).toContain(school);
  });
});
