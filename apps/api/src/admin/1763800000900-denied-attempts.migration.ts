import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Refused requests (401, 403, 429, and 404s that hid something out of jurisdiction): who, what, when — for admins. */
export class DeniedAttempts1763800000900 implements MigrationInterface {
  name = 'DeniedAttempts1763800000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE security_denied_attempts (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        status integer NOT NULL,
        code text NOT NULL,
        method text NOT NULL,
        path text NOT NULL,
        route text,
        actor_id text,
        username text,
        role text,
        client text,
        reason text
      )`);
    await q.query(`CREATE INDEX security_denied_attempts_at ON security_denied_attempts (at DESC)`);
    await q.query(`CREATE INDEX security_denied_attempts_actor ON security_denied_attempts (actor_id, at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE security_denied_attempts`);
  }
}
