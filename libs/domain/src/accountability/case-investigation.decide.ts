import { DomainError, type FieldError } from '../shared/domain-error';
import type { DecisionContext } from '../shared/decision-context';
import { isInstant } from '../shared/instant';
import { windowEnd } from './case-clocks';
import type { DetermineFacts, FormInvestigationGroup, HearStatement, OpenCase, ServeFactsAndProposal, WaiveStatement } from './case.commands';
import type { CaseEvent } from './case.events';
import type { CaseState } from './case.state';
import { assertLiveCase, assertStage, by, measureErrors, requireText, throwIfAny } from './case.guards';

/** 立案: from one or more issues, with its subjects (a unit, or a person with the unit they belong to) and grounds. */
export function decideOpenCase(command: OpenCase, state: CaseState, context: DecisionContext): CaseEvent[] {
  if (state.stage !== 'initial') throw new DomainError('ALREADY_EXISTS', `case ${command.caseId} exists`);
  const errors: FieldError[] = [];
  if (!Array.isArray(command.issueIds) || command.issueIds.length === 0) errors.push({ field: 'issueIds', message: 'at least one issue' });
  if (!Array.isArray(command.subjects) || command.subjects.length === 0) errors.push({ field: 'subjects', message: 'at least one subject' });
  (command.subjects ?? []).forEach((s, i) => {
    requireText(errors, `subjects[${i}].name`, s?.name);
    requireText(errors, `subjects[${i}].unitId`, s?.unitId);
  });
  if (!Array.isArray(command.grounds) || command.grounds.length === 0) errors.push({ field: 'grounds', message: 'at least one ground' });
  if (command.triggeredAt !== undefined && (!isInstant(command.triggeredAt) || command.triggeredAt > context.now)) errors.push({ field: 'triggeredAt', message: 'an instant not in the future' });
  throwIfAny(errors);
  const triggeredAt = command.triggeredAt ?? context.now;
  return [{
    type: 'CaseOpened',
    data: {
      caseId: command.caseId, ...(command.number ? { number: command.number } : {}), regionId: command.regionId, issueIds: [...new Set(command.issueIds)],
      subjects: command.subjects.map((s) => ({ kind: s.kind, unitId: s.unitId, name: s.name.trim(), ...(s.position ? { position: s.position } : {}) })),
      grounds: [...command.grounds], triggeredAt, investigationDueAt: windowEnd('investigation', triggeredAt, context.calendar), openedAt: context.now, openedBy: by(context),
    },
  }];
}

/** 调查认定工作组: at least two members (Art. 13); within 60 days of the trigger, else the miss is on record first. */
export function decideFormInvestigationGroup(command: FormInvestigationGroup, state: CaseState, context: DecisionContext): CaseEvent[] {
  assertLiveCase(state);
  assertStage(state, ['opened'], 'form the investigation group of');
  const members = [...new Set((command.members ?? []).map((m) => String(m).trim()).filter(Boolean))];
  if (members.length < 2) throwIfAny([{ field: 'members', message: 'an investigation group has at least two members' }]);
  return [{ type: 'InvestigationGroupFormed', data: { members, formedAt: context.now, formedBy: by(context) } }];
}

/** 认定事实, and whether to start accountability (proceed) or dismiss the case. */
export function decideDetermineFacts(command: DetermineFacts, state: CaseState, context: DecisionContext): CaseEvent[] {
  assertLiveCase(state);
  assertStage(state, ['investigating'], 'determine the facts of');
  const errors: FieldError[] = [];
  requireText(errors, 'facts', command.facts);
  if (!command.proceed) requireText(errors, 'reason', command.reason);
  throwIfAny(errors);
  if (!command.proceed) return [{ type: 'CaseDismissed', data: { reason: command.reason!, dismissedAt: context.now, dismissedBy: by(context) } }];
  return [{ type: 'FactsDetermined', data: { facts: command.facts, proceed: true, determinedAt: context.now, determinedBy: by(context) } }];
}

/** 书面告知 the facts and the proposed measures (Art. 14); the statement window (5 working days) starts. */
export function decideServe(command: ServeFactsAndProposal, state: CaseState, context: DecisionContext): CaseEvent[] {
  assertLiveCase(state);
  assertStage(state, ['facts_determined'], 'serve the facts and proposal of');
  throwIfAny(measureErrors(command.proposedMeasures, state.subjects, 'proposedMeasures'), 'UNKNOWN_MEASURE');
  return [{
    type: 'FactsAndProposalServed',
    data: {
      proposedMeasures: command.proposedMeasures.map((m) => ({ subject: m.subject, measure: m.measure })), channel: command.channel ?? 'written',
      servedAt: context.now, statementDueAt: windowEnd('statement', context.now, context.calendar), servedBy: by(context),
    },
  }];
}

/** 陈述申辩 heard — within its window (after it, the window lapsed and was recorded waived first). */
export function decideHearStatement(command: HearStatement, state: CaseState, context: DecisionContext): CaseEvent[] {
  assertLiveCase(state);
  if (state.stage === 'heard' && state.statement?.reason === 'window_lapsed') {
    throw new DomainError('STATUTORY_WINDOW_CLOSED', `the statement window closed at ${state.clocks.find((c) => c.clock === 'statement')?.dueAt}`);
  }
  assertStage(state, ['notice_served'], 'hear the statement of');
  throwIfAny(((errors: FieldError[]) => (requireText(errors, 'statement', command.statement), errors))([]));
  return [{ type: 'StatementAndDefenceHeard', data: { statement: command.statement, heardAt: context.now, heardBy: by(context) } }];
}

/** The subject declined in writing to make a statement. */
export function decideWaiveStatement(_command: WaiveStatement, state: CaseState, context: DecisionContext): CaseEvent[] {
  assertLiveCase(state);
  assertStage(state, ['notice_served'], 'record a waived statement on');
  return [{ type: 'StatementWaived', data: { reason: 'declined', waivedAt: context.now, recordedBy: by(context) } }];
}
