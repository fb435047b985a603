import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addProjectionColumns } from '../shared/add-projection-columns.migration-helper';
import { addProjectionTable, dropAddedProjectionTable } from '../shared/add-projection-table.migration-helper';

/**
 * Alerts about a complaint (举报投诉) or a matter (督查事项) rather than an issue: an alert names its subject (kind and
 * id, for the link to its page), and the subject facts it quotes (number, title, the school or lead unit, the region,
 * the assigned supervisor) are kept beside the issue facts. No complainant's name or contact is kept.
 */
export class SubjectAlerts1765800000200 implements MigrationInterface {
  name = 'SubjectAlerts1765800000200';

  async up(q: QueryRunner): Promise<void> {
    await addProjectionColumns(q, 'alerts', 'alerts', ['subject_kind text', 'subject_id text']);
    await addProjectionTable(q, 'alerts', 'alert_subject_facts', [
      `CREATE TABLE %T (
        subject_stream text PRIMARY KEY,
        subject_kind text NOT NULL,
        subject_id text NOT NULL,
        number text,
        title text,
        unit_id text,
        region_id text,
        supervisor_id text
      )`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropAddedProjectionTable(q, 'alert_subject_facts');
  }
}
