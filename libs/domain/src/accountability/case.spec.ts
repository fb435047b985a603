import { at, codeOf, coordinator, leader, scenario, systemActor } from '../testing/given';
import type { CaseCommand, IssueDecision, OpenCase } from './case.commands';
import { decideCase } from './case.decide';
import type { CaseEvent } from './case.events';
import { evolveCase, foldCase } from './case.evolve';
import { initialCaseState, type ActiveCaseState, type CaseState } from './case.state';

/*
 * An accountability case as due process (DESIGN §3.6; domain-rules §2.4, §7.2, invariants 6–9, §7.4). One spec per
 * rule and per window, the calendar and the clock injected. Timeline: opened Mon 2026-03-02; served Mon 03-09, the
 * statement window (5 working days) ends Mon 03-16; decision issued Wed 03-18, review window (30 days) ends 04-17.
 */

const givenCase = scenario<CaseCommand, CaseEvent, CaseState>({ decide: decideCase, evolve: evolveCase, initialState: initialCaseState });
const CASE_ID = '0c0c0c0c-0000-4000-8000-000000000015';
const types = (events: readonly CaseEvent[] | undefined) => (events ?? []).map((e) => e.type);

const open: OpenCase = {
  type: 'OpenCase', caseId: CASE_ID, regionId: 'county-a', issueIds: ['issue-1'], number: '示范县问责〔2026〕1号',
  subjects: [{ kind: 'unit', unitId: 'unit-1', name: '第一小学' }, { kind: 'person', unitId: 'unit-1', name: '王某某', position: '校长' }],
  grounds: ['整改不力'],
};
const decision: IssueDecision = {
  type: 'IssueDecision', docNumber: '示范县督问决〔2026〕1号', basicFacts: '基本情况', facts: '问责事实', basis: '《教育督导问责办法》第十条', effectiveDate: '2026-03-18',
};
const D = {
  opened: '2026-03-02T02:00:00.000Z', served: '2026-03-09T02:00:00.000Z', statementEnds: '2026-03-16T15:59:59.000Z', afterStatement: '2026-03-17T01:00:00.000Z',
  issued: '2026-03-18T02:00:00.000Z', reviewEnds: '2026-04-17T15:59:59.000Z', day30: '2026-04-17T08:00:00.000Z', day31: '2026-04-18T01:00:00.000Z',
};

function play(steps: Array<[CaseCommand, ReturnType<typeof at>]>, given: CaseEvent[] = []): CaseEvent[] {
  return steps.reduce<CaseEvent[]>((events, [command, context]) => [...events, ...decideCase(command, foldCase(events), context)], given);
}
const investigated = () => play([
  [open, at(D.opened, coordinator)],
  [{ type: 'FormInvestigationGroup', members: ['sup01', 'sup02'] }, at('2026-03-03T02:00:00.000Z', coordinator)],
  [{ type: 'DetermineFacts', facts: '逾期未整改，约谈后仍未整改', proceed: true }, at('2026-03-05T02:00:00.000Z', coordinator)],
]);
const served = () => play([[{ type: 'ServeFactsAndProposal', proposedMeasures: [{ subject: 0, measure: 'public_criticism' }, { subject: 1, measure: 'disciplinary_sanction' }] }, at(D.served, coordinator)]], investigated());
const heard = () => play([[{ type: 'HearStatement', statement: '已尽力整改' }, at('2026-03-10T02:00:00.000Z', coordinator)]], served());
const opinion = () => play([[{ type: 'FormOpinion', measures: [{ subject: 0, measure: 'public_criticism' }, { subject: 1, measure: 'disciplinary_sanction' }] }, at('2026-03-11T02:00:00.000Z', coordinator)]], heard());
const approved = () => play([[{ type: 'ApproveDecision', position: 'chair' }, at('2026-03-12T02:00:00.000Z', leader)]], opinion());
const decided = () => play([[decision, at(D.issued, coordinator)]], approved());

