import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addProjectionColumns } from '../shared/add-projection-columns.migration-helper';

/** Bulletins as documents (#13): kind, body, period as dates, and the published snapshot, for the detail and public pages. */
export class BulletinDocuments1765100000020 implements MigrationInterface {
  name = 'BulletinDocuments1765100000020';

  async up(q: QueryRunner): Promise<void> {
    await addProjectionColumns(q, 'bulletins', 'bulletin_list', [
      `kind text NOT NULL DEFAULT 'problems'`,
      `body text NOT NULL DEFAULT ''`,
      'period_from date',
      'period_to date',
      'items jsonb',
      'revised_at timestamptz',
    ]);
  }

  async down(): Promise<void> {
    // The columns are harmless to keep; dropping them would need the view dropped and rebuilt first.
  }
}
