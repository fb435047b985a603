import { at, codeOf, coordinator, leader, scenario, supervisor, testUnits } from '../testing/given';
import { DEMO_FRAMEWORK } from './demo-framework';
import type { EvaluationCommand, LaunchEvaluation } from './evaluation.commands';
import { decideEvaluation } from './evaluation.decide';
import type { EvaluationEvent } from './evaluation.events';
import { evolveEvaluation, foldEvaluation } from './evaluation.evolve';
import { initialEvaluationState, type EvaluationState } from './evaluation.state';
import { decideFramework, evolveFramework, initialFrameworkState } from './framework.decide';
import { frameworkErrors, gradeFor, indicatorsOf } from './framework.types';

const given = scenario<EvaluationCommand, EvaluationEvent, EvaluationState>({ decide: decideEvaluation, evolve: evolveEvaluation, initialState: initialEvaluationState });
const NOW = '2026-03-02T02:00:00.000Z';
const LATER = '2026-04-02T02:00:00.000Z';
const framework = { ...DEMO_FRAMEWORK, version: 1 };
const indicators = indicatorsOf(DEMO_FRAMEWORK);
const units = { ...testUnits, 'gov-a': { unitId: 'gov-a', name: '甲县人民政府', regionId: 'county-a', superiorUnitIds: [], inActorJurisdiction: true } };
const office = { ...at(NOW, coordinator), units };
const launch = (overrides: Partial<LaunchEvaluation> = {}): LaunchEvaluation => ({
  type: 'LaunchEvaluation', evaluationId: 'e-1', framework, subjectUnitId: 'gov-a', regionId: '', year: 2026, team: ['sup01', 'sup02', 'sup01'], selfEvaluationDueAt: '2026-03-31T15:59:59.000Z', ...overrides,
});
/** Full marks everywhere but `less` points off the first indicator. */
const selfScores = (less = 2) => indicators.map((i, n) => ({ indicator: i.code, score: n === 0 ? i.maxScore - less : i.maxScore, narrative: `${i.name}：已落实` }));
const submit = (scores = selfScores()): EvaluationCommand => ({ type: 'SubmitSelfEvaluation', scores, problems: ['教师编制缺口', ' '], measures: ['三年内补足编制'] });
const launched = () => given([]).when(launch(), office).events!;
const selfEvaluated = () => [...launched(), ...given(launched()).when(submit(), at(LATER, coordinator)).events!];

describe('the demo framework', () => {
  it('has 7 areas (19, 9, 24, 8, 27, 11, 2), 35 indicators, 84 test points and 100 points', () => {
    expect(DEMO_FRAMEWORK.areas.map((a) => a.maxScore)).toEqual([19, 9, 24, 8, 27, 11, 2]);
    expect(indicators).toHaveLength(35);
    expect(indicators.flatMap((i) => i.testPoints)).toHaveLength(84);
    expect(indicators.flatMap((i) => i.testPoints).every((p) => p.points > 0)).toBe(true);
    expect(frameworkErrors(DEMO_FRAMEWORK)).toEqual([]);
  });

  it('grades a total by its bands: 98 → 履职到位', () => {
    expect(gradeFor(98, DEMO_FRAMEWORK.gradeBands)).toBe('履职到位');
    expect(gradeFor(80, DEMO_FRAMEWORK.gradeBands)).toBe('基本到位');
    expect(gradeFor(12, DEMO_FRAMEWORK.gradeBands)).toBe('履职不到位');
  });

  it('FRAMEWORK_INVALID when the maxima do not add up; versions count on; a seed never overwrites', () => {
    const broken = { ...DEMO_FRAMEWORK, areas: DEMO_FRAMEWORK.areas.map((a, i) => (i === 0 ? { ...a, maxScore: 20 } : a)) };
    expect(() => decideFramework({ type: 'PublishFramework', framework: broken }, initialFrameworkState, office)).toThrow(expect.objectContaining({ code: 'FRAMEWORK_INVALID' }));
    const first = decideFramework({ type: 'SeedFramework', framework: DEMO_FRAMEWORK }, initialFrameworkState, office);
    const state = first.reduce(evolveFramework, initialFrameworkState);
    expect(decideFramework({ type: 'SeedFramework', framework: DEMO_FRAMEWORK }, state, office)).toEqual([]);
    expect(decideFramework({ type: 'PublishFramework', framework: DEMO_FRAMEWORK }, state, office)[0].data.version).toBe(2);
  });
});

