import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addProjectionColumns } from '../shared/add-projection-columns.migration-helper';

/** A bulletin's document number (督通〔2026〕3号), shown instead of its id. */
export class BulletinNumbers1764600000020 implements MigrationInterface {
  name = 'BulletinNumbers1764600000020';

  async up(q: QueryRunner): Promise<void> {
    await addProjectionColumns(q, 'bulletins', 'bulletin_list', ['number text']);
  }

  async down(): Promise<void> {
    // The column is harmless to keep; dropping it would need the view dropped and rebuilt first.
  }
}
