import { DomainError, type FieldError } from '../shared/domain-error';
import type { DecisionContext } from '../shared/decision-context';
import { windowEnd } from './case-clocks';
import type { DecideSummarily } from './case.commands';
import type { CaseEvent } from './case.events';
import type { CaseState } from './case.state';
import { decideOpenCase } from './case-investigation.decide';
import { by, measureErrors, requireText, throwIfAny } from './case.guards';

/**
 * 简易程序: the quick decision on the issue page opens and decides a case in one append, so every decision leaves a case.
 * Due process still holds: the statement is heard (given) or recorded as not made on the spot ('summary'), the decider
 * must be the committee's chair or vice-chair (APPROVER_NOT_CHAIR), and the decision carries its statutory fields.
 */
export function decideSummarily(command: DecideSummarily, state: CaseState, context: DecisionContext): CaseEvent[] {
  if (context.actor.role !== 'leader' || (command.position !== 'chair' && command.position !== 'vice_chair')) {
    throw new DomainError('APPROVER_NOT_CHAIR', `${context.actor.id} is not the chair or a vice-chair of the education supervision committee`);
  }
  const [opened] = decideOpenCase({ ...command, type: 'OpenCase' }, state, context);
  const subjects = opened.type === 'CaseOpened' ? opened.data.subjects : [];
  const errors: FieldError[] = [];
  requireText(errors, 'basis', command.basis);
  requireText(errors, 'docNumber', command.docNumber);
  throwIfAny(errors, 'DECISION_INCOMPLETE');
  throwIfAny(measureErrors(command.measures, subjects), 'UNKNOWN_MEASURE');
  const now = context.now;
  const who = by(context);
  const measures = command.measures.map((m) => ({ subject: m.subject, measure: m.measure }));
  const statement: CaseEvent = command.statement?.trim()
    ? { type: 'StatementAndDefenceHeard', data: { statement: command.statement, heardAt: now, heardBy: who } }
    : { type: 'StatementWaived', data: { reason: 'summary', waivedAt: now, recordedBy: who } };
  return [
    opened,
    { type: 'FactsDetermined', data: { facts: command.basis, proceed: true, determinedAt: now, determinedBy: who } },
    { type: 'FactsAndProposalServed', data: { proposedMeasures: measures, channel: 'on_the_spot', servedAt: now, statementDueAt: now, servedBy: who } },
    statement,
    { type: 'OpinionFormed', data: { measures, aggravating: [], consulted: [], formedAt: now, formedBy: who } },
    { type: 'DecisionApproved', data: { approvedBy: who, position: command.position, aggravatingShown: [], approvedAt: now } },
    {
      type: 'DecisionIssued',
      data: {
        docNumber: command.docNumber!, basicFacts: command.grounds.join('；'), facts: command.basis, basis: command.basis, measures,
        effectiveDate: new Date(Date.parse(now) + 8 * 3_600_000).toISOString().slice(0, 10), issuedAt: now, issuedBy: who,
        reviewDueAt: windowEnd('review_request', now, context.calendar), appealDueAt: windowEnd('appeal_filing', now, context.calendar),
      },
    },
  ];
}
