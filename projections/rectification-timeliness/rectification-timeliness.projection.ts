import { shanghaiDate, type IssueRegistered } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import { batchProjection, type ProjectionTx } from '../projection';
import { ISSUE_PREFIX } from '../shared/issue-state-batch';

export const RECTIFICATION_TIMELINESS = 'rectification-timeliness';

type Order = { unit_id: string; region_id: string; deadline: string; reported_at: string | null; on_time: boolean };

/**
 * On time = reported on or before the deadline in force (an approved extension or a recomputed deadline moves it),
 * counted under the Shanghai date the deadline falls on. Each issue's last applied version guards against replays.
 */
export const rectificationTimelinessProjection = batchProjection({
  name: RECTIFICATION_TIMELINESS,
  version: 1,
  handles: ['IssueRegistered', 'RectificationOrdered', 'ExtensionDecided', 'DeadlineRecomputed', 'RectificationReported'],
  streamPrefixes: [ISSUE_PREFIX],
  tables: ['timeliness_orders', 'timeliness_issues', 'timeliness_days'],
  async applyBatch(tx: ProjectionTx, events) {
    for (const event of events) {
      if (!event.stream.startsWith(ISSUE_PREFIX)) continue;
      try {
        await applyOne(tx, event);
      } catch (error) {
        if (!(error instanceof TypeError || error instanceof RangeError)) throw error; // a malformed event changes nothing
      }
    }
  },
});

async function applyOne(tx: ProjectionTx, event: RecordedEvent): Promise<void> {
  const issueId = event.stream.slice(ISSUE_PREFIX.length);
  const issues = tx.table('timeliness_issues');
  if (event.type === 'IssueRegistered') {
    const d = event.data as IssueRegistered['data'];
    await tx.query(`INSERT INTO ${issues} (issue_id, unit_id, region_id, version) VALUES ($1, $2, $3, $4) ON CONFLICT (issue_id) DO NOTHING`, [
      issueId, d.unitId, d.regionId, event.version,
    ]);
    return;
  }
  const moved = await tx.query<{ unit_id: string; region_id: string }>(
    `UPDATE ${issues} SET version = $2 WHERE issue_id = $1 AND version < $2 RETURNING unit_id, region_id`, [issueId, event.version],
  );
  const issue = moved.rows[0];
  if (!issue) return; // applied before, or an issue this projection never saw registered
  const data = (event.data ?? {}) as { orderNo?: number; deadline?: string; approved?: boolean; newDeadline?: string; reportedAt?: string };
  const orders = tx.table('timeliness_orders');
  const current = (await tx.query<Order>(`SELECT * FROM ${orders} WHERE issue_id = $1 AND order_no = $2`, [issueId, data.orderNo])).rows[0];
  if (event.type === 'RectificationOrdered' && data.deadline && !current) {
    await tx.query(`INSERT INTO ${orders} (issue_id, order_no, unit_id, region_id, deadline) VALUES ($1, $2, $3, $4, $5)`, [
      issueId, data.orderNo, issue.unit_id, issue.region_id, data.deadline,
    ]);
    await bump(tx, issue, data.deadline, 1, 0);
  }
  if (!current || current.reported_at) return;
  const newDeadline = event.type === 'ExtensionDecided' ? (data.approved ? data.newDeadline : undefined) : event.type === 'DeadlineRecomputed' ? data.deadline : undefined;
  if (newDeadline) {
    await bump(tx, issue, new Date(current.deadline).toISOString(), -1, 0);
    await bump(tx, issue, newDeadline, 1, 0);
    await tx.query(`UPDATE ${orders} SET deadline = $3 WHERE issue_id = $1 AND order_no = $2`, [issueId, data.orderNo, newDeadline]);
  }
  if (event.type === 'RectificationReported') {
    const reportedAt = data.reportedAt ?? event.recordedAt;
    const onTime = Date.parse(reportedAt) <= new Date(current.deadline).getTime();
    await tx.query(`UPDATE ${orders} SET reported_at = $3, on_time = $4 WHERE issue_id = $1 AND order_no = $2`, [issueId, data.orderNo, reportedAt, onTime]);
    if (onTime) await bump(tx, issue, new Date(current.deadline).toISOString(), 0, 1);
  }
}

async function bump(tx: ProjectionTx, issue: { unit_id: string; region_id: string }, deadline: string, orders: number, onTime: number): Promise<void> {
  await tx.query(
    `INSERT INTO ${tx.table('timeliness_days')} AS d (unit_id, deadline_date, region_id, zone_id, orders, on_time)
     SELECT $1, $2::date, $3, (SELECT zone_id FROM registry_units WHERE id = $1), $4, $5
     ON CONFLICT (unit_id, deadline_date) DO UPDATE SET orders = d.orders + EXCLUDED.orders, on_time = d.on_time + EXCLUDED.on_time`,
    [issue.unit_id, shanghaiDate(deadline), issue.region_id, orders, onTime],
  );
}
