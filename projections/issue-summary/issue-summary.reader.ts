import type { Pool } from 'pg';
import { ISSUE_STATUSES } from '../shared/issue-status-counts';
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
  /** found at or after this instant */
  from?: string;
  /** found before this instant */
  to?: string;
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

/** A search or date range counts at most this many matches (then `totalCapped`): counting is never a scan of every issue. */
export const COUNT_CAP = 1_000;

/** The counter column (or difference) that counts a status × overdue filter; validated values only reach here. */
function counterExpression(filter: IssueListFilter): string {
  if (filter.status && !(ISSUE_STATUSES as readonly string[]).includes(filter.status)) return '0';
  const status = filter.status || null;
  const all = status ? `n_${status}` : 'n_total';
  const overdue = status ? `o_${status}` : 'n_overdue';
  if (filter.overdue === true) return overdue;
  if (filter.overdue === false) return `${all} - ${overdue}`;
  return all;
}

/** Reads the issue-summary read model (the view `issue_summary` points at the live generation). */
export class IssueSummaryReader {
  constructor(private readonly pool: Pool) {}

  /**
   * One page, newest first, and how many match. The total comes from the maintained counters when the filter is one
   * they count (status, overdue, unit, region, zone, category, severity and the caller's scope): exact at any size.
   * A text search or a date range is counted up to COUNT_CAP matching rows and then reported as `totalCapped`.
   */
  async list(filter: IssueListFilter, scope: ReadScope): Promise<{ items: IssueListItem[]; total: number; totalCapped: boolean }> {
    const values: unknown[] = [];
    const where = this.conditions(filter, scope, values);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const counted = filter.q || filter.from || filter.to ? this.cappedCount(clause, values) : this.countFromCounters(filter, scope);
    const [items, total] = await Promise.all([
      this.pool.query(
        `SELECT ${COLUMNS} FROM issue_summary ${clause} ORDER BY found_at DESC, issue_id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
        [...values, filter.pageSize, (filter.page - 1) * filter.pageSize],
      ),
      counted,
    ]);
    return { items: items.rows.map(toItem), ...total };
  }

  private conditions(filter: IssueListFilter, scope: ReadScope, values: unknown[]): string[] {
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
    if (filter.from) {
      values.push(filter.from);
      where.push(`found_at >= $${values.length}`);
    }
    if (filter.to) {
      values.push(filter.to);
      where.push(`found_at < $${values.length}`);
    }
    return where;
  }

  /** Sums the counter rows of the units, categories and severities asked for (never more rows than the registry allows). */
  private async countFromCounters(filter: IssueListFilter, scope: ReadScope): Promise<{ total: number; totalCapped: boolean }> {
    const values: unknown[] = [];
    const where = scopeConditions(scope, values);
    equalsCondition(where, values, 'unit_id', filter.unitId);
    equalsCondition(where, values, 'region_id', filter.regionId);
    equalsCondition(where, values, 'zone_id', filter.zoneId);
    equalsCondition(where, values, 'category', filter.category);
    equalsCondition(where, values, 'severity', filter.severity);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const result = await this.pool.query(`SELECT coalesce(sum(${counterExpression(filter)}), 0)::int AS n FROM issue_summary_counts ${clause}`, values);
    return { total: (result.rows[0] as { n: number }).n, totalCapped: false };
  }

  private async cappedCount(clause: string, values: unknown[]): Promise<{ total: number; totalCapped: boolean }> {
    const result = await this.pool.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM issue_summary ${clause} LIMIT ${COUNT_CAP + 1}) AS matching`, values);
    const n = (result.rows[0] as { n: number }).n;
    return { total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP };
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
