import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decidePersonalDataAudit, evolvePersonalDataAudit, initialPersonalDataAuditState, PERSONAL_DATA_AUDIT_STREAM } from '@app/domain';
import type { Clock } from '../infrastructure/clock';
import { CLOCK } from '../infrastructure/tokens';
import { NotFoundError } from '../preconditions';
import { StreamCommandRunner } from '../stream-command-runner';
import { ErasePersonalDataCommand, type ErasureResult } from './erase-personal-data.command';
import { PersonalDataVault } from './personal-data.vault';

/**
 * Erasure needs a look-up first (the subject and its stream). The erasure is recorded before the key is destroyed:
 * a failure in between leaves a recorded erasure whose retry (the request is idempotent) destroys the key — never a
 * destroyed key without its record.
 */
@CommandHandler(ErasePersonalDataCommand)
export class ErasePersonalDataHandler implements ICommandHandler<ErasePersonalDataCommand, ErasureResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly vault: PersonalDataVault,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ subjectRef, reason, envelope }: ErasePersonalDataCommand): Promise<ErasureResult> {
    const subject = await this.vault.subject(subjectRef);
    if (!subject) throw new NotFoundError(`personal-data subject ${subjectRef} does not exist`);
    const now = this.clock.now();
    let erasedAt = now;
    const result = await this.runner.run(envelope, {
      stream: PERSONAL_DATA_AUDIT_STREAM,
      id: subjectRef,
      initial: initialPersonalDataAuditState,
      evolve: evolvePersonalDataAudit,
      decide: (state) => {
        erasedAt = state.erased[subjectRef] ?? now;
        return decidePersonalDataAudit({ type: 'ErasePersonalData', subjectRef, stream: subject.stream, reason }, state, { now, actor: envelope.actor });
      },
    });
    await this.vault.destroy(subjectRef, { at: erasedAt, by: envelope.actor.id, reason: reason.trim() });
    this.runner.forget(subject.stream);
    return { ...result, subjectRef, stream: subject.stream, erasedAt, alreadyErased: subject.erasedAt !== null || erasedAt !== now };
  }
}
