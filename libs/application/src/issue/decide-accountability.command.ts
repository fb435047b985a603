import { Command } from '@nestjs/cqrs';
import type { DecideAccountability } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

/** 问责处理 on an issue: its targets are checked against the registry, so it has its own handler. */
export class DecideAccountabilityCommand extends Command<CommandResult> {
  constructor(
    readonly issueId: string,
    readonly command: DecideAccountability,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
