import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import type { ConductLookBack, ConductRecheck } from './issue.commands';
import type { IssueEvent } from './issue.events';
import type { ActiveIssueState, IssueState } from './issue.state';
import { assertIndependentRechecker, assertIssueExists, assertLiveIssue, invalidTransition } from './issue.guards';

export function decideConductRecheck(command: ConductRecheck, state: IssueState, context: DecisionContext): IssueEvent[] {
  assertLiveIssue(state);
  if (state.status === 'open' || state.status === 'rectifying') {
    throw new DomainError('REPORT_REQUIRED', `issue ${state.issueId} has no rectification report to recheck`);
  }
  if (state.status !== 'awaiting_recheck') throw invalidTransition(state, 'recheck');
  assertIndependentRechecker(state, context);
  if (command.outcome === 'passed' && command.method !== 'on_site' && needsOnSiteRecheck(state)) {
    throw new DomainError(
      'ON_SITE_RECHECK_REQUIRED',
      `a ${state.severity}${state.safetyHazard ? ' safety-hazard' : ''} issue can only pass an on-site recheck`,
      [{ field: 'method', message: 'must be on_site to pass' }],
    );
  }
  return [
    {
      type: 'RecheckConducted',
      data: {
        orderNo: state.currentOrder.orderNo, method: command.method, outcome: command.outcome, findings: command.findings,
        evidence: [...(command.evidence ?? [])], recheckedAt: context.now, recheckedBy: context.actor.id,
      },
    },
  ];
}

/** 回头看: a later random check of a closed issue; a relapse reopens it and calls for accountability. */
export function decideConductLookBack(command: ConductLookBack, state: IssueState, context: DecisionContext): IssueEvent[] {
  assertIssueExists(state);
  if (state.status === 'withdrawn') throw new DomainError('ISSUE_WITHDRAWN', `issue ${state.issueId} was withdrawn`);
  if (state.status !== 'closed') throw invalidTransition(state, 'look back at');
  assertIndependentRechecker(state, context);
  const by = context.actor.id;
  const lookBack: IssueEvent = {
    type: 'LookBackConducted',
    data: { outcome: command.outcome, findings: command.findings, conductedAt: context.now, conductedBy: by },
  };
  if (command.outcome !== 'relapsed') return [lookBack];
  return [lookBack, { type: 'IssueReopened', data: { reason: command.findings, reopenedAt: context.now, reopenedBy: by } }];
}

export function needsOnSiteRecheck(state: ActiveIssueState): boolean {
  return state.severity !== 'general' || state.safetyHazard;
}
