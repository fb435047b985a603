import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { decideLookBackSample, evolveLookBackSample, initialLookBackSampleState, isQuarter, lookBackSampleStream, quarterBounds } from '@app/domain';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { assertMayCommandAtUnit } from '../jurisdiction/jurisdiction.guards';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { PG_POOL } from '../infrastructure/tokens';
import { ForbiddenError } from '../preconditions';
import { StreamCommandRunner } from '../stream-command-runner';
import { DrawLookBackSampleCommand } from './draw-look-back-sample.command';

/**
 * The population is looked up before deciding: the actor's region's general and serious issues closed in the
 * quarter (Shanghai), from the issue summary. It is recorded in the event, so the sample can be re-drawn from it.
 */
@CommandHandler(DrawLookBackSampleCommand)
export class DrawLookBackSampleHandler implements ICommandHandler<DrawLookBackSampleCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    private readonly jurisdictions: JurisdictionService,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  async execute({ request, envelope }: DrawLookBackSampleCommand): Promise<CommandResult> {
    const regionId = envelope.actor.regionId;
    if (!regionId) throw new ForbiddenError('only an actor with a region draws its sample');
    assertMayCommandAtUnit(envelope.actor, await this.jurisdictions.resolve(envelope.actor), 'DrawLookBackSample', { regionId });
    const context = await this.contexts.create(envelope.actor);
    const population = isQuarter(request.quarter) ? await this.population(regionId, request.quarter) : [];
    const stream = lookBackSampleStream(regionId, request.quarter);
    return this.runner.run(envelope, {
      stream,
      id: `${regionId}-${request.quarter}`,
      initial: initialLookBackSampleState,
      evolve: evolveLookBackSample,
      decide: (state) => decideLookBackSample({ type: 'DrawLookBackSample', regionId, quarter: request.quarter, rate: request.rate, seed: request.seed, population }, state, context),
    });
  }

  private async population(regionId: string, quarter: string): Promise<string[]> {
    const { from, to } = quarterBounds(quarter);
    const rows = await this.pool.query<{ issue_id: string }>(
      `SELECT issue_id FROM issue_summary
        WHERE region_id = $1 AND status = 'closed' AND severity IN ('general', 'serious')
          AND (state->>'closedAt')::timestamptz >= $2::timestamptz AND (state->>'closedAt')::timestamptz <= $3::timestamptz`,
      [regionId, from, to],
    );
    return rows.rows.map((r) => r.issue_id);
  }
}
