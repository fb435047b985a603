import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { docxText, pdfText } from '../support/document-text';
import { registerIssue } from '../read-side/read-side.helpers';

/** Issue #15: the accountability decision document as PDF and .docx, persons' names through the vault ([已删除] once erased). */
describe('the accountability decision document', () => {
  const clock = new ManualClock('2026-05-04T02:00:00.000Z');
  let app: TestApp;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { ACCOUNTABILITY_COMMITTEE: 'cityleader:vice_chair' } });
    for (const user of ['sup01', 'coordinator', 'leader', 'cityleader', 'leaderb', 'admin', 'auditor']) token[user] = await app.login(user);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const ok = async (user: string, path: string, body: object = {}) => {
    const response = await app.api('POST', path, { token: token[user], body });
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; number?: string };
  };
  const fetchDoc = async (path: string, user?: string) => {
    const response = await fetch(`${app.url}/api${path}`, { headers: user ? { authorization: `Bearer ${token[user]}` } : {} });
    return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), bytes: Buffer.from(await response.arrayBuffer()) };
  };

  it('renders the decision with its statutory fields, then [已删除] for an erased person', async () => {
    const issue = await registerIssue(app, token.sup01, 'u-001', { severity: 'general' });
    const subjects = [{ kind: 'unit', unitId: 'u-001', name: '示范县实验小学' }, { kind: 'person', unitId: 'u-001', name: '诸葛某某', position: '分管副校长' }];
    const opened = await ok('coordinator', '/accountability-cases', { issueIds: [issue.id], subjects, grounds: ['整改不力'] });
    const base = `/accountability-cases/${opened.id}`;
    expect((await fetchDoc(`${base}/decision-document?format=pdf`, 'coordinator')).status).toBe(404); // no decision yet
    await ok('coordinator', `${base}/investigation-group`, { members: ['督学甲', '督学乙'] });
    await ok('coordinator', `${base}/facts`, { facts: '事实', proceed: true });
    const measures = [{ subject: 0, measure: 'public_criticism' }, { subject: 1, measure: 'disciplinary_sanction' }];
    await ok('coordinator', `${base}/notice`, { proposedMeasures: measures });
    await ok('coordinator', `${base}/statement-waiver`);
    await ok('coordinator', `${base}/opinion`, { measures });
    await ok('cityleader', `${base}/approval`);
    const decided = await ok('coordinator', `${base}/decision`, {
      basicFacts: '示范县实验小学食堂未落实留样制度。', facts: '经督办、约谈后仍未按期整改。', basis: '《教育督导问责办法》第十条', effectiveDate: '2026-05-06',
    });
    await ok('coordinator', `${base}/measures/1/referral`, { to: 'discipline_inspection', note: '移送县纪委监委' });

    const expected = ['示范县人民政府教育督导委员会', '教育督导问责决定书', decided.number!, '示范县实验小学食堂未落实留样制度。', '经督办、约谈后仍未按期整改。',
      '《教育督导问责办法》第十条', '公开批评', '处分', '已移送纪检监察机关', '2026年5月6日', '副主任', '2026年5月4日'];
    const pdf = await fetchDoc(`${base}/decision-document?format=pdf`, 'leader');
    expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' });
    const { text } = await pdfText(pdf.bytes);
    for (const words of [...expected, '诸葛某某', '分管副校长']) expect(text).toContain(words);
    const word = await fetchDoc(`${base}/decision-document?format=docx`, 'auditor');
    expect(word).toMatchObject({ status: 200, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(word.disposition).toContain(encodeURIComponent(`${decided.number}.docx`));
    const words = docxText(word.bytes);
    for (const w of [...expected, '诸葛某某']) expect(words).toContain(w);

    expect((await fetchDoc(`${base}/decision-document?format=pdf`, 'leaderb')).status).toBe(404);
    expect((await fetchDoc(`${base}/decision-document?format=pdf`, 'sup01')).status).toBe(403);
    expect((await fetchDoc(`${base}/decision-document?format=pdf`)).status).toBe(401);
    expect((await fetchDoc(`${base}/decision-document?format=odt`, 'leader')).status).toBe(400);

    // the person asks to be erased: the document then shows [已删除], the unit stays
    const found = await app.api('GET', `/admin/personal-data/subjects?stream=accountability-${opened.id}`, { token: token.admin });
    const person = (found.body.items as { subjectRef: string; kind: string }[]).find((s) => s.kind === 'person')!;
    expect((await app.api('POST', `/admin/personal-data/${person.subjectRef}/erase`, { token: token.admin, body: { reason: '本人申请删除' } })).status).toBe(200);
    const after = docxText((await fetchDoc(`${base}/decision-document?format=docx`, 'leader')).bytes);
    expect(after).toContain('[已删除]');
    expect(after).toContain('示范县实验小学');
    expect(after).not.toContain('诸葛某某');
    expect((await pdfText((await fetchDoc(`${base}/decision-document?format=pdf`, 'leader')).bytes)).text).not.toContain('诸葛某某');
  });
});
