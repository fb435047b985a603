import type { Pool } from 'pg';
import { equalsCondition, scopeConditions, type ReadScope } from '../shared/read-scope';

export interface IssueListFilter {
  status?: string;
  unitId?: string;
  regionId?: string;
  zoneId?: string;
  category?: string;
  severity?: string;
  overdue?: boolean;
  q?: string;
  page: number;
  pageSize: number;
}

export interface IssueListItem {
  issueId: string; number: string | null; unitId: string; unitName: string | null; regionId: string; zoneId: string | null; category: string; severity: string;
  status: string; title: string; overdue: boolean; deadline: string | null; reminderLevel: string | null;
  accountabilityRequired: boolean; accountabilityDecided: boolean; foundAt: string; lastEventAt: string; version: number;
}

const COLUMNS = `issue_id AS "issueId", state->>'number' AS number, unit_id AS "unitId", unit_name AS "unitName", region_id AS "regionId", zone_id AS "zoneId",
  category, severity, status, title, overdue, deadline, reminder_level AS "reminderLevel",
  accountability_required AS "accountabilityRequired", accountability_decided AS "accountabilityDecided",
  found_at AS "foundAt", last_event_at AS "lastEventAt", version`;

/** Reads the issue-summary read model (the view `issue_summary` points at the live generation). */
export class IssueSummaryReader {
  constructor(private readonly pool: Pool) {}

  async list(filter: IssueListFilter, scope: ReadScope): Promise<{ items: IssueListItem[]; total: number }> {
    const values: unknown[] = [];
    const where = scopeConditions(scope, values);
    equalsCondition(where, values, 'status', filter.status);
    equalsCondition(where, values, 'unit_id', filter.unitId);
    equalsCondition(where, values, 'region_id', filter.regionId);
    equalsCondition(where, values, 'zone_id', filter.zoneId);
    equalsCondition(where, values, 'category', filter.category);
    equalsCondition(where, values, 'severity', filter.severity);
    equalsCondition(where, values, 'overdue', filter.overdue);
    if (filter.q) {
      values.push(`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, filter.q);
      // by title, by document number (示范县督问〔2026〕17号, or just 17号), or by id
      where.push(`(title ILIKE $${values.length - 1} OR state->>'number' ILIKE $${values.length - 1} OR issue_id = $${values.length})`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = await this.pool.query(`SELECT count(*)::int AS n FROM issue_summary ${clause}`, values);
    const items = await this.pool.query(
      `SELECT ${COLUMNS} FROM issue_summary ${clause} ORDER BY found_at DESC, issue_id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, filter.pageSize, (filter.page - 1) * filter.pageSize],
    );
    return { items: items.rows.map(toItem), total: (total.rows[0] as { n: number }).n };
  }

  /** The folded state of one issue, or null when it does not exist or is out of scope. */
  async get(issueId: string, scope: ReadScope): Promise<{ state: Record<string, unknown>; version: number } | null> {
    const values: unknown[] = [issueId];
    const where = ['issue_id = $1', ...scopeConditions(scope, values)];
    const result = await this.pool.query(`SELECT state, version FROM issue_summary WHERE ${where.join(' AND ')}`, values);
    const row = result.rows[0] as { state: Record<string, unknown>; version: number } | undefined;
    return row ?? null;
  }
}

function toItem(row: IssueListItem & { deadline: Date | null; foundAt: Date; lastEventAt: Date }): IssueListItem {
  return {
    ...row,
    deadline: row.deadline ? new Date(row.deadline).toISOString() : null,
    foundAt: new Date(row.foundAt).toISOString(),
    lastEventAt: new Date(row.lastEventAt).toISOString(),
  };
}
