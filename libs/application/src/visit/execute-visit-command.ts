import { Command } from '@nestjs/cqrs';
import type { MarkVisitReportOverdue, SubmitVisitReport } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

/** A command on an existing visit (its report); recording a visit has its own (RecordVisitCommand). */
export class ExecuteVisitCommand extends Command<CommandResult> {
  constructor(
    readonly visitId: string,
    readonly command: SubmitVisitReport | MarkVisitReportOverdue,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
