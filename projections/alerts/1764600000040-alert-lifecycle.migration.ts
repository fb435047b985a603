import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addProjectionColumns } from '../shared/add-projection-columns.migration-helper';

/**
 * Alerts that end: an alert is resolved when its condition ends (the order replaced, the deadline extended, the issue
 * reported, closed or withdrawn); an alert may be addressed to one person (an extension request to the order's
 * issuer); the issue facts keep who issued the open order. Dismissals are per person and outlive rebuilds.
 */
export class AlertLifecycle1764600000040 implements MigrationInterface {
  name = 'AlertLifecycle1764600000040';

  async up(q: QueryRunner): Promise<void> {
    await addProjectionColumns(q, 'alerts', 'alerts', ['resolved_at timestamptz', 'resolved_reason text', 'addressee_id text', 'number text']);
    await addProjectionColumns(q, 'alerts', 'alert_issue_facts', ['order_issuer text', 'number text']);
    await q.query(`
      CREATE TABLE IF NOT EXISTS alert_dismissals (
        user_id text NOT NULL,
        alert_id text NOT NULL,
        dismissed_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, alert_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS alert_dismissals`);
  }
}
