import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/**
 * 按期整改率: every rectification order with the deadline in force and when it was reported, and per unit × Shanghai
 * deadline date the orders and those reported on or before their deadline (maintained, so the dashboard never scans).
 */
export class RectificationTimeliness1764600000070 implements MigrationInterface {
  name = 'RectificationTimeliness1764600000070';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'timeliness_orders', [
      `CREATE TABLE %T (
        issue_id text NOT NULL, order_no integer NOT NULL, unit_id text NOT NULL, region_id text NOT NULL,
        deadline timestamptz NOT NULL, reported_at timestamptz, on_time boolean NOT NULL DEFAULT false,
        PRIMARY KEY (issue_id, order_no)
      )`,
    ]);
    await createProjectionTable(q, 'timeliness_issues', [
      `CREATE TABLE %T (issue_id text PRIMARY KEY, unit_id text NOT NULL, region_id text NOT NULL, version integer NOT NULL)`,
    ]);
    await createProjectionTable(q, 'timeliness_days', [
      `CREATE TABLE %T (
        unit_id text NOT NULL, deadline_date date NOT NULL, region_id text NOT NULL, zone_id text,
        orders integer NOT NULL DEFAULT 0, on_time integer NOT NULL DEFAULT 0,
        PRIMARY KEY (unit_id, deadline_date)
      )`,
      `CREATE INDEX %T_region ON %T (region_id, deadline_date)`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['timeliness_days', 'timeliness_issues', 'timeliness_orders']) await dropProjectionTable(q, name);
  }
}
