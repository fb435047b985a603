import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_POLICY, type Actor, type DecisionContext } from '@app/domain';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { RegistryRepository } from '@app/registry';
import { CONFLICTS_OF_INTEREST, type ConflictsOfInterest } from './conflicts/conflicts-of-interest';
import type { Clock } from './infrastructure/clock';
import { CLOCK, REGISTRY } from './infrastructure/tokens';
import { CalendarService } from './calendar/calendar.service';

/**
 * Gathers what a decision needs from outside the stream: the time, the actor, the policy, the calendar and the
 * actor's declared conflicts of interest. Handlers add command-specific look-ups (registry facts) themselves.
 */
@Injectable()
export class DecisionContextFactory {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly calendars: CalendarService,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CONFLICTS_OF_INTEREST) private readonly conflicts: ConflictsOfInterest,
  ) {}

  async create(actor: Actor): Promise<DecisionContext> {
    const [categoryRows, calendar, conflictedUnitIds] = await Promise.all([
      this.registry.listCategories(),
      this.calendars.current(),
      this.conflicts.conflictedUnitIds(actor),
    ]);
    const categories = categoryRows.map((c) => c.code);
    return {
      now: this.clock.now(),
      actor,
      conflictedUnitIds,
      calendar,
      // The deciders and the deadline clock read the same configured ladder.
      policy: { ...DEFAULT_POLICY, ...this.config.policy, categories: categories.length ? categories : DEFAULT_POLICY.categories },
    };
  }
}
