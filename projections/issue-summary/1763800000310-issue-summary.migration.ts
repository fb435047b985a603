import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/** One row per issue: the filterable facts plus the folded state GET /issues/:id answers with. */
export class IssueSummary1763800000310 implements MigrationInterface {
  name = 'IssueSummary1763800000310';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'issue_summary', [
      `CREATE TABLE %T (
        issue_id text PRIMARY KEY,
        unit_id text NOT NULL,
        unit_name text,
        region_id text NOT NULL,
        zone_id text,
        category text NOT NULL,
        severity text NOT NULL,
        status text NOT NULL,
        title text NOT NULL,
        overdue boolean NOT NULL DEFAULT false,
        deadline timestamptz,
        reminder_level text,
        accountability_required boolean NOT NULL DEFAULT false,
        accountability_decided boolean NOT NULL DEFAULT false,
        found_at timestamptz NOT NULL,
        last_event_at timestamptz NOT NULL,
        version integer NOT NULL,
        state jsonb NOT NULL
      )`,
      // Few indexes on purpose: each one slows every rebuild; status/zone filters ride the found_at order.
      `CREATE INDEX %T_found ON %T (found_at DESC, issue_id)`,
      `CREATE INDEX %T_unit ON %T (unit_id, found_at DESC)`,
      `CREATE INDEX %T_region ON %T (region_id, found_at DESC)`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropProjectionTable(q, 'issue_summary');
  }
}
