import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addProjectionTable, dropAddedProjectionTable } from '../shared/add-projection-table.migration-helper';

/**
 * 回头看 on the dashboard (issue #17): per unit, the closed issues whose look-back is due (and of them, late), the
 * issues looked back at, and those found relapsed — kept by the issue-aggregation projection with its other counters,
 * so neither the dashboard nor the look-back page counts every issue.
 */
export class IssueAggregationLookBacks1765600000000 implements MigrationInterface {
  name = 'IssueAggregationLookBacks1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await addProjectionTable(
      q, 'issue-aggregation', 'issue_aggregation_look_backs',
      [
        `CREATE TABLE %T (
        unit_id text PRIMARY KEY,
        region_id text NOT NULL,
        zone_id text,
        n_due integer NOT NULL DEFAULT 0,
        n_late integer NOT NULL DEFAULT 0,
        n_done integer NOT NULL DEFAULT 0,
        n_relapsed integer NOT NULL DEFAULT 0
      )`,
      ],
      [
        `INSERT INTO %T (unit_id, region_id, zone_id, n_due, n_late, n_done, n_relapsed)
         SELECT i.unit_id, min(i.region_id), min(u.zone_id),
                count(*) FILTER (WHERE i.status = 'closed' AND jsonb_typeof(i.state->'pendingLookBack') = 'object'),
                count(*) FILTER (WHERE i.status = 'closed' AND jsonb_typeof(i.state->'pendingLookBack') = 'object'
                                   AND coalesce((i.state->'pendingLookBack'->>'overdueMarked')::boolean, false)),
                count(*) FILTER (WHERE jsonb_typeof(i.state->'lastLookBack') = 'object'),
                count(*) FILTER (WHERE i.state->'lastLookBack'->>'outcome' = 'relapsed')
           FROM issue_aggregation_issues%G i LEFT JOIN registry_units u ON u.id = i.unit_id
          GROUP BY i.unit_id`,
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await dropAddedProjectionTable(q, 'issue_aggregation_look_backs');
  }
}
