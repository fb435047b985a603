import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/** Every document number handed out (claimed → used by its stream, or released), for the audit of unused claims. */
export class DocumentNumbers1764600000010 implements MigrationInterface {
  name = 'DocumentNumbers1764600000010';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'document_numbers', [
      `CREATE TABLE %T (
        kind text NOT NULL,
        region_id text NOT NULL,
        year integer NOT NULL,
        seq integer NOT NULL,
        number text NOT NULL,
        stream_id text NOT NULL,
        command_id text NOT NULL,
        status text NOT NULL,
        claimed_at timestamptz NOT NULL,
        used_at timestamptz,
        released_at timestamptz,
        PRIMARY KEY (kind, region_id, year, seq)
      )`,
      `CREATE INDEX %T_stream ON %T (stream_id, number)`,
      `CREATE INDEX %T_claimed ON %T (claimed_at) WHERE status = 'claimed'`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropProjectionTable(q, 'document_numbers');
  }
}