describe('an evaluation of a government', () => {
  it('launches against a copy of the framework, for a unit in jurisdiction', () => {
    expect(foldEvaluation(launched())).toMatchObject({ status: 'launched', regionId: 'county-a', unitId: 'gov-a', team: ['sup01', 'sup02'], framework: { version: 1 } });
    expect(codeOf(given([]).when(launch({ subjectUnitId: 'unit-b' }), office))).toBe('SUBJECT_UNIT_INVALID');
    expect(codeOf(given([]).when(launch({ framework: null }), office))).toBe('FRAMEWORK_INVALID');
    expect(codeOf(given([]).when(launch({ selfEvaluationDueAt: '2026-03-01T00:00:00Z' }), office))).toBe('DEADLINE_NOT_IN_FUTURE');
  });

  it('self-evaluation: every indicator scored, total and grade computed (98 → 履职到位), problems and measures kept', () => {
    const event = given(launched()).when(submit(), at(LATER, coordinator)).events![0];
    expect(event.data).toMatchObject({ total: 98, grade: '履职到位', problems: ['教师编制缺口'], measures: ['三年内补足编制'] });
  });

  it('SCORE_OUT_OF_RANGE above the maximum or below zero; SELF_EVALUATION_INCOMPLETE; UNKNOWN_INDICATOR', () => {
    const over = selfScores(0).map((s, n) => (n === 1 ? { ...s, score: s.score + 1 } : s));
    expect(codeOf(given(launched()).when(submit(over), at(LATER)))).toBe('SCORE_OUT_OF_RANGE');
    expect(codeOf(given(launched()).when(submit(selfScores(0).map((s, n) => (n === 1 ? { ...s, score: -1 } : s))), at(LATER)))).toBe('SCORE_OUT_OF_RANGE');
    expect(codeOf(given(launched()).when(submit(selfScores().slice(1)), at(LATER)))).toBe('SELF_EVALUATION_INCOMPLETE');
    expect(codeOf(given(launched()).when(submit([...selfScores(), { indicator: '9.9', score: 1, narrative: '' }]), at(LATER)))).toBe('UNKNOWN_INDICATOR');
  });

  it('review per indicator after the self-evaluation; conclusion only when every indicator is reviewed, from the reviewed scores', () => {
    expect(codeOf(given(launched()).when({ type: 'ReviewIndicator', indicator: '1.1', score: 3, findings: '' }, at(LATER)))).toBe('INVALID_TRANSITION');
    const reviews = indicators.map((i, n) => ({ type: 'ReviewIndicator' as const, indicator: i.code, score: n < 3 ? i.maxScore - 1 : i.maxScore, findings: n < 3 ? '经费未足额拨付' : '' }));
    const partly = [...selfEvaluated(), ...reviews.slice(0, 10).flatMap((r) => decideEvaluation(r, foldEvaluation(selfEvaluated()), at(LATER)))];
    expect(codeOf(given(partly).when({ type: 'ConcludeEvaluation', summary: '', findings: [] }, at(LATER)))).toBe('EVALUATION_REVIEW_INCOMPLETE');
    const all = reviews.reduce((events, r) => [...events, ...decideEvaluation(r, foldEvaluation(events), at(LATER))], selfEvaluated());
    const findings = [{ text: '经费未足额拨付', issueId: 'i-1' }, { text: ' ', issueId: 'i-x' }, { text: '教师编制缺口', issueId: 'i-2' }];
    const concluded = given(all).when({ type: 'ConcludeEvaluation', summary: '总体履职到位', findings }, at(LATER));
    expect(concluded.events![0].data).toMatchObject({ total: 97, grade: '履职到位', selfTotal: 98, findings: ['经费未足额拨付', '教师编制缺口'], issueIds: ['i-1', 'i-2'] });
    expect(codeOf(given([...all, ...concluded.events!]).when({ type: 'ReviewIndicator', indicator: '1.1', score: 1, findings: '' }, at(LATER)))).toBe('EVALUATION_CONCLUDED');
  });

  it('carries evidence per indicator in the self-evaluation, and none where none is given', () => {
    const file = { name: '经费拨付凭证.pdf', sha256: 'a'.repeat(64), fileId: 'a'.repeat(64), size: 1200, mediaType: 'application/pdf' };
    const scores = selfScores().map((s, n) => (n === 2 ? { ...s, evidence: [file] } : s));
    const event = given(launched()).when(submit(scores), at(LATER, coordinator)).events![0];
    const submitted = event.type === 'SelfEvaluationSubmitted' ? event.data.scores : [];
    expect(submitted[2]).toEqual({ indicator: indicators[2].code, score: indicators[2].maxScore, narrative: expect.any(String), evidence: [file] });
    expect(submitted[0]).not.toHaveProperty('evidence');
    const state = foldEvaluation([...launched(), event]);
    expect(state.status === 'self_evaluated' && state.selfEvaluation.scores[2].evidence).toEqual([file]);
  });

  it('NOT_EVALUATION_TEAM_MEMBER: a leader not on the team is refused; a team member and the office coordinator review', () => {
    const review = { type: 'ReviewIndicator' as const, indicator: '1.1', score: 3, findings: '' };
    expect(codeOf(given(selfEvaluated()).when(review, at(LATER, leader)))).toBe('NOT_EVALUATION_TEAM_MEMBER');
    expect(codeOf(given(selfEvaluated()).when(review, at(LATER, { ...supervisor, id: 'sup09' })))).toBe('NOT_EVALUATION_TEAM_MEMBER');
    expect(given(selfEvaluated()).when(review, at(LATER, { ...leader, id: 'sup02' })).events![0].data).toMatchObject({ reviewedBy: 'sup02', score: 3 });
    expect(given(selfEvaluated()).when(review, at(LATER, coordinator)).events![0].data).toMatchObject({ reviewedBy: coordinator.id });
  });

  it('SCORE_OUT_OF_RANGE in a review; a second review of an indicator replaces the first', () => {
    expect(codeOf(given(selfEvaluated()).when({ type: 'ReviewIndicator', indicator: '7.1', score: 3, findings: '' }, at(LATER)))).toBe('SCORE_OUT_OF_RANGE');
    const twice = [{ score: 1 }, { score: 2 }].reduce((events, { score }) => [...events, ...decideEvaluation({ type: 'ReviewIndicator', indicator: '7.1', score, findings: '' }, foldEvaluation(events), at(LATER))], selfEvaluated());
    const state = foldEvaluation(twice);
    expect(state.status !== 'initial' && state.reviews['7.1'].score).toBe(2);
  });
});

