import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/**
 * One row per issue with its open order's deadline and escalation, and overdue counts per unit × severity.
 * Partial indexes keep GET /overdue and the deadline clock's scans index-backed with a million issues.
 */
export class OverdueRectifications1763800000320 implements MigrationInterface {
  name = 'OverdueRectifications1763800000320';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'overdue_rectifications', [
      `CREATE TABLE %T (
        issue_id text PRIMARY KEY,
        unit_id text NOT NULL,
        unit_name text,
        region_id text NOT NULL,
        zone_id text,
        title text NOT NULL,
        severity text NOT NULL,
        status text NOT NULL,
        order_no integer,
        deadline timestamptz,
        due_soon_marked boolean NOT NULL DEFAULT false,
        overdue boolean NOT NULL DEFAULT false,
        reminder_level text,
        accountability_required boolean NOT NULL DEFAULT false,
        accountability_decided boolean NOT NULL DEFAULT false,
        version integer NOT NULL,
        state jsonb NOT NULL
      )`,
      `CREATE INDEX %T_overdue ON %T (deadline, issue_id) WHERE overdue`,
      `CREATE INDEX %T_overdue_region ON %T (region_id, deadline, issue_id) WHERE overdue`,
      `CREATE INDEX %T_overdue_zone ON %T (zone_id, deadline, issue_id) WHERE overdue`,
      `CREATE INDEX %T_overdue_unit ON %T (unit_id, deadline, issue_id) WHERE overdue`,
      `CREATE INDEX %T_pending ON %T (deadline) WHERE status = 'rectifying' AND NOT overdue`,
      `CREATE INDEX %T_escalation ON %T (deadline) WHERE overdue AND reminder_level IS DISTINCT FROM 'supervise'`,
    ]);
    await createProjectionTable(q, 'overdue_rectification_counts', [
      `CREATE TABLE %T (
        unit_id text NOT NULL,
        severity text NOT NULL,
        region_id text NOT NULL,
        zone_id text,
        n integer NOT NULL,
        PRIMARY KEY (unit_id, severity)
      )`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropProjectionTable(q, 'overdue_rectification_counts');
    await dropProjectionTable(q, 'overdue_rectifications');
  }
}
