import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each worker process that runs the projections says so every few seconds; /health reads who is alive. */
export class ProjectionWorkers1764300000100 implements MigrationInterface {
  name = 'ProjectionWorkers1764300000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE projection_workers (
        worker_id  text PRIMARY KEY,
        host       text NOT NULL,
        pid        integer NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        seen_at    timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE projection_workers`);
  }
}
