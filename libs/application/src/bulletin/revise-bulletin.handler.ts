import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { bulletinStream, decideBulletin, evolveBulletin, initialBulletinState } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { assertMayCommand } from '../jurisdiction/jurisdiction.guards';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { StreamCommandRunner } from '../stream-command-runner';
import { assertListedIssues } from './listed-issues.check';
import { ReviseBulletinCommand } from './revise-bulletin.command';

/** 修改通报草稿: the bulletin must be the sender's region's, and every issue it now lists in the sender's jurisdiction. */
@CommandHandler(ReviseBulletinCommand)
export class ReviseBulletinHandler implements ICommandHandler<ReviseBulletinCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly jurisdictions: JurisdictionService,
  ) {}

  async execute({ bulletinId, command, envelope }: ReviseBulletinCommand): Promise<CommandResult> {
    const context = await this.contexts.create(envelope.actor);
    const jurisdiction = await this.jurisdictions.resolve(envelope.actor);
    return this.runner.run(envelope, {
      stream: bulletinStream(bulletinId),
      id: bulletinId,
      initial: initialBulletinState,
      evolve: evolveBulletin,
      authorize: (state) =>
        assertMayCommand(envelope.actor, jurisdiction, 'ReviseBulletin', state.status === 'initial' ? null : { regionId: state.regionId }, 'no such bulletin'),
      decide: async (state) => {
        if (state.status === 'draft') await assertListedIssues(this.store, envelope, jurisdiction, 'ReviseBulletin', command.issueIds);
        return decideBulletin(command, state, context);
      },
    });
  }
}
