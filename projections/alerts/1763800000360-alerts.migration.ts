import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/**
 * Alerts (due soon, overdue, reminder raised) in log order, the issue facts they quote, and the webhook outbox.
 * The outbox and the receivers are not rebuilt with the projection: a rebuild never re-sends an alert.
 */
export class Alerts1763800000360 implements MigrationInterface {
  name = 'Alerts1763800000360';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'alerts', [
      `CREATE TABLE %T (
        alert_id text PRIMARY KEY,
        sort_key text NOT NULL,
        position text NOT NULL,
        kind text NOT NULL,
        level text,
        issue_id text NOT NULL,
        order_no integer,
        unit_id text NOT NULL,
        unit_name text,
        region_id text NOT NULL,
        zone_id text,
        title text NOT NULL,
        severity text,
        deadline timestamptz,
        occurred_at timestamptz NOT NULL
      )`,
      `CREATE UNIQUE INDEX %T_order ON %T (sort_key)`,
    ]);
    await createProjectionTable(q, 'alert_issue_facts', [
      `CREATE TABLE %T (issue_id text PRIMARY KEY, unit_id text NOT NULL, region_id text NOT NULL, title text NOT NULL, severity text)`,
    ]);
    await q.query(`CREATE TABLE alert_webhook_receivers (name text PRIMARY KEY, url text NOT NULL, configured_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`
      CREATE TABLE alert_webhook_outbox (
        alert_id text NOT NULL,
        receiver text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        lease_until timestamptz,
        last_error text,
        last_status integer,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (alert_id, receiver)
      )`);
    await q.query(`CREATE INDEX alert_webhook_outbox_due ON alert_webhook_outbox (next_attempt_at) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE alert_webhook_outbox`);
    await q.query(`DROP TABLE alert_webhook_receivers`);
    await dropProjectionTable(q, 'alert_issue_facts');
    await dropProjectionTable(q, 'alerts');
  }
}
