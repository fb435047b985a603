import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import {
  DEFAULT_POLICY, DEMO_FRAMEWORK, createWorkdayCalendar, decideFramework, evolveFramework, frameworkStream, initialFrameworkState,
  type Actor, type FrameworkCommand, type FrameworkEvent, type FrameworkState,
} from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import type { CommandEnvelope, CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import type { Clock } from '../infrastructure/clock';
import { CLOCK } from '../infrastructure/tokens';
import { StreamCommandRunner } from '../stream-command-runner';

const SEED_ACTOR: Actor = { id: 'system:framework-seed', role: 'system' };

/** 督政 indicator frameworks (`framework-<code>`): published by an admin; demo mode ships one at first start. */
@Injectable()
export class FrameworksService implements OnApplicationBootstrap {
  private readonly logger = new Logger('frameworks');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    const commandId = `framework-seed:${DEMO_FRAMEWORK.code}`;
    const context = { now: this.clock.now(), actor: SEED_ACTOR, policy: DEFAULT_POLICY, calendar: createWorkdayCalendar([], () => null) };
    const result = await this.run({ commandId, fingerprint: commandId, actor: SEED_ACTOR, correlationId: commandId, causationId: null }, { type: 'SeedFramework', framework: DEMO_FRAMEWORK }, context);
    if (!result.replayed && result.version === 1) this.logger.log(`seeded the demo framework ${DEMO_FRAMEWORK.code}`);
  }

  async publish(envelope: CommandEnvelope, command: FrameworkCommand): Promise<CommandResult> {
    return this.run(envelope, command, await this.contexts.create(envelope.actor));
  }

  /** The current version of a framework, or null. */
  async current(code: string): Promise<Extract<FrameworkState, { status: 'published' }>['current'] | null> {
    const events = await this.store.readStream(frameworkStream(code));
    const state = events.reduce((s, e) => evolveFramework(s, e as unknown as FrameworkEvent), initialFrameworkState);
    return state.status === 'published' ? state.current : null;
  }

  private run(envelope: CommandEnvelope, command: FrameworkCommand, context: Parameters<typeof decideFramework>[2]): Promise<CommandResult> {
    const code = command.framework?.code ?? '';
    return this.runner.run<FrameworkState, FrameworkEvent>(envelope, {
      stream: frameworkStream(code), id: code, initial: initialFrameworkState, evolve: evolveFramework,
      decide: (state) => decideFramework(command, state, context),
    });
  }
}
