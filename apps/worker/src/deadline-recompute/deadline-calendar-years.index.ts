import type { Pool } from 'pg';
import { parseCalendarVersion, type DeadlineRuleRecord, type VersionedYear } from '@app/domain';

export interface IndexedOrder {
  issueId: string;
  orderNo: number;
}

/** deadline_calendar_years: which open day-count orders were computed on which version of which year. */
export class DeadlineCalendarYearsIndex {
  constructor(private readonly pool: Pool) {}

  /** The order's deadline in force was (re)computed by `rule`: its years replace whatever the issue had. */
  async record(issueId: string, orderNo: number, rule: DeadlineRuleRecord | undefined): Promise<VersionedYear[]> {
    const years = rule && rule.kind !== 'explicit' ? parseCalendarVersion(rule.calendarVersion) ?? [] : [];
    await this.pool.query(
      `WITH gone AS (DELETE FROM deadline_calendar_years WHERE issue_id = $1 AND NOT (year = ANY($4::int[])))
       INSERT INTO deadline_calendar_years (issue_id, order_no, year, year_hash, provisional)
       SELECT $1, $2, y.year, y.hash, y.provisional FROM jsonb_to_recordset($3::jsonb) AS y(year integer, hash text, provisional boolean)
       ON CONFLICT (issue_id, year) DO UPDATE SET order_no = EXCLUDED.order_no, year_hash = EXCLUDED.year_hash, provisional = EXCLUDED.provisional`,
      [issueId, orderNo, JSON.stringify(years), years.map((y) => y.year)],
    );
    return years;
  }

  /** The order ended, or its deadline is no longer the computed one. */
  async forget(issueId: string): Promise<void> {
    await this.pool.query(`DELETE FROM deadline_calendar_years WHERE issue_id = $1`, [issueId]);
  }

  /** The orders computed on another version of `year` than `hash` (index on year, hash). */
  async computedOnOtherVersion(year: number, hash: string): Promise<IndexedOrder[]> {
    const result = await this.pool.query(
      `SELECT issue_id, order_no FROM deadline_calendar_years WHERE year = $1 AND year_hash <> $2 ORDER BY issue_id`,
      [year, hash],
    );
    return (result.rows as { issue_id: string; order_no: number }[]).map((r) => ({ issueId: r.issue_id, orderNo: r.order_no }));
  }
}
