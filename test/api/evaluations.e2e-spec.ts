import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { DeadlineClock } from '../../apps/worker/src/deadline-clock/deadline-clock';
import { docxText, pdfText } from '../support/document-text';

/** 督政 over HTTP (DESIGN §3.7): the demo framework, launch, self-evaluation, review per indicator, conclusion. */
describe('evaluations over HTTP', () => {
  let app: TestApp;
  let t: Record<string, string>;
  const clock = new ManualClock('2026-03-02T02:00:00.000Z');
  type Indicator = { code: string; maxScore: number; name: string };
  let indicators: Indicator[];

  beforeAll(async () => {
    app = await startTestApp({ clock });
    t = Object.fromEntries(await Promise.all(['coordinator', 'leader', 'coordinatorb', 'admin', 'unit001', 'sup01', 'sup02'].map(async (u) => [u, await app.login(u)])));
    const framework = await app.api('GET', '/frameworks/county-duties', { token: t.coordinator });
    expect(framework.status).toBe(200);
    indicators = framework.body.areas.flatMap((a: { indicators: Indicator[] }) => a.indicators);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const launch = (token = t.coordinator, subjectUnitId = 'u-gov-r-demo-county') =>
    app.api('POST', '/evaluations', { token, body: { frameworkCode: 'county-duties', subjectUnitId, year: 2026, team: ['sup01', 'sup02', 'sup03'], selfEvaluationDueAt: '2026-03-31T15:59:59+08:00' } });
  const post = (id: string, path: string, token: string, body: object) => app.api('POST', `/evaluations/${id}/${path}`, { token, body });

  it('ships the demo framework: 7 areas, 35 indicators, 100 points', () => {
    expect(indicators).toHaveLength(35);
    expect(indicators.reduce((s, i) => s + i.maxScore, 0)).toBe(100);
  });

  it('runs launch → self-evaluation (98, 履职到位) → review of every indicator → conclusion (97)', async () => {
    const unknown = await app.api('POST', '/evaluations', { token: t.coordinator, body: { frameworkCode: 'county-duties', subjectUnitId: 'u-gov-r-demo-county', year: 2026, team: ['sup01', '督学甲'], selfEvaluationDueAt: '2026-03-31T15:59:59+08:00' } });
    expect(unknown.body).toMatchObject({ status: 422, code: 'UNKNOWN_TEAM_MEMBER', titleZh: '督导评价组成员须为已登记的用户' });
    const launched = await launch();
    expect(launched.status).toBe(201);
    const id = launched.body.id as string;
    // members named by username are kept as user ids: the review rule compares them with the reviewer's id
    expect((await app.api('GET', `/evaluations/${id}`, { token: t.coordinator })).body.team).toEqual(['user-sup01', 'user-sup02', 'user-sup03']);
    const scores = indicators.map((i, n) => ({ indicator: i.code, score: n === 0 ? i.maxScore - 2 : i.maxScore, narrative: '已落实' }));
    const over = await post(id, 'self-evaluation', t.coordinator, { scores: scores.map((s, n) => (n === 1 ? { ...s, score: 99 } : s)) });
    expect(over.body).toMatchObject({ status: 422, code: 'SCORE_OUT_OF_RANGE', titleZh: '得分超出该指标分值' });
    const self = await post(id, 'self-evaluation', t.coordinator, { scores, problems: ['教师编制缺口'], measures: ['三年内补足编制'] });
    expect(self.status).toBe(200);
    expect((await app.api('GET', `/evaluations/${id}`, { token: t.leader })).body.selfEvaluation).toMatchObject({ total: 98, grade: '履职到位' });

    const early = await post(id, 'conclusion', t.leader, { summary: '' });
    expect(early.body).toMatchObject({ status: 422, code: 'EVALUATION_REVIEW_INCOMPLETE' });
    for (const [n, i] of indicators.entries()) {
      const reviewed = await post(id, 'indicator-reviews', t.coordinator, { indicator: i.code, score: n < 3 ? i.maxScore - 1 : i.maxScore, findings: n < 3 ? '经费未足额拨付' : '' });
      expect(reviewed.status).toBe(200);
    }
    const concluded = await post(id, 'conclusion', t.leader, { summary: '总体履职到位', findings: ['经费未足额拨付', '教师编制缺口'] });
    expect(concluded.status).toBe(200);
    const state = (await app.api('GET', `/evaluations/${id}`, { token: t.coordinator })).body;
    expect(state).toMatchObject({ status: 'concluded', conclusion: { total: 97, grade: '履职到位', selfTotal: 98 } });
    expect((await post(id, 'conclusion', t.leader, {})).body.code).toBe('EVALUATION_CONCLUDED');
    const list = await app.api('GET', `/evaluations?year=2026&status=concluded&minPosition=${concluded.body.position}`, { token: t.leader });
    expect(list.body.items).toEqual([expect.objectContaining({ evaluationId: id, unitId: 'u-gov-r-demo-county', selfTotal: 98, selfGrade: '履职到位', total: 97, grade: '履职到位' })]);
    const csv = await app.api('GET', '/evaluations?format=csv', { token: t.leader });
    expect(csv.body).toContain('示范县人民政府');
    expect(csv.body).not.toContain(id);
    expect((await app.api('GET', `/evaluations?minPosition=${concluded.body.position}`, { token: t.coordinatorb })).body.total).toBe(0);

    // each finding becomes an issue at the government, on the loop: ordered, and overdue once its order lapses
    let issues: { issueId: string; title: string; status: string }[] = [];
    for (let i = 0; i < 100 && issues.length < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      issues = (await app.api('GET', '/issues?unitId=u-gov-r-demo-county', { token: t.coordinator })).body.items;
    }
    expect(issues.map((i) => i.title).sort()).toEqual(['教师编制缺口', '经费未足额拨付']);
    const issue = (await app.api('GET', `/issues/${issues[0].issueId}/state`, { token: t.coordinator })).body;
    expect(issue).toMatchObject({ unitId: 'u-gov-r-demo-county', source: { kind: 'evaluation', evaluationId: id } });
    let lastOrder = '';
    for (const { issueId } of issues) {
      const order = await app.api('POST', `/issues/${issueId}/rectification-orders`, { token: t.coordinator, body: { requirements: '限期整改', calendarDays: 30 } });
      expect(order.status).toBe(200);
      lastOrder = order.body.position;
    }
    await app.api('GET', `/overdue?minPosition=${lastOrder}`, { token: t.coordinator }); // the read side has the orders
    clock.set('2026-05-06T02:00:00.000Z');
    let overdue: { issueId: string }[] = [];
    for (let i = 0; i < 100 && overdue.length < 2; i++) {
      await app.service.app.get(DeadlineClock).scan(); // the clock records them overdue (the next command would too)
      overdue = (await app.api('GET', '/overdue?unitId=u-gov-r-demo-county', { token: t.coordinator })).body.items;
      if (overdue.length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(overdue.map((o) => o.issueId).sort()).toEqual(issues.map((i) => i.issueId).sort());
  });

  it('scopes by the government evaluated; roles; the framework is checked whole', async () => {
    clock.set('2026-03-02T02:00:00.000Z');
    const id = (await launch()).body.id as string;
    expect((await app.api('GET', `/evaluations/${id}`, { token: t.coordinatorb })).status).toBe(404);
    expect((await launch(t.coordinator, 'u-gov-r-neighbour-county')).status).toBe(403);
    expect((await launch(t.sup01)).status).toBe(403);
    expect((await app.api('GET', `/evaluations/${id}`, { token: t.unit001 })).status).toBe(404);
    const bad = await app.api('POST', '/frameworks', { token: t.admin, body: { code: 'broken', name: '错', areas: [{ code: '1', name: 'x', maxScore: 50, indicators: [] }], gradeBands: [] } });
    expect(bad.body).toMatchObject({ status: 422, code: 'FRAMEWORK_INVALID' });
    expect((await app.api('POST', '/frameworks', { token: t.coordinator, body: {} })).status).toBe(403);
  });

  it('the self-evaluation carries evidence per indicator: uploaded by the government, shown with the evaluation, downloadable by the office; only the team reviews', async () => {
    clock.set('2026-03-02T02:00:00.000Z');
    const imported = await app.api('POST', '/admin/registry/import', {
      token: t.admin, body: { format: 'csv', files: { users: 'username,role,regionId,unitId,password\ngov01,unit,r-demo-county,u-gov-r-demo-county,gov-password-1\n' } },
    });
    expect(imported.status).toBe(200);
    const gov = await app.login('gov01', 'gov-password-1');
    const upload = async (token: string, bytes: Buffer, name: string) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name);
      const response = await fetch(`${app.url}/api/files`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      return { status: response.status, body: await response.json() };
    };
    const download = async (token: string, fileId: string) => {
      const response = await fetch(`${app.url}/api/files/${fileId}`, { headers: { authorization: `Bearer ${token}` } });
      return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
    };
    const PDF = Buffer.from('%PDF-1.4\n% 教育经费拨付凭证\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const uploaded = await upload(gov, PDF, '教育经费拨付凭证.pdf');
    expect(uploaded.status).toBe(201);
    const fileId = uploaded.body.fileId as string;
    const theirs = await upload(t.coordinator, Buffer.from('%PDF-1.4\n% 督导室的文件\n%%EOF\n'), '督导室.pdf');

    const launched = await app.api('POST', '/evaluations', { token: t.coordinator, body: { frameworkCode: 'county-duties', subjectUnitId: 'u-gov-r-demo-county', year: 2026, team: ['user-sup01'], selfEvaluationDueAt: '2026-03-31T15:59:59+08:00' } });
    const id = launched.body.id as string;
    const scores = indicators.map((i) => ({ indicator: i.code, score: i.maxScore, narrative: '已落实' }));
    // a file the government did not upload is refused, and nothing is recorded
    const foreign = await post(id, 'self-evaluation', gov, { scores: scores.map((s, n) => (n === 0 ? { ...s, evidence: [{ fileId: theirs.body.fileId, name: '督导室.pdf' }] } : s)) });
    expect(foreign.body).toMatchObject({ status: 422, code: 'FILE_NOT_UPLOADED' });
    const self = await post(id, 'self-evaluation', gov, { scores: scores.map((s, n) => (n === 0 ? { ...s, evidence: [{ fileId, name: '教育经费拨付凭证.pdf' }] } : s)) });
    expect(self.status).toBe(200);

    const shown = (await app.api('GET', `/evaluations/${id}`, { token: t.coordinator })).body;
    expect(shown.selfEvaluation.scores[0]).toEqual({
      indicator: indicators[0].code, score: indicators[0].maxScore, narrative: '已落实',
      evidence: [{ fileId, sha256: fileId, name: '教育经费拨付凭证.pdf', size: PDF.length, mediaType: 'application/pdf' }],
    });
    expect(shown.selfEvaluation.scores[1]).not.toHaveProperty('evidence');
    // the office of the region downloads it once the read side knows the evaluation names it; another region's office does not
    let office = await download(t.coordinator, fileId);
    for (let i = 0; i < 100 && office.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      office = await download(t.coordinator, fileId);
    }
    expect(office.status).toBe(200);
    expect(office.bytes.equals(PDF)).toBe(true);
    expect((await download(t.leader, fileId)).status).toBe(200);
    expect((await download(t.coordinatorb, fileId)).status).toBe(404);

    // the leader is not on the team: refused; the office's coordinator records the team's review
    const refused = await post(id, 'indicator-reviews', t.leader, { indicator: indicators[0].code, score: 1 });
    expect(refused.body).toMatchObject({ status: 422, code: 'NOT_EVALUATION_TEAM_MEMBER', titleZh: '非本次督导评价组成员，不能复核指标' });
    expect((await post(id, 'indicator-reviews', t.coordinator, { indicator: indicators[0].code, score: 1 })).status).toBe(200);
    expect((await app.api('GET', `/evaluations/${id}`, { token: t.coordinator })).body.reviews).toEqual({ [indicators[0].code]: expect.objectContaining({ score: 1 }) });

    // a supervisor on the team finds the evaluation in their list, reads it and reviews, whatever their jurisdiction;
    // another supervisor sees none of it
    const listed = async (token: string) => {
      const answer = await app.api('GET', '/evaluations?pageSize=100', { token });
      expect(answer.status).toBe(200);
      return (answer.body.items as { evaluationId: string }[]).map((e) => e.evaluationId);
    };
    for (let tries = 0; tries < 100 && !(await listed(t.sup01)).includes(id); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await listed(t.sup01)).toContain(id);
    // …and in their inbox, addressed to them by name although the government lies outside their schools
    const reviewToDo = async (token: string) =>
      ((await app.api('GET', '/inbox?kind=evaluation_review&pageSize=100', { token })).body.items as { subjectId: string; unitId: string }[]).filter((i) => i.subjectId === id);
    // (the inbox is a read model: wait for it to hold the to-do)
    for (let tries = 0; tries < 100 && (await reviewToDo(t.coordinator)).length === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await reviewToDo(t.sup01)).toEqual([expect.objectContaining({ unitId: 'u-gov-r-demo-county' })]);
    expect(await reviewToDo(t.sup02)).toEqual([]);
    expect(await reviewToDo(t.coordinator)).toHaveLength(1);
    expect((await app.api('GET', `/evaluations/${id}`, { token: t.sup01 })).status).toBe(200);
    const byMember = await post(id, 'indicator-reviews', t.sup01, { indicator: indicators[1].code, score: 1, findings: '台账不全' });
    expect(byMember.status).toBe(200);
    expect((await app.api('GET', `/evaluations/${id}`, { token: t.coordinator })).body.reviews[indicators[1].code]).toMatchObject({ score: 1, reviewedBy: 'user-sup01' });
    expect(await listed(t.sup02)).not.toContain(id);
    expect((await app.api('GET', `/evaluations/${id}`, { token: t.sup02 })).status).toBe(404);
    expect([403, 404]).toContain((await post(id, 'indicator-reviews', t.sup02, { indicator: indicators[1].code, score: 1 })).status);

    // the report lists the evidence per indicator: the file's name, size and the start of its SHA-256
    for (const i of indicators.slice(2)) expect((await post(id, 'indicator-reviews', t.coordinator, { indicator: i.code, score: i.maxScore })).status).toBe(200);
    expect((await post(id, 'conclusion', t.leader, { summary: '总体履职到位', findings: [] })).status).toBe(200);
    const report = await fetch(`${app.url}/api/evaluations/${id}/report?format=docx`, { headers: { authorization: `Bearer ${t.coordinator}` } });
    expect(report.status).toBe(200);
    const text = docxText(Buffer.from(await report.arrayBuffer()));
    expect(text).toContain('五、自评佐证材料');
    expect(text).toContain('教育经费拨付凭证.pdf');
    expect(text).toContain(fileId.slice(0, 16));
    expect(text).toContain(`${PDF.length} B`);
  });

  it('publishes a concluded evaluation: its report as PDF and .docx with the government, the totals and a table per area', async () => {
    clock.set('2026-03-02T02:00:00.000Z');
    const id = (await launch()).body.id as string;
    const scores = indicators.map((i, n) => ({ indicator: i.code, score: n === 0 ? i.maxScore - 3 : i.maxScore, narrative: '已落实' }));
    expect((await post(id, 'self-evaluation', t.coordinator, { scores, problems: ['校舍维修资金不足'], measures: ['年内足额安排校舍维修经费'] })).status).toBe(200);
    const early = await post(id, 'publish', t.coordinator, { scope: 'public' });
    expect(early.body).toMatchObject({ status: 422, code: 'EVALUATION_NOT_CONCLUDED', titleZh: '评价尚未作出结论，不能发布报告' });
    for (const [n, i] of indicators.entries()) await post(id, 'indicator-reviews', t.coordinator, { indicator: i.code, score: n === 1 ? i.maxScore - 1.5 : i.maxScore, findings: n === 1 ? '控辍保学台账不全' : '' });
    expect((await post(id, 'conclusion', t.leader, { summary: '总体履职到位', findings: ['控辍保学台账不全'] })).status).toBe(200);
    const fetchDoc = async (path: string, token?: string) => {
      const response = await fetch(`${app.url}/api${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), bytes: Buffer.from(await response.arrayBuffer()) };
    };
    // concluded, not published: the office previews it; nobody else reads it
    expect((await fetchDoc(`/evaluations/${id}/report?format=pdf`, t.coordinator)).status).toBe(200);
    expect((await fetchDoc(`/public/evaluations/${id}/report?format=pdf`)).status).toBe(404);
    expect((await post(id, 'publish', t.sup01, { scope: 'public' })).status).toBe(403);
    expect((await post(id, 'publish', t.coordinator, { scope: 'everyone' })).status).toBe(400);

    clock.set('2026-04-10T02:00:00.000Z');
    const listed = async (position: string) =>
      ((await app.api('GET', `/evaluations?minPosition=${position}`, { token: t.leader })).body.items as { evaluationId: string }[]).find((e) => e.evaluationId === id);
    const internal = await post(id, 'publish', t.leader, { scope: 'internal' });
    expect(internal.status).toBe(200);
    // the report is numbered at its first publication, and the list shows it published with that number
    expect(internal.body.number).toMatch(/^督评〔2026〕\d+号$/);
    const number = internal.body.number as string;
    expect(await listed(internal.body.position)).toMatchObject({ publishedScope: 'internal', publishedAt: '2026-04-10T02:00:00.000Z', reportNumber: number });
    expect((await app.api('GET', `/evaluations/${id}`, { token: t.coordinator })).body).toMatchObject({ status: 'concluded', publication: { scope: 'internal', number, publishedAt: '2026-04-10T02:00:00.000Z' } });
    expect((await fetchDoc(`/public/evaluations/${id}/report?format=pdf`)).status).toBe(404);
    // the public list (no login) holds only reports published to the public: not this internal one
    const publicList = async (position: string) => (await app.api('GET', `/public/evaluations?minPosition=${position}`)).body;
    expect((await publicList(internal.body.position)).items.map((r: { evaluationId: string }) => r.evaluationId)).not.toContain(id);
    expect((await post(id, 'publish', t.leader, { scope: 'internal' })).body.code).toBe('EVALUATION_ALREADY_PUBLISHED');
    const widened = await post(id, 'publish', t.leader, { scope: 'public' });
    expect(widened.status).toBe(200);
    expect(await listed(widened.body.position)).toMatchObject({ publishedScope: 'public', reportNumber: number });
    const shown = (await publicList(widened.body.position)).items.filter((r: { evaluationId: string }) => r.evaluationId === id);
    expect(shown).toEqual([{
      evaluationId: id, reportNumber: number, government: '示范县人民政府', title: '示范县人民政府2026年度履行教育职责督导评价报告', year: 2026, total: 98.5, grade: '履职到位',
      publishedAt: '2026-04-10T02:00:00.000Z', reportPath: `/api/public/evaluations/${id}/report`,
    }]);
    // a concluded evaluation never published is not listed; the list names no person (no team, no publisher)
    const listedIds = (await publicList(widened.body.position)).items.map((r: { evaluationId: string }) => r.evaluationId);
    const concludedOnly = ((await app.api('GET', '/evaluations?status=concluded', { token: t.leader })).body.items as { evaluationId: string; publishedScope: string | null }[]).filter((e) => !e.publishedScope);
    expect(concludedOnly.length).toBeGreaterThan(0);
    for (const e of concludedOnly) expect(listedIds).not.toContain(e.evaluationId);
    expect(JSON.stringify(await publicList(widened.body.position))).not.toMatch(/sup0|leader|coordinator/);
    const exported = await app.api('GET', '/evaluations?format=csv', { token: t.leader });
    expect(exported.body).toContain(number);
    expect(exported.body).toContain('向社会公开');

    const expected = [number, '示范县人民政府教育督导室', '示范县人民政府2026年度履行教育职责督导评价报告', '2026年', '自评得分', '97分', '98.5分', '履职到位', '控辍保学台账不全', '年内足额安排校舍维修经费', '2026年4月10日'];
    const pdf = await fetchDoc(`/public/evaluations/${id}/report?format=pdf`);
    expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await pdfText(pdf.bytes);
    for (const words of [...expected, indicators[1].name]) expect(text).toContain(words);
    const word = await fetchDoc(`/evaluations/${id}/report?format=docx`, t.leader);
    expect(word).toMatchObject({ status: 200, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(word.disposition).toContain(encodeURIComponent('示范县人民政府2026年度履行教育职责督导评价报告.docx'));
    const words = docxText(word.bytes);
    for (const w of [...expected, indicators[0].name, '公开']) expect(words).toContain(w);
    expect((await fetchDoc(`/public/evaluations/${id}/report?format=exe`)).status).toBe(400);
    expect((await fetchDoc(`/evaluations/${id}/report?format=pdf`, t.coordinatorb)).status).toBe(404);
  });
});
