import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/**
 * A to-do inbox per person (DESIGN §3.10): one row per (audience, kind, subject) — the audience is a role within the
 * reader's jurisdiction ('role:supervisor') or one person ('user:<id>') — and maintained counts per audience, unit and
 * kind, so the menu's counts never scan the items.
 */
export class Inbox1764600000060 implements MigrationInterface {
  name = 'Inbox1764600000060';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'inbox_items', [
      `CREATE TABLE %T (
        audience text NOT NULL,
        kind text NOT NULL,
        subject_id text NOT NULL,
        unit_id text NOT NULL,
        region_id text NOT NULL,
        number text,
        title text NOT NULL,
        severity text,
        due_at timestamptz,
        since timestamptz NOT NULL,
        PRIMARY KEY (audience, kind, subject_id)
      )`,
      `CREATE INDEX %T_region ON %T (audience, region_id, kind, due_at, since)`,
      `CREATE INDEX %T_unit ON %T (audience, unit_id, kind, due_at, since)`,
      `CREATE INDEX %T_subject ON %T (subject_id)`,
    ]);
    await createProjectionTable(q, 'inbox_counts', [
      `CREATE TABLE %T (audience text NOT NULL, unit_id text NOT NULL, kind text NOT NULL, region_id text NOT NULL, n integer NOT NULL,
        PRIMARY KEY (audience, unit_id, kind))`,
    ]);
    await createProjectionTable(q, 'inbox_issue_states', [
      `CREATE TABLE %T (issue_id text PRIMARY KEY, version integer NOT NULL, state jsonb NOT NULL)`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['inbox_issue_states', 'inbox_counts', 'inbox_items']) await dropProjectionTable(q, name);
  }
}