describe('publishing an evaluation report', () => {
  const concluded = () => {
    const reviews = indicators.map((i) => ({ type: 'ReviewIndicator' as const, indicator: i.code, score: i.maxScore, findings: '' }));
    const all = reviews.reduce((events, r) => [...events, ...decideEvaluation(r, foldEvaluation(events), at(LATER))], selfEvaluated());
    return [...all, ...decideEvaluation({ type: 'ConcludeEvaluation', summary: '', findings: [] }, foldEvaluation(all), at(LATER))];
  };

  it('EVALUATION_NOT_CONCLUDED before the conclusion', () => {
    expect(codeOf(given(launched()).when({ type: 'PublishEvaluation', scope: 'public' }, at(LATER, coordinator)))).toBe('EVALUATION_NOT_CONCLUDED');
    expect(codeOf(given(selfEvaluated()).when({ type: 'PublishEvaluation', scope: 'internal' }, at(LATER, coordinator)))).toBe('EVALUATION_NOT_CONCLUDED');
  });

  it('publishes a concluded evaluation with its scope, by whom and when', () => {
    const published = given(concluded()).when({ type: 'PublishEvaluation', scope: 'internal' }, at(LATER, coordinator)).events!;
    expect(published).toEqual([{ type: 'EvaluationPublished', data: { scope: 'internal', publishedBy: coordinator.id, publishedAt: LATER } }]);
    expect(foldEvaluation([...concluded(), ...published])).toMatchObject({ status: 'concluded', publication: { scope: 'internal' } });
  });

  it('widens internal → public once; EVALUATION_ALREADY_PUBLISHED otherwise', () => {
    const internal = [...concluded(), ...given(concluded()).when({ type: 'PublishEvaluation', scope: 'internal' }, at(LATER, coordinator)).events!];
    expect(codeOf(given(internal).when({ type: 'PublishEvaluation', scope: 'internal' }, at(LATER, coordinator)))).toBe('EVALUATION_ALREADY_PUBLISHED');
    const widened = given(internal).when({ type: 'PublishEvaluation', scope: 'public' }, at(LATER, coordinator)).events!;
    expect(widened[0].data).toMatchObject({ scope: 'public' });
    expect(codeOf(given([...internal, ...widened]).when({ type: 'PublishEvaluation', scope: 'public' }, at(LATER, coordinator)))).toBe('EVALUATION_ALREADY_PUBLISHED');
    expect(codeOf(given([...internal, ...widened]).when({ type: 'PublishEvaluation', scope: 'internal' }, at(LATER, coordinator)))).toBe('EVALUATION_ALREADY_PUBLISHED');
  });

  it('carries the report number given at the first publication; a widening keeps it, whatever number it is offered', () => {
    const first = given(concluded()).when({ type: 'PublishEvaluation', scope: 'internal', number: '督评〔2026〕1号' }, at(LATER, coordinator)).events!;
    expect(first[0].data).toMatchObject({ number: '督评〔2026〕1号' });
    const widened = given([...concluded(), ...first]).when({ type: 'PublishEvaluation', scope: 'public', number: '督评〔2026〕2号' }, at(LATER, coordinator)).events!;
    expect(widened[0].data).toMatchObject({ scope: 'public', number: '督评〔2026〕1号' });
  });
});
