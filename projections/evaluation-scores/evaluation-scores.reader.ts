import type { Pool } from 'pg';
import { equalsCondition, scopeConditions, type ReadScope } from '../shared/read-scope';

export interface EvaluationFilter {
  unitId?: string;
  year?: number;
  status?: string;
  /** only the evaluations this user is on the team of (a member reads them whatever their jurisdiction) */
  teamMember?: string;
  page: number;
  pageSize: number;
}

export class EvaluationScoresReader {
  constructor(private readonly pool: Pool) {}

  /** Newest year first, then by government, within the caller's scope. */
  async list(filter: EvaluationFilter, scope: ReadScope) {
    const values: unknown[] = [];
    const where = filter.teamMember ? [`$${values.push(filter.teamMember)} = ANY(e.team)`] : scopeConditions(scope, values, 'e');
    equalsCondition(where, values, 'e.unit_id', filter.unitId);
    equalsCondition(where, values, 'e.year', filter.year);
    equalsCondition(where, values, 'e.status', filter.status);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [items, total] = await Promise.all([
      this.pool.query(
        `SELECT e.evaluation_id AS "evaluationId", e.region_id AS "regionId", e.unit_id AS "unitId", e.year, e.framework_code AS "frameworkCode",
                e.framework_version AS "frameworkVersion", e.status, e.self_total::float AS "selfTotal", e.self_grade AS "selfGrade",
                e.total::float AS total, e.grade, e.launched_at AS "launchedAt", e.concluded_at AS "concludedAt",
                e.published_scope AS "publishedScope", e.published_at AS "publishedAt", e.report_number AS "reportNumber"
           FROM evaluation_scores e ${clause} ORDER BY e.year DESC, e.unit_id, e.launched_at DESC, e.evaluation_id
          LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
        [...values, filter.pageSize, (filter.page - 1) * filter.pageSize],
      ),
      this.pool.query(`SELECT count(*)::int AS n FROM evaluation_scores e ${clause}`, values),
    ]);
    return { items: items.rows, total: (total.rows[0] as { n: number }).n };
  }

  /** Reports published to the public, newest first: the government, year, score and grade, the report's number; no person. */
  async listPublic(page: number, pageSize: number) {
    const where = `WHERE e.published_scope = 'public' AND e.status = 'concluded'`;
    const [items, total] = await Promise.all([
      this.pool.query(
        `SELECT e.evaluation_id AS "evaluationId", e.unit_id AS "unitId", e.year, e.total::float AS total, e.grade,
                e.report_number AS "reportNumber", e.published_at AS "publishedAt"
           FROM evaluation_scores e ${where} ORDER BY e.published_at DESC, e.evaluation_id LIMIT $1 OFFSET $2`,
        [pageSize, (page - 1) * pageSize],
      ),
      this.pool.query(`SELECT count(*)::int AS n FROM evaluation_scores e ${where}`),
    ]);
    return { items: items.rows as PublicEvaluationReport[], total: (total.rows[0] as { n: number }).n };
  }
}

export interface PublicEvaluationReport {
  evaluationId: string; unitId: string; year: number; total: number; grade: string; reportNumber: string | null; publishedAt: Date;
}
