import type { Pool } from 'pg';
import { scopeConditions, type ReadScope } from '../shared/read-scope';
import { alertSortKey } from './alert-sort-key';

const COLUMNS = `a.alert_id AS "id", a.position, a.kind, a.level, a.issue_id AS "issueId", a.number, a.order_no AS "orderNo", a.unit_id AS "unitId",
  a.unit_name AS "unitName", a.region_id AS "regionId", a.zone_id AS "zoneId", a.title, a.severity, a.deadline, a.occurred_at AS "occurredAt",
  a.supervisor_id AS "supervisorId", a.month, a.resolved_at AS "resolvedAt", a.resolved_reason AS "resolvedReason", a.addressee_id AS "addresseeId",
  a.subject_kind AS "subjectKind", a.subject_id AS "subjectId"`;

/** Who reads: an alert addressed to one person shows to them and to the office (leaders, coordinators, auditors, admins). */
export interface AlertReader {
  id: string;
  role: string;
}

const OFFICE_ROLES = ['admin', 'leader', 'coordinator', 'auditor', 'system'];

/** active: not resolved and not dismissed by the reader; dismissed: dismissed by the reader; resolved; all. */
export type AlertState = 'active' | 'dismissed' | 'resolved' | 'all';

export class AlertsReader {
  constructor(private readonly pool: Pool) {}

  /**
   * Newest first, each with its webhook deliveries (receiver, status, attempts, last error). An alert names its subject
   * (subjectKind issue, complaint, matter, visit or supervisor, and subjectId); coverage alerts have none.
   */
  async list(
    filter: { kind?: string; issueId?: string; subjectId?: string; supervisorId?: string; state?: AlertState; page: number; pageSize: number },
    scope: ReadScope,
    reader?: AlertReader,
  ) {
    const values: unknown[] = [];
    const where = scopeConditions(scope, values, 'a');
    if (filter.kind) where.push(`a.kind = $${values.push(filter.kind)}`);
    if (filter.issueId) where.push(`a.issue_id = $${values.push(filter.issueId)}`);
    if (filter.subjectId) where.push(`a.subject_id = $${values.push(filter.subjectId)}`);
    if (filter.supervisorId) where.push(`a.supervisor_id = $${values.push(filter.supervisorId)}`);
    if (reader) where.push(...this.readerConditions(reader, filter.state ?? 'all', values));
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const dismissed = reader ? `EXISTS (SELECT 1 FROM alert_dismissals d WHERE d.alert_id = a.alert_id AND d.user_id = $${values.push(reader.id)})` : 'false';
    const [items, total] = await Promise.all([
      this.pool.query(
        `SELECT ${COLUMNS}, ${dismissed} AS dismissed,
                coalesce((SELECT json_agg(json_build_object('receiver', o.receiver, 'status', o.status, 'attempts', o.attempts,
                  'lastStatus', o.last_status, 'lastError', o.last_error, 'nextAttemptAt', o.next_attempt_at, 'deliveredAt', o.delivered_at)
                  ORDER BY o.receiver) FROM alert_webhook_outbox o WHERE o.alert_id = a.alert_id), '[]') AS deliveries
           FROM alerts a ${clause} ORDER BY a.sort_key DESC LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
        [...values, filter.pageSize, (filter.page - 1) * filter.pageSize],
      ),
      this.pool.query(`SELECT count(*)::int AS n FROM alerts a ${clause}`, reader ? values.slice(0, -1) : values),
    ]);
    return { items: items.rows, total: (total.rows[0] as { n: number }).n };
  }

  /** Unresolved alerts the reader has not dismissed (the badge in the menu). */
  async activeCount(scope: ReadScope, reader: AlertReader): Promise<number> {
    const values: unknown[] = [];
    const where = [...scopeConditions(scope, values, 'a'), ...this.readerConditions(reader, 'active', values)];
    const result = await this.pool.query(`SELECT count(*)::int AS n FROM alerts a WHERE ${where.join(' AND ')}`, values);
    return (result.rows[0] as { n: number }).n;
  }

  /** Is this alert visible to the reader? (Dismissing one out of sight answers 404.) */
  async visible(alertId: string, scope: ReadScope, reader: AlertReader): Promise<boolean> {
    const values: unknown[] = [alertId];
    const where = ['a.alert_id = $1', ...scopeConditions(scope, values, 'a'), ...this.readerConditions(reader, 'all', values)];
    return ((await this.pool.query(`SELECT 1 FROM alerts a WHERE ${where.join(' AND ')}`, values)).rowCount ?? 0) > 0;
  }

  async dismiss(alertId: string, userId: string, at: string): Promise<void> {
    await this.pool.query(`INSERT INTO alert_dismissals (user_id, alert_id, dismissed_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [userId, alertId, at]);
  }

  async restore(alertId: string, userId: string): Promise<void> {
    await this.pool.query(`DELETE FROM alert_dismissals WHERE user_id = $1 AND alert_id = $2`, [userId, alertId]);
  }

  private readerConditions(reader: AlertReader, state: AlertState, values: unknown[]): string[] {
    const conditions: string[] = [];
    if (!OFFICE_ROLES.includes(reader.role)) conditions.push(`(a.addressee_id IS NULL OR a.addressee_id = $${values.push(reader.id)})`);
    const mine = () => `EXISTS (SELECT 1 FROM alert_dismissals d WHERE d.alert_id = a.alert_id AND d.user_id = $${values.push(reader.id)})`;
    if (state === 'active') conditions.push(`a.resolved_at IS NULL AND NOT ${mine()}`);
    if (state === 'dismissed') conditions.push(mine());
    if (state === 'resolved') conditions.push('a.resolved_at IS NOT NULL');
    return conditions;
  }

  /** The alerts after `lastPosition` in log order (for the SSE stream); from the newest `backlog` when none is given. */
  async after(lastPosition: string | null, scope: ReadScope, limit = 100, backlog = 0, reader?: AlertReader) {
    const values: unknown[] = [];
    const where = scopeConditions(scope, values, 'a');
    if (reader && !OFFICE_ROLES.includes(reader.role)) where.push(`(a.addressee_id IS NULL OR a.addressee_id = $${values.push(reader.id)})`);
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
