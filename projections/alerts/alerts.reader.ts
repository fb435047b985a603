import type { Pool } from 'pg';
import { scopeConditions, type ReadScope } from '../shared/read-scope';
import { alertSortKey } from './alert-sort-key';

const COLUMNS = `a.alert_id AS "id", a.position, a.kind, a.level, a.issue_id AS "issueId", a.order_no AS "orderNo", a.unit_id AS "unitId",
  a.unit_name AS "unitName", a.region_id AS "regionId", a.zone_id AS "zoneId", a.title, a.severity, a.deadline, a.occurred_at AS "occurredAt",
  a.supervisor_id AS "supervisorId", a.month`;

export class AlertsReader {
  constructor(private readonly pool: Pool) {}

  /** Newest first, each with its webhook deliveries (receiver, status, attempts, last error). Coverage alerts have no issue: issueId is null. */
  async list(filter: { kind?: string; issueId?: string; supervisorId?: string; page: number; pageSize: number }, scope: ReadScope) {
    const values: unknown[] = [];
    const where = scopeConditions(scope, values, 'a');
    if (filter.kind) where.push(`a.kind = $${values.push(filter.kind)}`);
    if (filter.issueId) where.push(`a.issue_id = $${values.push(filter.issueId)}`);
    if (filter.supervisorId) where.push(`a.supervisor_id = $${values.push(filter.supervisorId)}`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [items, total] = await Promise.all([
      this.pool.query(
        `SELECT ${COLUMNS}, coalesce((SELECT json_agg(json_build_object('receiver', o.receiver, 'status', o.status, 'attempts', o.attempts,
                  'lastStatus', o.last_status, 'lastError', o.last_error, 'nextAttemptAt', o.next_attempt_at, 'deliveredAt', o.delivered_at)
                  ORDER BY o.receiver) FROM alert_webhook_outbox o WHERE o.alert_id = a.alert_id), '[]') AS deliveries
           FROM alerts a ${clause} ORDER BY a.sort_key DESC LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
        [...values, filter.pageSize, (filter.page - 1) * filter.pageSize],
      ),
      this.pool.query(`SELECT count(*)::int AS n FROM alerts a ${clause}`, values),
    ]);
    return { items: items.rows, total: (total.rows[0] as { n: number }).n };
  }

  /** The alerts after `lastPosition` in log order (for the SSE stream); from the newest `backlog` when none is given. */
  async after(lastPosition: string | null, scope: ReadScope, limit = 100, backlog = 0) {
    const values: unknown[] = [];
    const where = scopeConditions(scope, values, 'a');
    if (lastPosition) where.push(`a.sort_key > $${values.push(alertSortKey(lastPosition))}`);
    else if (backlog === 0) return { rows: [], head: await this.head() };
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const rows = lastPosition
      ? await this.pool.query(`SELECT ${COLUMNS} FROM alerts a ${clause} ORDER BY a.sort_key LIMIT ${limit}`, values)
      : await this.pool.query(`SELECT * FROM (SELECT ${COLUMNS}, a.sort_key FROM alerts a ${clause} ORDER BY a.sort_key DESC LIMIT ${backlog}) x ORDER BY sort_key`, values);
    return { rows: rows.rows as { position: string }[], head: null };
  }

  /** The newest alert's position, where a fresh stream starts. */
  async head(): Promise<string | null> {
    const result = await this.pool.query(`SELECT position FROM alerts ORDER BY sort_key DESC LIMIT 1`);
    return (result.rows[0] as { position: string } | undefined)?.position ?? null;
  }
}
