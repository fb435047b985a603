import { Command } from '@nestjs/cqrs';
import type { EvaluationCommand } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

/** Any command on a 督政 evaluation stream, its launch included (the handler looks up the framework and the unit). */
export class ExecuteEvaluationCommand extends Command<CommandResult> {
  constructor(
    readonly evaluationId: string,
    readonly command:
      | Exclude<EvaluationCommand, { type: 'LaunchEvaluation' | 'ConcludeEvaluation' }>
      | { type: 'LaunchEvaluation'; frameworkCode: string; subjectUnitId: string; year: number; team: string[]; selfEvaluationDueAt: string }
      /** the handler gives each finding the id of the issue it becomes */
      | { type: 'ConcludeEvaluation'; summary: string; findingTexts: string[] },
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
