import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import type { FeedBackIssue, RegisterIssue, WithdrawIssue } from './issue.commands';
import type { IssueEvent } from './issue.events';
import type { IssueState } from './issue.state';
import { assertLiveIssue, invalidTransition } from './issue.guards';

export function decideRegisterIssue(command: RegisterIssue, state: IssueState, context: DecisionContext): IssueEvent[] {
  if (state.status !== 'initial') throw new DomainError('ALREADY_EXISTS', `issue ${state.issueId} already exists`);
  if (!context.policy.categories.includes(command.category)) {
    throw new DomainError('UNKNOWN_CATEGORY', `unknown category '${command.category}'`, [
      { field: 'category', message: `must be one of ${context.policy.categories.join(', ')}` },
    ]);
  }
  const { issueId, unitId, regionId, category, severity, safetyHazard, title, description, source, evidence } = command;
  return [
    {
      type: 'IssueRegistered',
      data: {
        issueId, unitId, regionId, category, severity, safetyHazard: safetyHazard === true, title, description,
        source: { ...source }, evidence: [...(evidence ?? [])],
        foundAt: context.now, foundBy: context.actor.id,
        ...(command.personal === true ? { personal: true as const } : {}),
        ...(command.number ? { number: command.number } : {}),
      },
    },
  ];
}

export function decideFeedBackIssue(command: FeedBackIssue, state: IssueState, context: DecisionContext): IssueEvent[] {
  assertLiveIssue(state);
  return [{ type: 'IssueFedBack', data: { note: command.note, channel: command.channel, fedBackAt: context.now, fedBackBy: context.actor.id } }];
}

/** Only an issue nobody was yet ordered to rectify can be withdrawn (e.g. a complaint not verified). */
export function decideWithdrawIssue(command: WithdrawIssue, state: IssueState, context: DecisionContext): IssueEvent[] {
  assertLiveIssue(state);
  if (state.status !== 'open' || state.ordersIssued > 0) throw invalidTransition(state, 'withdraw after a rectification order');
  return [{ type: 'IssueWithdrawn', data: { reason: command.reason, withdrawnAt: context.now, withdrawnBy: context.actor.id } }];
}
