import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { RegistryRepository } from '@app/registry';
import { simulatable, systemClock, type Clock } from './clock';
import { CLOCK, PG_POOL, REGISTRY } from './tokens';

export interface InfrastructureResources {
  config: AppConfig;
  pool: Pool;
  eventStore: EventStore;
  clock?: Clock;
}

/** Resources created at boot (database pool, event store, clock), offered to every module. */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(resources: InfrastructureResources): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: resources.config },
      { provide: PG_POOL, useValue: resources.pool },
      { provide: EVENT_STORE, useValue: resources.eventStore },
      { provide: CLOCK, useValue: simulatable(resources.clock ?? systemClock) },
      { provide: REGISTRY, useValue: new RegistryRepository(resources.pool) },
    ];
    return { module: InfrastructureModule, providers, exports: providers.map((p) => p.provide) };
  }
}
