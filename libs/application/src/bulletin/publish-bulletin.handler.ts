import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { bulletinStream, decideBulletin, evolveBulletin, initialBulletinState } from '@app/domain';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { assertMayCommand } from '../jurisdiction/jurisdiction.guards';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { StreamCommandRunner } from '../stream-command-runner';
import { BulletinSnapshotReader } from './bulletin-snapshot.reader';
import { PublishBulletinCommand } from './publish-bulletin.command';

/**
 * 督导通报 published with a snapshot of every listed issue, taken now: the results the process manager then
 * reports count for exactly the versions this bulletin saw (有结果必通报, DESIGN §3.4).
 */
@CommandHandler(PublishBulletinCommand)
export class PublishBulletinHandler implements ICommandHandler<PublishBulletinCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    private readonly jurisdictions: JurisdictionService,
    private readonly snapshots: BulletinSnapshotReader,
  ) {}

  async execute({ bulletinId, scope, envelope }: PublishBulletinCommand): Promise<CommandResult> {
    const context = await this.contexts.create(envelope.actor);
    const jurisdiction = await this.jurisdictions.resolve(envelope.actor);
    return this.runner.run(envelope, {
      stream: bulletinStream(bulletinId),
      id: bulletinId,
      initial: initialBulletinState,
      evolve: evolveBulletin,
      authorize: (state) =>
        assertMayCommand(envelope.actor, jurisdiction, 'PublishBulletin', state.status === 'initial' ? null : { regionId: state.regionId }, 'no such bulletin'),
      decide: async (state) => {
        // Only a draft is snapshotted; anything else is refused by the decider as it stands.
        const items = state.status === 'draft' ? await this.snapshots.snapshot(state.issueIds, context.now) : [];
        return decideBulletin({ type: 'PublishBulletin', scope, items }, state, context);
      },
    });
  }
}