describe('opening and investigating', () => {
  it('opens with its subjects, grounds and the 60-day investigation clock from the trigger', () => {
    const outcome = givenCase().when(open, at(D.opened, coordinator));
    expect(outcome.events?.[0].data).toMatchObject({ caseId: CASE_ID, investigationDueAt: '2026-05-01T15:59:59.000Z', openedBy: 'coordinator' });
  });
  it('an investigation group has at least two members', () => {
    expect(codeOf(givenCase(play([[open, at(D.opened, coordinator)]])).when({ type: 'FormInvestigationGroup', members: ['sup01'] }, at(D.opened, coordinator)))).toBe('INVALID_TRANSITION');
  });
  it('a group formed after 60 days records the missed window first (the clock never pauses)', () => {
    const outcome = givenCase(play([[open, at(D.opened, coordinator)]])).when({ type: 'FormInvestigationGroup', members: ['a', 'b'] }, at('2026-05-02T01:00:00.000Z', coordinator));
    expect(types(outcome.events)).toEqual(['StatutoryWindowMissed', 'InvestigationGroupFormed']);
    expect(outcome.events?.[0].data).toMatchObject({ clock: 'investigation', dueAt: '2026-05-01T15:59:59.000Z' });
  });
  it('facts found not to warrant accountability dismiss the case; nothing follows', () => {
    const dismissed = play([[{ type: 'DetermineFacts', facts: 'f', proceed: false, reason: '已整改到位' }]].map(([c]) => [c, at('2026-03-05T02:00:00.000Z', coordinator)] as [CaseCommand, ReturnType<typeof at>]), investigated().slice(0, 2));
    expect(types(dismissed).slice(-1)).toEqual(['CaseDismissed']);
    expect(codeOf(givenCase(dismissed).when({ type: 'ServeFactsAndProposal', proposedMeasures: [] }, at(D.served, coordinator)))).toBe('CASE_CLOSED');
  });
  it('proposed measures are typed by subject (a unit cannot be given a 处分)', () => {
    expect(codeOf(givenCase(investigated()).when({ type: 'ServeFactsAndProposal', proposedMeasures: [{ subject: 0, measure: 'disciplinary_sanction' }] }, at(D.served, coordinator)))).toBe('UNKNOWN_MEASURE');
  });
});

describe('statement and defence before any decision (invariant 6)', () => {
  it('serving starts a 5-working-day statement window', () => {
    expect(served().slice(-1)[0].data).toMatchObject({ statementDueAt: D.statementEnds });
  });
  it('no opinion while the window is open and nothing was heard', () => {
    expect(codeOf(givenCase(served()).when({ type: 'FormOpinion', measures: [{ subject: 0, measure: 'public_criticism' }] }, at('2026-03-16T08:00:00.000Z', coordinator)))).toBe('STATEMENT_NOT_HEARD');
  });
  it('once the window lapsed, the lapse is recorded as a waived statement and the opinion may follow', () => {
    const outcome = givenCase(served()).when({ type: 'FormOpinion', measures: [{ subject: 0, measure: 'public_criticism' }] }, at(D.afterStatement, coordinator));
    expect(types(outcome.events)).toEqual(['StatementWaived', 'OpinionFormed']);
    expect(outcome.events?.[0].data).toMatchObject({ reason: 'window_lapsed' });
  });
  it('a statement after the window is refused', () => {
    expect(codeOf(givenCase(served()).when({ type: 'HearStatement', statement: 'late' }, at(D.afterStatement, coordinator)))).toBe('STATUTORY_WINDOW_CLOSED');
  });
  it('a statement waived in writing settles it too', () => {
    const waived = play([[{ type: 'WaiveStatement' }, at('2026-03-10T02:00:00.000Z', coordinator)]], served());
    expect(codeOf(givenCase(waived).when({ type: 'FormOpinion', measures: [{ subject: 0, measure: 'interview' }] }, at('2026-03-10T03:00:00.000Z', coordinator)))).toBe('ACCEPTED');
  });
});

describe('approval by the committee chair or vice-chair only', () => {
  it('a leader who is neither is refused', () => {
    expect(codeOf(givenCase(opinion()).when({ type: 'ApproveDecision' }, at('2026-03-12T02:00:00.000Z', leader)))).toBe('APPROVER_NOT_CHAIR');
  });
  it('a coordinator is refused whatever position is claimed', () => {
    expect(codeOf(givenCase(opinion()).when({ type: 'ApproveDecision', position: 'chair' }, at('2026-03-12T02:00:00.000Z', coordinator)))).toBe('APPROVER_NOT_CHAIR');
  });
  it('a vice-chair approves, and is shown the aggravating factors computed from history', () => {
    const history = { priorDecisions: [{ caseId: 'other', subjectKey: 'person:unit-1:王某某', issuedAt: '2025-06-01T02:00:00.000Z' }], issuesUnrectifiedAfterDecision: [] };
    const formed = play([[{ type: 'FormOpinion', measures: [{ subject: 1, measure: 'notified_criticism' }], history }, at('2026-03-11T02:00:00.000Z', coordinator)]], heard());
    expect(formed.slice(-1)[0].data).toMatchObject({ aggravating: ['repeat_within_365_days'] });
    const outcome = givenCase(formed).when({ type: 'ApproveDecision', position: 'vice_chair' }, at('2026-03-12T02:00:00.000Z', leader));
    expect(outcome.events?.[0].data).toMatchObject({ position: 'vice_chair', aggravatingShown: ['repeat_within_365_days'] });
  });
  it('a decision more than 365 days back does not aggravate', () => {
    const history = { priorDecisions: [{ caseId: 'other', subjectKey: 'unit:unit-1', issuedAt: '2025-03-01T02:00:00.000Z' }], issuesUnrectifiedAfterDecision: [] };
    const formed = play([[{ type: 'FormOpinion', measures: [{ subject: 0, measure: 'interview' }], history }, at('2026-03-11T02:00:00.000Z', coordinator)]], heard());
    expect(formed.slice(-1)[0].data).toMatchObject({ aggravating: [] });
  });
});

