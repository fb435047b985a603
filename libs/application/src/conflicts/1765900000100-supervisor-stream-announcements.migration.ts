import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every append to a supervisor's stream is announced (es_announce_stream), so each process may keep the declared
 * conflicts of interest in memory and drop a supervisor's the moment another process records a change
 * (stream-conflicts-of-interest.ts). The WHEN clause keeps every other append free of it.
 */
export class SupervisorStreamAnnouncements1765900000100 implements MigrationInterface {
  name = 'SupervisorStreamAnnouncements1765900000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TRIGGER es_events_announce_supervisor AFTER INSERT ON es_events
        FOR EACH ROW WHEN (NEW.stream LIKE 'supervisor-%') EXECUTE FUNCTION es_announce_stream()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS es_events_announce_supervisor ON es_events`);
  }
}
