import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { decideDecideMatterExtension, decideIssueMatterReminder, decideRequestMatterExtension, overdueDetected } from './matter-deadline.decide';
import {
  decideAssignMatter,
  decideCloseMatter,
  decideRegisterMatter,
  decideReportMatterProgress,
  decideReviewMatterCompletion,
  decideSubmitMatterCompletion,
} from './matter-handling.decide';
import type { MatterCommand } from './matter.commands';
import type { MatterEvent } from './matter.events';
import { evolveMatter } from './matter.evolve';
import type { MatterState } from './matter.state';

/**
 * The events a command produces on a 督查事项, or a DomainError naming the rule it breaks. Time first and last:
 * a matter found past its due date is recorded overdue (once) before the command's own events, and again looked
 * at after them (a refused extension, a return after the due date), all in the same append — so no rule waits
 * for the clock. A refused command appends nothing.
 */
export function decideMatter(command: MatterCommand, state: MatterState, context: DecisionContext): MatterEvent[] {
  const before = overdueDetected(state, context);
  const atCommand = before.reduce(evolveMatter, state);
  const events = decideCommand(command, atCommand, context);
  const after = overdueDetected(events.reduce(evolveMatter, atCommand), context);
  return [...before, ...events, ...after];
}

function decideCommand(command: MatterCommand, state: MatterState, context: DecisionContext): MatterEvent[] {
  switch (command.type) {
    case 'RegisterMatter':
      return decideRegisterMatter(command, state, context);
    case 'AssignMatter':
      return decideAssignMatter(command, state, context);
    case 'ReportMatterProgress':
      return decideReportMatterProgress(command, state, context);
    case 'IssueMatterReminder':
      return decideIssueMatterReminder(command, state, context);
    case 'MarkMatterOverdue':
      if (state.status === 'initial') throw new DomainError('NOT_FOUND', 'no such matter');
      return []; // what it asks for is decided first thing, for every command (a no-op for the clock otherwise)
    case 'RequestMatterExtension':
      return decideRequestMatterExtension(command, state, context);
    case 'DecideMatterExtension':
      return decideDecideMatterExtension(command, state, context);
    case 'SubmitMatterCompletion':
      return decideSubmitMatterCompletion(command, state, context);
    case 'ReviewMatterCompletion':
      return decideReviewMatterCompletion(command, state, context);
    case 'CloseMatter':
      return decideCloseMatter(command, state, context);
    default:
      throw new DomainError('INVALID_TRANSITION', `unknown matter command '${(command as { type?: string }).type}'`);
  }
}
