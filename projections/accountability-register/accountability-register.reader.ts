import type { Pool } from 'pg';
import { equalsCondition, scopeConditions, type ReadScope } from '../shared/read-scope';

export interface CaseRegisterFilter {
  stage?: string;
  open?: boolean;
  measure?: string;
  year?: number;
  unitId?: string;
  repeat?: boolean;
  page: number;
  pageSize: number;
}

const REPEAT = `EXISTS (SELECT 1 FROM accountability_cases o WHERE o.case_id <> c.case_id AND o.decided_at IS NOT NULL AND c.decided_at IS NOT NULL
  AND o.subject_unit_ids && c.subject_unit_ids)`;
const COLUMNS = `c.case_id AS "caseId", c.number, c.region_id AS "regionId", c.unit_id AS "unitId", c.unit_name AS "unitName",
  c.subject_unit_ids AS "subjectUnitIds", c.unit_subjects AS "unitSubjects", c.person_subjects AS "personSubjects", c.issue_ids AS "issueIds",
  c.stage, c.opened_at AS "openedAt", c.next_clock AS "nextClock", c.next_due_at AS "nextDueAt", c.missed_windows AS "missedWindows",
  c.decided_at AS "decidedAt", c.decision_year AS "decisionYear", c.doc_number AS "docNumber", c.measures, c.aggravated, c.version, ${REPEAT} AS "repeatSubject"`;

/** The accountability register, scoped like issues (region; a unit-scoped reader sees the cases of its units). */
export class AccountabilityRegisterReader {
  constructor(private readonly pool: Pool) {}

  async list(filter: CaseRegisterFilter, scope: ReadScope) {
    const values: unknown[] = [];
    const where = scopeConditions(scope, values, 'c');
    equalsCondition(where, values, 'c.stage', filter.stage);
    equalsCondition(where, values, 'c.decision_year', filter.year);
    if (filter.open === true) where.push(`c.stage NOT IN ('archived', 'dismissed')`);
    if (filter.open === false) where.push(`c.stage IN ('archived', 'dismissed')`);
    if (filter.measure) where.push(`$${values.push(filter.measure)} = ANY(c.measures)`);
    if (filter.unitId) where.push(`$${values.push(filter.unitId)} = ANY(c.subject_unit_ids)`);
    if (filter.repeat) where.push(REPEAT);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [items, total] = await Promise.all([
      this.pool.query(`SELECT ${COLUMNS} FROM accountability_cases c ${clause} ORDER BY c.next_due_at NULLS LAST, c.opened_at DESC, c.case_id
                        LIMIT $${values.length + 1} OFFSET $${values.length + 2}`, [...values, filter.pageSize, (filter.page - 1) * filter.pageSize]),
      this.pool.query(`SELECT count(*)::int AS n FROM accountability_cases c ${clause}`, values),
    ]);
    return { items: items.rows, total: (total.rows[0] as { n: number }).n };
  }
}
