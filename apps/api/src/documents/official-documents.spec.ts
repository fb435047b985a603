import { DEMO_FRAMEWORK, indicatorsOf, type ActiveCaseState } from '@app/domain';
import { caseDecisionDocument, type DecidedCase } from '../accountability/case-decision-document.model';
import { evaluationReport, type ConcludedEvaluation } from '../evaluations/evaluation-report.model';
import type { DocumentBlock } from './official-document.model';

const textOf = (blocks: DocumentBlock[]) =>
  blocks.map((b) => (b.kind === 'table' ? [...b.columns, ...b.rows.flat()].join(' ') : b.kind === 'fields' ? b.rows.flat().join(' ') : b.text)).join('\n');

describe('the evaluation report', () => {
  const indicators = indicatorsOf(DEMO_FRAMEWORK);
  const state = {
    status: 'concluded', evaluationId: 'e-1', version: 40, framework: { ...DEMO_FRAMEWORK, version: 2 }, subjectUnitId: 'gov', unitId: 'gov', regionId: 'r', year: 2026,
    team: [], selfEvaluationDueAt: '', launchedBy: '', launchedAt: '',
    selfEvaluation: { scores: indicators.map((i) => ({ indicator: i.code, score: i.maxScore, narrative: '' })), total: 100, grade: '履职到位', problems: [], measures: ['补足编制'], submittedBy: '', submittedAt: '' },
    reviews: Object.fromEntries(indicators.map((i, n) => [i.code, { indicator: i.code, score: n === 0 ? i.maxScore - 2 : i.maxScore, findings: n === 0 ? '经费未足额' : '', reviewedBy: '', reviewedAt: '' }])),
    conclusion: { total: 98, grade: '履职到位', selfTotal: 100, summary: '', findings: ['经费未足额'], issueIds: ['i-1'], concludedBy: '', concludedAt: '2026-04-01T02:00:00Z' },
    publication: null,
  } as ConcludedEvaluation;

  it('has one table per area with every indicator, the totals, grades, findings and measures; unpublished is marked a preview', () => {
    const report = evaluationReport(state, { government: '甲县人民政府', region: '甲县' });
    const tables = report.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(7);
    expect(tables.reduce((n, t) => n + (t.kind === 'table' ? t.rows.length : 0), 0)).toBe(35);
    const text = textOf(report.blocks);
    for (const words of ['甲县人民政府', '2026年', '100分，自评等级：履职到位', '98分，评定等级：履职到位', '1. 经费未足额', '1. 补足编制', '第2版']) expect(text).toContain(words);
    expect(report.title).toBe('甲县人民政府2026年度履行教育职责督导评价报告');
    expect(report.subtitle).toBe('未发布（预览）');
    expect(evaluationReport({ ...state, publication: { scope: 'public', publishedBy: 'x', publishedAt: '2026-04-02T17:00:00Z' } }, { government: 'g', region: '甲县' }).signature).toEqual(['甲县人民政府教育督导室', '2026年4月3日']);
  });
});

describe('the decision document', () => {
  const state = {
    stage: 'decided', caseId: 'c-1', number: '问责〔2026〕1号', regionId: 'r', issueIds: [], grounds: [], openedAt: '', openedBy: '', investigators: [], facts: '', proposedMeasures: [],
    subjects: [{ kind: 'unit', unitId: 'u-1', name: '第一小学' }, { kind: 'person', unitId: 'u-1', name: '[已删除]', position: '校长' }],
    statement: null, opinion: null, approval: { by: 'leader', position: 'vice_chair', at: '' },
    decision: { docNumber: '督问决〔2026〕1号', basicFacts: '基本情况', facts: '事实一\n事实二', basis: '第十条', measures: [{ subject: 0, measure: 'public_criticism' }, { subject: 1, measure: 'disciplinary_sanction' }], effectiveDate: '2026-05-06', issuedAt: '2026-05-04T02:00:00Z', issuedBy: '' },
    measureStatus: {}, publication: null, review: null, appeal: null, corrected: null, closedAt: null, version: 9,
    clocks: [{ clock: 'review_request', dueAt: '2026-06-03T15:59:59Z', state: 'running' }, { clock: 'appeal_filing', dueAt: '2026-05-19T15:59:59Z', state: 'running' }],
  } as ActiveCaseState as DecidedCase;

  it('carries the statutory fields, an erased name as [已删除], a referral-only measure as referred, and the approver’s position', () => {
    const doc = caseDecisionDocument(state, { region: '甲县', unit: (id) => (id === 'u-1' ? '甲县第一小学' : '') });
    const text = textOf(doc.blocks);
    expect(doc.number).toBe('督问决〔2026〕1号');
    for (const words of ['甲县第一小学', '[已删除]（甲县第一小学 校长）', '基本情况', '事实一', '事实二', '第十条', '公开批评', '处分', '移送有权机关处理', '2026年5月6日起生效', '2026年6月3日前', '2026年5月19日前']) {
      expect(text).toContain(words);
    }
    expect(doc.signature).toEqual(['甲县人民政府教育督导委员会', '（经教育督导委员会副主任批准）', '2026年5月4日']);
  });
});
