import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/** 督导通报: drafts and published bulletins (the public route lists only scope = public). */
export class Bulletins1763800000350 implements MigrationInterface {
  name = 'Bulletins1763800000350';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'bulletin_list', [
      `CREATE TABLE %T (
        bulletin_id text PRIMARY KEY,
        title text NOT NULL,
        period text,
        region_id text NOT NULL,
        issue_ids jsonb NOT NULL,
        status text NOT NULL,
        scope text,
        drafted_at timestamptz NOT NULL,
        published_at timestamptz,
        version integer NOT NULL
      )`,
      `CREATE INDEX %T_public ON %T (published_at DESC) WHERE scope = 'public'`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropProjectionTable(q, 'bulletin_list');
  }
}
