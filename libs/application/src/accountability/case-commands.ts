import { Command } from '@nestjs/cqrs';
import type { AccountabilityTarget, CaseCommand, OpenCase } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

/** 立案 from issues: the issues are looked up first (they exist, lie in the jurisdiction, share a region; subjects valid). */
export class OpenCaseCommand extends Command<CommandResult> {
  constructor(
    readonly command: Omit<OpenCase, 'regionId' | 'number'>,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}

/** Any later step of a case; the handler adds what the step needs looked up (history, committee position, number). */
export class ExecuteCaseCommand extends Command<CommandResult> {
  constructor(
    readonly caseId: string,
    readonly command: Exclude<CaseCommand, OpenCase>,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}

/**
 * 简易程序 from the issue page (`POST /issues/:id/accountability-decisions`): opens and decides case `caseId` in one
 * append, then records the decision on the issue — so both paths to rule 3 leave a case.
 */
export class DecideQuicklyCommand extends Command<CommandResult & { caseId: string; caseNumber?: string; docNumber?: string }> {
  constructor(
    readonly issueId: string,
    readonly caseId: string,
    readonly decision: { targets: AccountabilityTarget[]; measures: string[]; basis: string },
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
