import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where each durable reaction (process manager) has read the global log up to. */
export class SubscriptionCheckpoints1763800000200 implements MigrationInterface {
  name = 'SubscriptionCheckpoints1763800000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE subscription_checkpoints (
        name text PRIMARY KEY,
        position text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE subscription_checkpoints`);
  }
}