describe('the decision document (Art. 16) and its execution (Art. 17)', () => {
  it('no decision before approval', () => {
    expect(codeOf(givenCase(opinion()).when(decision, at(D.issued, coordinator)))).toBe('INVALID_TRANSITION');
  });
  it('carries basic facts, facts, basis, measures, effective date and its number; the windows start', () => {
    const last = decided().slice(-1)[0];
    expect(last).toMatchObject({ type: 'DecisionIssued', data: { docNumber: '示范县督问决〔2026〕1号', effectiveDate: '2026-03-18', reviewDueAt: D.reviewEnds, appealDueAt: '2026-04-02T15:59:59.000Z' } });
    expect((last.data as { measures: unknown[] }).measures).toHaveLength(2);
  });
  it('a document missing a statutory field is refused, naming the fields', () => {
    const outcome = givenCase(approved()).when({ ...decision, basis: ' ', effectiveDate: '2026-03-01' }, at(D.issued, coordinator));
    expect(codeOf(outcome)).toBe('DECISION_INCOMPLETE');
    expect(outcome.error?.errors?.map((e) => e.field)).toEqual(['basis', 'effectiveDate']);
  });
  it('a 处分 can only be referred, never executed', () => {
    expect(codeOf(givenCase(decided()).when({ type: 'ExecuteMeasure', index: 1, note: 'x' }, at(D.issued, coordinator)))).toBe('MEASURE_REFERRAL_ONLY');
    expect(types(givenCase(decided()).when({ type: 'ReferMeasure', index: 1, to: 'discipline_inspection', note: '移送纪委监委' }, at(D.issued, coordinator)).events)).toEqual(['MeasureReferred']);
    expect(types(givenCase(decided()).when({ type: 'ExecuteMeasure', index: 0, note: '已公开批评' }, at(D.issued, coordinator)).events)).toEqual(['MeasureExecuted']);
  });
});

