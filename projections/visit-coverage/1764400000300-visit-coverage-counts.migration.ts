import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addProjectionTable, dropAddedProjectionTable } from '../shared/add-projection-table.migration-helper';

/** GET /coverage: visits counted per month × school × supervisor as they are recorded, so a month is a lookup. */
export class VisitCoverageCounts1764400000300 implements MigrationInterface {
  name = 'VisitCoverageCounts1764400000300';

  async up(q: QueryRunner): Promise<void> {
    await addProjectionTable(
      q,
      'visit-coverage',
      'visit_coverage_counts',
      [
        `CREATE TABLE %T (
        month text NOT NULL,
        unit_id text NOT NULL,
        supervisor_user_id text NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (month, unit_id, supervisor_user_id)
      )`,
      ],
      [
        `INSERT INTO %T (month, unit_id, supervisor_user_id, n)
         SELECT month, unit_id, supervisor_user_id, count(*) FROM visit_coverage_visits%G GROUP BY 1, 2, 3`,
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await dropAddedProjectionTable(q, 'visit_coverage_counts');
  }
}
