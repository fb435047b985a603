import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addProjectionTable, dropAddedProjectionTable } from '../shared/add-projection-table.migration-helper';

/** The inbox also keeps each 督查事项's folded state, from which its to-dos are recomputed on every event. */
export class InboxMatters1765400000010 implements MigrationInterface {
  name = 'InboxMatters1765400000010';

  async up(q: QueryRunner): Promise<void> {
    await addProjectionTable(q, 'inbox', 'inbox_matter_states', [`CREATE TABLE %T (matter_id text PRIMARY KEY, version integer NOT NULL, state jsonb NOT NULL)`]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropAddedProjectionTable(q, 'inbox_matter_states');
  }
}