describe('review within 30 days, appeal within 15, each once; windows never pause', () => {
  it('a review requested on day 30 is accepted, on day 31 refused', () => {
    expect(codeOf(givenCase(decided()).when({ type: 'RequestReview', grounds: '事实有误' }, at(D.day30, coordinator)))).toBe('ACCEPTED');
    expect(codeOf(givenCase(decided()).when({ type: 'RequestReview', grounds: '事实有误' }, at(D.day31, coordinator)))).toBe('STATUTORY_WINDOW_CLOSED');
  });
  const reviewed = () => play([[{ type: 'RequestReview', grounds: 'g' }, at('2026-03-20T02:00:00.000Z', coordinator)]], decided());
  it('review once only', () => {
    expect(codeOf(givenCase(reviewed()).when({ type: 'RequestReview', grounds: 'again' }, at('2026-03-21T02:00:00.000Z', coordinator)))).toBe('REMEDY_ALREADY_USED');
  });
  it('a review not decided within 30 days is a StatutoryWindowMissed, recorded by the clock or any command', () => {
    const outcome = givenCase(reviewed()).when({ type: 'CheckCaseClocks' }, at('2026-04-20T01:00:00.000Z', systemActor));
    expect(outcome.events).toEqual([{ type: 'StatutoryWindowMissed', data: { clock: 'review_decision', dueAt: '2026-04-19T15:59:59.000Z', detectedAt: '2026-04-20T01:00:00.000Z' } }]);
  });
  it('the appeal window (15 days) runs from the review decision; a missed appeal decision (60 days) is an event', () => {
    const decidedReview = play([[{ type: 'DecideReview', outcome: 'maintained', reasoning: 'r' }, at('2026-03-25T02:00:00.000Z', leader)]], reviewed());
    expect(codeOf(givenCase(decidedReview).when({ type: 'FileAppeal', grounds: 'g' }, at('2026-04-10T01:00:00.000Z', coordinator)))).toBe('STATUTORY_WINDOW_CLOSED');
    const appealed = play([[{ type: 'FileAppeal', grounds: 'g' }, at('2026-04-09T02:00:00.000Z', coordinator)]], decidedReview);
    expect(codeOf(givenCase(appealed).when({ type: 'FileAppeal', grounds: 'again' }, at('2026-04-09T03:00:00.000Z', coordinator)))).toBe('REMEDY_ALREADY_USED');
    const late = givenCase(appealed).when({ type: 'CheckCaseClocks' }, at('2026-06-09T01:00:00.000Z', systemActor));
    expect(late.events?.[0]).toMatchObject({ type: 'StatutoryWindowMissed', data: { clock: 'appeal_decision', dueAt: '2026-06-08T15:59:59.000Z' } });
  });
  it('an appeal filed directly within 15 days of the decision closes the review', () => {
    const appealed = play([[{ type: 'FileAppeal', grounds: 'g' }, at('2026-03-20T02:00:00.000Z', coordinator)]], decided());
    expect(codeOf(givenCase(appealed).when({ type: 'RequestReview', grounds: 'g' }, at('2026-03-21T02:00:00.000Z', coordinator)))).toBe('INVALID_TRANSITION');
  });
  it('an upheld appeal requires a correction within 15 days before archiving', () => {
    const upheld = play([
      [{ type: 'FileAppeal', grounds: 'g' }, at('2026-03-20T02:00:00.000Z', coordinator)],
      [{ type: 'DecideAppeal', outcome: 'upheld', reasoning: 'r' }, at('2026-04-01T02:00:00.000Z', leader)],
    ], decided());
    expect(codeOf(givenCase(upheld).when({ type: 'ArchiveCase' }, at('2026-05-01T02:00:00.000Z', coordinator)))).toBe('INVALID_TRANSITION');
    const corrected = play([[{ type: 'CorrectDecision', measures: [{ subject: 0, measure: 'interview' }], note: '改为约谈' }, at('2026-04-20T02:00:00.000Z', coordinator)]], upheld);
    expect(types(corrected).slice(-2)).toEqual(['StatutoryWindowMissed', 'DecisionCorrected']); // 15 days ended 04-16
    expect(codeOf(givenCase(corrected).when({ type: 'ArchiveCase' }, at('2026-05-01T02:00:00.000Z', coordinator)))).toBe('ACCEPTED');
  });
  it('archiving waits for the windows to close', () => {
    expect(codeOf(givenCase(decided()).when({ type: 'ArchiveCase' }, at('2026-03-25T02:00:00.000Z', coordinator)))).toBe('INVALID_TRANSITION');
    const outcome = givenCase(decided()).when({ type: 'ArchiveCase' }, at(D.day31, coordinator));
    expect(types(outcome.events)).toEqual(['CaseArchived']);
    expect((outcome.after as ActiveCaseState).stage).toBe('archived');
  });
});

describe('简易程序: a case opened and decided in one go (for the quick decision on an issue page)', () => {
  const summary = { ...open, type: 'DecideSummarily' as const, measures: [{ subject: 0, measure: 'interview' }], basis: '《教育督导问责办法》第九条', docNumber: '督问决〔2026〕2号' };
  it('needs the committee chair or a vice-chair', () => {
    expect(codeOf(givenCase().when(summary, at(D.opened, leader)))).toBe('APPROVER_NOT_CHAIR');
  });
  it('leaves a decided case with every step on record; no statement made is recorded as such, not as heard', () => {
    const outcome = givenCase().when({ ...summary, position: 'chair' }, at(D.opened, leader));
    expect(types(outcome.events)).toEqual(['CaseOpened', 'FactsDetermined', 'FactsAndProposalServed', 'StatementWaived', 'OpinionFormed', 'DecisionApproved', 'DecisionIssued']);
    expect(outcome.events?.[3].data).toMatchObject({ reason: 'summary' });
    expect(outcome.after).toMatchObject({ stage: 'decided', decision: { docNumber: '督问决〔2026〕2号' } });
    expect((outcome.after as ActiveCaseState).clocks.find((c) => c.clock === 'investigation')?.state).toBe('met');
  });
  it('measures stay typed by subject', () => {
    expect(codeOf(givenCase().when({ ...summary, position: 'chair', measures: [{ subject: 0, measure: 'disciplinary_sanction' }] }, at(D.opened, leader)))).toBe('UNKNOWN_MEASURE');
  });
});
