import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addProjectionColumns } from '../shared/add-projection-columns.migration-helper';

/**
 * Duty alerts that end with their condition: an alert keeps the stream it is about (subject_stream: the visit whose
 * report is overdue) and the training hours still missing, so a report submitted or hours recorded can resolve it.
 */
export class DutyAlertResolution1765200000060 implements MigrationInterface {
  name = 'DutyAlertResolution1765200000060';

  async up(q: QueryRunner): Promise<void> {
    await addProjectionColumns(q, 'alerts', 'alerts', ['subject_stream text', 'missing numeric']);
  }

  async down(): Promise<void> {
    // columns stay: later generations copy them, and an older reader ignores them
  }
}
