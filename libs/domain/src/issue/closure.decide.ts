import type { DecisionContext } from '../shared/decision-context';
import { DomainError, FieldError } from '../shared/domain-error';
import { measuresFor } from './accountability-measures';
import { assertAccountabilityTargets } from './accountability-targets';
import type { CloseIssue, DecideAccountability, ReportResult } from './issue.commands';
import type { IssueEvent } from './issue.events';
import type { IssueState } from './issue.state';
import { assertIssueExists, assertIssueNotEnded, assertLiveIssue } from './issue.guards';

export function decideDecideAccountability(command: DecideAccountability, state: IssueState, context: DecisionContext): IssueEvent[] {
  assertLiveIssue(state);
  if (command.caseId && (state.decidedCaseIds ?? []).includes(command.caseId)) return []; // the process manager retries freely
  const errors = accountabilityErrors(command);
  if (errors.length > 0) throw new DomainError('UNKNOWN_MEASURE', errors.map((error) => error.message).join('; '), errors);
  assertAccountabilityTargets(command.targets, state, context);
  return [
    {
      type: 'AccountabilityDecided',
      data: {
        targets: command.targets.map((target) => ({ ...target })), measures: [...new Set(command.measures)], basis: command.basis,
        reasons: state.accountabilityRequired ? [...state.accountabilityReasons] : [],
        decidedAt: context.now, decidedBy: context.actor.id,
        ...(command.caseId ? { caseId: command.caseId, ...(command.docNumber ? { docNumber: command.docNumber } : {}) } : {}),
      },
    },
  ];
}

/**
 * Recorded whatever the issue's status (a bulletin may list closed or withdrawn issues too); the same bulletin
 * twice appends nothing, so the process manager may retry freely. A snapshot cannot have seen a version the
 * issue never reached.
 */
export function decideReportResult(command: ReportResult, state: IssueState, context: DecisionContext): IssueEvent[] {
  assertIssueExists(state);
  if (state.reportedBulletinIds.includes(command.bulletinId)) return [];
  const { bulletinId, scope, publishedAt, reportedVersion } = command;
  const known = reportedVersion === null || (Number.isInteger(reportedVersion) && reportedVersion >= 1 && reportedVersion <= state.version);
  if (!known) throw new DomainError('INVALID_TRANSITION', `bulletin ${bulletinId} cannot have seen version ${reportedVersion} of an issue at version ${state.version}`);
  return [{ type: 'ResultReported', data: { bulletinId, scope, publishedAt, reportedVersion, reportedAt: context.now } }];
}

/** 销号: the three iron rules, checked in this order. */
export function decideCloseIssue(command: CloseIssue, state: IssueState, context: DecisionContext): IssueEvent[] {
  assertIssueExists(state);
  assertIssueNotEnded(state);
  if (state.status !== 'rectified') {
    throw new DomainError('RECHECK_REQUIRED', `issue ${state.issueId} is ${state.status}; closing needs a passed recheck after the latest report`);
  }
  if (state.accountabilityRequired) {
    throw new DomainError('ACCOUNTABILITY_REQUIRED', `accountability must be decided first (${state.accountabilityReasons.join(', ')})`);
  }
  if (!state.resultReported) {
    throw new DomainError(
      'RESULT_NOT_REPORTED',
      `the result must be published in a bulletin whose snapshot saw version ${state.resultBaselineVersion} (the latest passed recheck / accountability decision); ` +
        `the latest bulletin saw ${state.reportedVersion ?? 'none'}`,
    );
  }
  const note = command.note === undefined ? {} : { note: command.note };
  return [{ type: 'IssueClosed', data: { ...note, closedAt: context.now, closedBy: context.actor.id } }];
}

function accountabilityErrors(command: DecideAccountability): FieldError[] {
  const errors: FieldError[] = [];
  const targets = command.targets ?? [];
  const measures = command.measures ?? [];
  if (targets.length === 0) errors.push({ field: 'targets', message: 'at least one target is required' });
  if (measures.length === 0) errors.push({ field: 'measures', message: 'at least one measure is required' });
  const allowed = new Set(targets.flatMap((target) => measuresFor(target.kind)));
  measures.forEach((measure, index) => {
    if (!allowed.has(measure)) {
      errors.push({ field: `measures[${index}]`, message: `'${measure}' is not a measure for the ${kindsOf(targets)} targeted` });
    }
  });
  return errors;
}

function kindsOf(targets: DecideAccountability['targets']): string {
  return [...new Set(targets.map((target) => target.kind))].join(' / ') || 'no';
}
