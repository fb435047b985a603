import { workingDaysAfter } from '../calendar/working-days';
import { DomainError } from '../shared/domain-error';
import { instantMillis } from '../shared/instant';
import type { ActivityContext } from './activity-context';
import type { CloseActivity, FinalizeUnitReport, IssueOpinionLetter, IssuePreliminaryOpinion, PublishActivityReport, ReceiveStatement } from './activity.commands';
import type { ActivityEvent } from './activity.events';
import type { ActivityUnitState, ExistingActivity } from './activity.state';
import { isFormalActivity, STATEMENT_WORKING_DAYS } from './activity.types';

function visitedUnit(state: ExistingActivity, unitId: string): ActivityUnitState {
  if (!state.targetUnitIds.includes(unitId)) throw new DomainError('UNIT_NOT_TARGETED', `${unitId} is not a target of this activity`);
  const unit = state.units[unitId];
  if (!unit || unit.visits.length === 0) throw new DomainError('INVALID_TRANSITION', `${unitId} has not been visited yet`);
  return unit;
}

/** Every listed issue was registered from this activity at this unit. */
function assertIssuesFromActivity(issueIds: readonly string[], unitId: string, state: ExistingActivity, context: ActivityContext): void {
  for (const issueId of issueIds) {
    const facts = context.issues?.[issueId];
    if (!facts || facts.unitId !== unitId || facts.activityId !== state.activityId) {
      throw new DomainError('ISSUE_NOT_FROM_ACTIVITY', `issue ${issueId} was not registered from this activity at ${unitId}`, [{ field: 'issueIds', message: issueId }]);
    }
  }
}

/** 条例 art. 20: the preliminary opinion opens the school's statement window (10 working days on the calendar). */
export function decidePreliminaryOpinion(command: IssuePreliminaryOpinion, state: ExistingActivity, context: ActivityContext): ActivityEvent[] {
  const unit = visitedUnit(state, command.unitId);
  if (unit.preliminary) throw new DomainError('INVALID_TRANSITION', 'the preliminary opinion was issued already');
  const issueIds = [...new Set(command.issueIds)];
  assertIssuesFromActivity(issueIds, command.unitId, state, context);
  const statementDueAt = workingDaysAfter(context.now, STATEMENT_WORKING_DAYS, context.calendar);
  return [{ type: 'PreliminaryOpinionIssued', data: { unitId: command.unitId, opinion: command.opinion.trim(), issueIds, issuedBy: context.actor.id, issuedAt: context.now, statementDueAt } }];
}

export function decideReceiveStatement(command: ReceiveStatement, state: ExistingActivity, context: ActivityContext): ActivityEvent[] {
  const unit = visitedUnit(state, command.unitId);
  if (!unit.preliminary) throw new DomainError('INVALID_TRANSITION', 'no preliminary opinion to answer');
  if (unit.statement) throw new DomainError('INVALID_TRANSITION', 'the statement was received already');
  if (instantMillis(context.now) > instantMillis(unit.preliminary.statementDueAt)) throw new DomainError('STATEMENT_WINDOW_CLOSED', `the statement was due by ${unit.preliminary.statementDueAt}`);
  return [{ type: 'StatementReceived', data: { unitId: command.unitId, statement: command.statement.trim(), receivedBy: context.actor.id, receivedAt: context.now } }];
}

/** 条例 art. 21: the opinion letter orders rectification of every problem it lists — each must have an open order. */
export function decideOpinionLetter(command: IssueOpinionLetter, state: ExistingActivity, context: ActivityContext): ActivityEvent[] {
  const unit = visitedUnit(state, command.unitId);
  if (unit.letter) throw new DomainError('INVALID_TRANSITION', 'the opinion letter was issued already');
  if (isFormalActivity(state.kind)) {
    if (!unit.preliminary) throw new DomainError('INVALID_TRANSITION', 'a preliminary opinion comes first (条例 art. 20)');
    if (!unit.statement && instantMillis(context.now) <= instantMillis(unit.preliminary.statementDueAt)) {
      throw new DomainError('STATEMENT_WINDOW_OPEN', `the school may state its case until ${unit.preliminary.statementDueAt}`);
    }
  }
  const issueIds = [...new Set([...(unit.preliminary?.issueIds ?? []), ...command.issueIds])];
  assertIssuesFromActivity(issueIds, command.unitId, state, context);
  const unordered = issueIds.filter((id) => !context.issues?.[id]?.openOrder);
  if (unordered.length) {
    throw new DomainError('RECTIFICATION_NOT_ORDERED', `no open rectification order for ${unordered.join(', ')}`, unordered.map((id) => ({ field: 'issueIds', message: id })));
  }
  const evaluation = command.evaluation.trim();
  if (!evaluation) throw new DomainError('INVALID_TRANSITION', 'the letter needs an evaluation', [{ field: 'evaluation', message: 'required' }]);
  return [{ type: 'OpinionLetterIssued', data: { unitId: command.unitId, letterNumber: command.letterNumber ?? null, evaluation, issueIds, issuedBy: context.actor.id, issuedAt: context.now } }];
}

/** The per-school report (视导报告/督导报告): after the visit, and for special/comprehensive after the opinion letter. */
export function decideUnitReport(command: FinalizeUnitReport, state: ExistingActivity, context: ActivityContext): ActivityEvent[] {
  const unit = visitedUnit(state, command.unitId);
  if (state.published) throw new DomainError('INVALID_TRANSITION', 'the reports are published already');
  if (isFormalActivity(state.kind) && !unit.letter) throw new DomainError('INVALID_TRANSITION', 'the opinion letter comes before the report');
  const report = command.report.trim();
  if (!report) throw new DomainError('INVALID_TRANSITION', 'the report is empty', [{ field: 'report', message: 'required' }]);
  return [{ type: 'UnitReportFinalized', data: { unitId: command.unitId, report, finalizedBy: context.actor.id, finalizedAt: context.now } }];
}

export function decidePublish(command: PublishActivityReport, state: ExistingActivity, context: ActivityContext): ActivityEvent[] {
  if (state.published) throw new DomainError('INVALID_TRANSITION', 'the reports are published already');
  const missing = state.targetUnitIds.filter((id) => !state.units[id]?.report);
  if (missing.length) throw new DomainError('REPORTS_NOT_FINALIZED', `no final report for ${missing.join(', ')}`);
  return [{ type: 'ReportPublished', data: { scope: command.scope, publishedBy: context.actor.id, publishedAt: context.now } }];
}

/** 条例 art. 23: special and comprehensive reports are published to the public before the activity ends. */
export function decideClose(command: CloseActivity, state: ExistingActivity, context: ActivityContext): ActivityEvent[] {
  if (isFormalActivity(state.kind) && state.published?.scope !== 'public') throw new DomainError('REPORT_NOT_PUBLISHED', 'a special or comprehensive supervision report must be published to the public first');
  return [{ type: 'ActivityClosed', data: { note: command.note.trim(), closedBy: context.actor.id, closedAt: context.now } }];
}
