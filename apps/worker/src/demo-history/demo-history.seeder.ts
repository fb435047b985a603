import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import {
  CalendarService, CLOCK, DecideAccountabilityCommand, DraftBulletinCommand, ExecuteActivityCommand, ExecuteSupervisorCommand, ExecuteIssueCommand, PG_POOL, PublishBulletinCommand, RecordVisitCommand, REGISTRY,
  RegisterIssueCommand, withSimulatedTime, type Clock, type CommandEnvelope,
} from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { bulletinStream, DomainError, type Actor } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import type { RegistryRepository } from '@app/registry';
import { BulletinResultsProcessManager } from '../bulletin-results/bulletin-results.process-manager';
import { fingerprint } from './demo-ids';
import { DemoStage, type DemoSender, type DemoStep } from './demo-stage';
import { DEMO_SCENES } from './scenes';

const RUN = 'semester-v1';
const LOCK = 0x64656d6f; // 'demo'

/**
 * Demo mode's recent semester (DESIGN §5): every scene's steps, sent in time order as real commands through the
 * command bus, each inside a simulated clock — so every stream is genuine and verifies. Deterministic ids and command
 * ids make a resumed run (after a crash) land every step once; a finished run is recorded and never repeated.
 * Runs before the clocks and projections of the worker start (its module is bootstrapped first).
 */
@Injectable()
export class DemoHistorySeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('demo-history');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly calendars: CalendarService,
    private readonly commands: CommandBus,
    private readonly modules: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoHistory) return;
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [LOCK]);
      const done = await client.query(`SELECT anchor, finished_at FROM demo_history_runs WHERE name = $1`, [RUN]);
      const row = done.rows[0] as { anchor: Date; finished_at: Date | null } | undefined;
      if (row?.finished_at) return;
      const anchor = row ? new Date(row.anchor).toISOString() : this.clock.now();
      if (!row) await client.query(`INSERT INTO demo_history_runs (name, anchor) VALUES ($1, $2)`, [RUN, anchor]);
      const started = Date.now();
      const { steps, refused } = await this.seed(anchor);
      const ms = Date.now() - started;
      await client.query(`UPDATE demo_history_runs SET finished_at = now(), steps = $2, refused = $3, duration_ms = $4 WHERE name = $1`, [RUN, steps, refused, ms]);
      this.logger.log(`demo semester seeded: ${steps} commands (${refused} refused) in ${ms} ms`);
    } catch (error) {
      // A demo without history is still a demo: say so, never stop the service for it.
      this.logger.error(`demo history not seeded: ${String(error)}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK]).catch(() => undefined);
      client.release();
    }
  }

  /** Plans every scene on one stage and runs the steps in time order. */
  async seed(anchor: string): Promise<{ steps: number; refused: number }> {
    const steps: DemoStep[] = [];
    const calendar = await this.calendars.current();
    for (const scene of DEMO_SCENES) {
      const stage = new DemoStage(scene.name, anchor, calendar);
      scene.plan(stage);
      steps.push(...stage.steps);
    }
    steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const actors = await this.actors(new Set(steps.map((s) => s.user)));
    let refused = 0;
    for (const step of steps) {
      try {
        await withSimulatedTime(step.at, () => step.run(this.sender(step, actors)));
      } catch (error) {
        if (!(error instanceof DomainError) && !(error as { code?: string })?.code) throw error;
        refused += 1;
        this.logger.warn(`${step.label} at ${step.at} refused: ${(error as { code?: string }).code ?? ''} ${(error as Error).message}`);
      }
    }
    return { steps: steps.length, refused };
  }

  private sender(step: DemoStep, actors: Map<string, Actor>): DemoSender {
    const envelope = (body: unknown): CommandEnvelope => {
      const actor = actors.get(step.user);
      if (!actor) throw new Error(`demo user ${step.user} is not in the registry`);
      return { commandId: `demo:${step.label}`, fingerprint: fingerprint(body), actor, correlationId: 'demo-history', causationId: null };
    };
    return {
      registerIssue: (issueId, body) => this.commands.execute(new RegisterIssueCommand({ type: 'RegisterIssue', issueId, ...body } as never, envelope(body))),
      // 问责处理 checks its targets against the registry: it has its own command and handler (as over HTTP).
      issue: (issueId, command) =>
        this.commands.execute(
          command.type === 'DecideAccountability'
            ? new DecideAccountabilityCommand(issueId, command as never, envelope(command))
            : new ExecuteIssueCommand(issueId, command as never, envelope(command)),
        ),
      visit: (visitId, body) => this.commands.execute(new RecordVisitCommand({ type: 'RecordVisit', visitId, ...body } as never, envelope(body))),
      draftBulletin: (bulletinId, body) => this.commands.execute(new DraftBulletinCommand({ type: 'DraftBulletin', bulletinId, ...body }, envelope(body))),
      publishBulletin: (bulletinId, scope) => this.commands.execute(new PublishBulletinCommand(bulletinId, scope, envelope({ scope }))),
      activity: (activityId, command) => this.commands.execute(new ExecuteActivityCommand(activityId, command as never, envelope(command))),
      supervisor: (supervisorId, command) => this.commands.execute(new ExecuteSupervisorCommand(supervisorId, command as never, envelope(command))),
      reportResults: async (bulletinId) => {
        // The process manager's own step, at publication time, with its own command ids: when its subscription later
        // reaches the same publication it appends nothing.
        const published = (await this.store.readStream(bulletinStream(bulletinId))).find((e) => e.type === 'BulletinPublished');
        const manager = this.modules.get(BulletinResultsProcessManager, { strict: false });
        if (published) await manager.reportResults(published as never);
      },
    };
  }

  private async actors(usernames: Set<string>): Promise<Map<string, Actor>> {
    const map = new Map<string, Actor>();
    for (const username of usernames) {
      if (username === 'system') {
        map.set(username, { id: 'system:deadline-clock', role: 'system' });
        continue;
      }
      const user = await this.registry.findUserByUsername(username);
      if (!user) continue;
      map.set(username, {
        id: user.id, role: user.role, regionId: user.regionId, ...(user.unitId ? { unitId: user.unitId } : {}),
        ...(user.supervisorId ? { supervisorId: user.supervisorId } : {}), username: user.username,
      } as Actor);
    }
    return map;
  }
}
