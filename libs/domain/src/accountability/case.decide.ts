import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { windowsMissed } from './case-clocks';
import { decideApprove, decideExecuteMeasure, decideFormOpinion, decideIssueDecision, decidePublish, decideReferMeasure } from './case-decision.decide';
import { decideDetermineFacts, decideFormInvestigationGroup, decideHearStatement, decideOpenCase, decideServe, decideWaiveStatement } from './case-investigation.decide';
import { decideArchive, decideCorrect, decideDecideAppeal, decideDecideReview, decideFileAppeal, decideRequestReview } from './case-remedies.decide';
import type { CaseCommand } from './case.commands';
import { decideSummarily } from './case-summary.decide';
import type { CaseEvent } from './case.events';
import { evolveCase } from './case.evolve';
import type { CaseState } from './case.state';
import { assertLiveCase } from './case.guards';

/**
 * An accountability case as due process (DESIGN §3.6). Time first, like the issue's overdue: every statutory window
 * the command's clock finds past its end is recorded before the command's own events (a lapsed statement window as
 * StatementWaived), and the command is decided on the state that includes them.
 */
export function decideCase(command: CaseCommand, state: CaseState, context: DecisionContext): CaseEvent[] {
  const timed = windowsMissed(state, context);
  const events = decideStep(command, timed.reduce(evolveCase, state), context);
  return [...timed, ...events];
}

function decideStep(command: CaseCommand, state: CaseState, context: DecisionContext): CaseEvent[] {
  switch (command.type) {
    case 'OpenCase': return decideOpenCase(command, state, context);
    case 'FormInvestigationGroup': return decideFormInvestigationGroup(command, state, context);
    case 'DetermineFacts': return decideDetermineFacts(command, state, context);
    case 'ServeFactsAndProposal': return decideServe(command, state, context);
    case 'HearStatement': return decideHearStatement(command, state, context);
    case 'WaiveStatement': return decideWaiveStatement(command, state, context);
    case 'FormOpinion': return decideFormOpinion(command, state, context);
    case 'ApproveDecision': return decideApprove(command, state, context);
    case 'IssueDecision': return decideIssueDecision(command, state, context);
    case 'ExecuteMeasure': return decideExecuteMeasure(command, state, context);
    case 'ReferMeasure': return decideReferMeasure(command, state, context);
    case 'PublishDecision': return decidePublish(command, state, context);
    case 'RequestReview': return decideRequestReview(command, state, context);
    case 'DecideReview': return decideDecideReview(command, state, context);
    case 'FileAppeal': return decideFileAppeal(command, state, context);
    case 'DecideAppeal': return decideDecideAppeal(command, state, context);
    case 'CorrectDecision': return decideCorrect(command, state, context);
    case 'ArchiveCase': return decideArchive(command, state, context);
    case 'CheckCaseClocks': assertLiveCase(state); return [];
    case 'DecideSummarily': return decideSummarily(command, state, context);
    default:
      throw new DomainError('INVALID_TRANSITION', `unknown case command '${(command as { type?: string }).type}'`);
  }
}
