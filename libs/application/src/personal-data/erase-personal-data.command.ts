import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

export interface ErasureResult extends CommandResult {
  subjectRef: string;
  stream: string;
  erasedAt: string;
  /** the subject had been erased before: nothing new was recorded */
  alreadyErased: boolean;
}

/** POST /admin/personal-data/:subjectRef/erase — destroys the subject's key and records PersonalDataErased. */
export class ErasePersonalDataCommand extends Command<ErasureResult> {
  constructor(
    readonly subjectRef: string,
    readonly reason: string,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
