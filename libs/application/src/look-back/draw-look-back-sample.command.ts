import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

/** 回头看抽查: draw a quarter's sample for the actor's region (the population is looked up before deciding). */
export class DrawLookBackSampleCommand extends Command<CommandResult> {
  constructor(
    readonly request: { quarter: string; rate: number; seed: string },
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
