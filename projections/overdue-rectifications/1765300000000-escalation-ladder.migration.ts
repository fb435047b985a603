import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addProjectionColumns, onEveryGeneration } from '../shared/add-projection-columns.migration-helper';

/**
 * The ladder past 督办 (DESIGN §3.8) for the ladder clock: when the open order's first 督办 came and whether 约谈 was
 * recorded due, and the interview's deadline while no proposal followed it. Partial indexes keep the scans small.
 */
export class EscalationLadder1765300000000 implements MigrationInterface {
  name = 'EscalationLadder1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await addProjectionColumns(q, 'overdue-rectifications', 'overdue_rectifications', [
      'supervised_at timestamptz', 'interview_due_marked boolean NOT NULL DEFAULT false', 'interview_deadline timestamptz',
    ]);
    await onEveryGeneration(q, 'overdue_rectifications', `CREATE INDEX IF NOT EXISTS %T_interview_due ON %T (supervised_at) WHERE supervised_at IS NOT NULL AND NOT interview_due_marked`);
    await onEveryGeneration(q, 'overdue_rectifications', `CREATE INDEX IF NOT EXISTS %T_interview_deadline ON %T (interview_deadline) WHERE interview_deadline IS NOT NULL`);
  }

  async down(): Promise<void> {
    // columns stay: older code ignores them
  }
}
