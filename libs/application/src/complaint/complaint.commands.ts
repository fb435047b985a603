import { Command } from '@nestjs/cqrs';
import type { ComplaintCommand, ReceiveComplaint, Severity, VerificationOutcome } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

/**
 * Receiving a complaint needs look-ups first (the unit's region, the school's responsibility supervisor, a number).
 * `filedByPublic`: filed on the public page without login (no jurisdiction; channel `online`).
 */
export class ReceiveComplaintCommand extends Command<CommandResult> {
  constructor(
    readonly command: Omit<ReceiveComplaint, 'regionId' | 'defaultSupervisorId' | 'number'>,
    readonly envelope: CommandEnvelope,
    readonly filedByPublic = false,
  ) {
    super();
  }
}

/** An issue to register for what a verification found true (the complaint's unit; source = the complaint). */
export interface ComplaintIssueSpec {
  category: string;
  severity: Severity;
  safetyHazard?: boolean;
  title: string;
  description: string;
}

/** Verifying registers the issues found first (each idempotent by the command's id), then records the verification. */
export class VerifyComplaintCommand extends Command<CommandResult & { issueIds: string[] }> {
  constructor(
    readonly complaintId: string,
    readonly command: { outcome: VerificationOutcome; findings: string; issues: ComplaintIssueSpec[] },
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}

/** Any other command on an existing complaint stream (assign, reply, close, the clock's marks). */
export class ExecuteComplaintCommand extends Command<CommandResult> {
  constructor(
    readonly complaintId: string,
    readonly command: Exclude<ComplaintCommand, { type: 'ReceiveComplaint' | 'VerifyComplaint' }>,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
