import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/** 问题汇总: issues by status/category/unit/zone/month, and every rectification order with how it ended. */
export class IssueAggregation1763800000330 implements MigrationInterface {
  name = 'IssueAggregation1763800000330';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'issue_aggregation_issues', [
      `CREATE TABLE %T (
        issue_id text PRIMARY KEY,
        unit_id text NOT NULL,
        region_id text NOT NULL,
        zone_id text,
        category text NOT NULL,
        severity text NOT NULL,
        status text NOT NULL,
        overdue boolean NOT NULL,
        found_at timestamptz NOT NULL,
        found_month text NOT NULL,
        version integer NOT NULL,
        state jsonb NOT NULL
      )`,
      `CREATE INDEX %T_found ON %T (found_at)`,
    ]);
    await createProjectionTable(q, 'issue_aggregation_orders', [
      `CREATE TABLE %T (
        issue_id text NOT NULL,
        order_no integer NOT NULL,
        unit_id text NOT NULL,
        region_id text NOT NULL,
        zone_id text,
        category text NOT NULL,
        ordered_at timestamptz NOT NULL,
        deadline timestamptz NOT NULL,
        recheck_outcome text,
        rechecked_at timestamptz,
        PRIMARY KEY (issue_id, order_no)
      )`,
      `CREATE INDEX %T_ordered ON %T (ordered_at)`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropProjectionTable(q, 'issue_aggregation_orders');
    await dropProjectionTable(q, 'issue_aggregation_issues');
  }
}
