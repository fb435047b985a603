import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each projection has read the global log up to, which table generation is live, and a rebuild in progress.
 * Written in the same transaction as the projection's rows.
 */
export class ProjectionCheckpoints1763800000300 implements MigrationInterface {
  name = 'ProjectionCheckpoints1763800000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE projection_checkpoints (
        name               text PRIMARY KEY,
        version            integer NOT NULL,
        generation         integer NOT NULL DEFAULT 1,
        position           text,
        events_applied     bigint NOT NULL DEFAULT 0,
        last_event_at      timestamptz,
        updated_at         timestamptz NOT NULL DEFAULT now(),
        rebuild_generation integer,
        rebuild_version    integer,
        rebuild_position   text,
        rebuild_events     bigint NOT NULL DEFAULT 0,
        rebuild_started_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE projection_checkpoints`);
  }
}
