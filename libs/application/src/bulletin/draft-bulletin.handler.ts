import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { bulletinStream, decideBulletin, evolveBulletin, initialBulletinState } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { assertListedIssues } from './listed-issues.check';
import { NumberedDecision } from '../numbering/numbered-decision';
import { NumberingService } from '../numbering/numbering.service';
import { StreamCommandRunner } from '../stream-command-runner';
import { DraftBulletinCommand } from './draft-bulletin.command';

/** Drafting looks up every listed issue first: a bulletin may only name issues that exist. */
@CommandHandler(DraftBulletinCommand)
export class DraftBulletinHandler implements ICommandHandler<DraftBulletinCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly jurisdictions: JurisdictionService,
    private readonly numbering: NumberingService,
  ) {}

  async execute({ command, envelope }: DraftBulletinCommand): Promise<CommandResult> {
    const jurisdiction = await this.jurisdictions.resolve(envelope.actor);
    await assertListedIssues(this.store, envelope, jurisdiction, command.type, command.issueIds);
    const context = await this.contexts.create(envelope.actor);
    const stream = bulletinStream(command.bulletinId);
    const regionId = envelope.actor.regionId ?? '';
    const numbered = new NumberedDecision(this.numbering, envelope);
    return numbered.guard(() =>
      this.runner.run(envelope, {
        stream,
        id: command.bulletinId,
        initial: initialBulletinState,
        evolve: evolveBulletin,
        decide: (state) =>
          numbered.decide({ kind: 'bulletin', regionId, streamId: stream, now: context.now, creates: 'BulletinDrafted' }, (number) =>
            decideBulletin({ ...command, regionId, number }, state, context),
          ),
      }),
      stream,
    );
  }
}
