import { Command } from '@nestjs/cqrs';
import type { SupervisorCommand } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

type WithoutTarget<C> = C extends unknown ? Omit<C, 'supervisorId' | 'regionId'> : never;

/** A duty recorded on a supervisor's stream (`supervisor-<registry id>`); the handler adds the region from the registry. */
export class ExecuteSupervisorCommand extends Command<CommandResult> {
  constructor(
    readonly supervisorId: string,
    readonly command: WithoutTarget<SupervisorCommand>,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
