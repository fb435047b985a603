import { Module } from '@nestjs/common';
import { ApplicationModule } from '@app/application';
import { DemoHistorySeeder } from './demo-history.seeder';

/**
 * The demo semester, a module of its own: imported by the worker, it is bootstrapped before the worker's clocks and
 * projections start, so the seeded history is decided on its simulated clock alone.
 */
@Module({ imports: [ApplicationModule], providers: [DemoHistorySeeder] })
export class DemoHistoryModule {}
