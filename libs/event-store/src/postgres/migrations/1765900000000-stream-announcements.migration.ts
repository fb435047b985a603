import type { MigrationInterface, QueryRunner } from 'typeorm';
import { STREAM_ANNOUNCEMENT_CHANNEL } from '../stream-announcements';

/**
 * A trigger function that announces an appended event's stream on a NOTIFY channel. The log announces nothing by
 * itself (a NOTIFY per append would cost every writer): a module that keeps something derived from a few streams
 * in memory attaches this function with its own `WHEN (NEW.stream LIKE '…')` trigger, and the adapter's
 * `watchStreams` delivers the names (postgres-event-store.ts).
 */
export class StreamAnnouncements1765900000000 implements MigrationInterface {
  name = 'StreamAnnouncements1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION es_announce_stream() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${STREAM_ANNOUNCEMENT_CHANNEL}', NEW.stream);
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS es_announce_stream() CASCADE`);
  }
}
