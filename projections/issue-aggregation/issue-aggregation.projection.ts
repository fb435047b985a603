import { ISSUE_EVENT_TYPES, shanghaiDate, type IssueState } from '@app/domain';
import { batchProjection, type ProjectionTx } from '../projection';
import { foldIssueBatch, ISSUE_PREFIX } from '../shared/issue-state-batch';

export const ISSUE_AGGREGATION = 'issue-aggregation';

type Active = Exclude<IssueState, { status: 'initial' }>;

/** GET /dashboard (问题汇总): one row per issue and one per rectification order, grouped at query time. */
export const issueAggregationProjection = batchProjection({
  name: ISSUE_AGGREGATION,
  version: 1,
  handles: ISSUE_EVENT_TYPES,
  streamPrefixes: [ISSUE_PREFIX],
  tables: ['issue_aggregation_issues', 'issue_aggregation_orders'],
  async applyBatch(tx: ProjectionTx, events) {
    const issues = tx.table('issue_aggregation_issues');
    const orders = new Map<string, object>();
    const folded = await foldIssueBatch(tx, issues, events, true, (issueId, _event, after) => {
      const s = after as Active;
      if (after.status === 'initial' || !s.currentOrder) return;
      const order = s.currentOrder;
      const recheck = s.lastRecheck?.orderNo === order.orderNo ? s.lastRecheck : null;
      orders.set(`${issueId}:${order.orderNo}`, {
        issue_id: issueId, order_no: order.orderNo, unit_id: s.unitId, region_id: s.regionId, category: s.category,
        ordered_at: order.orderedAt, deadline: order.deadline, recheck_outcome: recheck?.outcome ?? null, rechecked_at: recheck?.recheckedAt ?? null,
      });
    });
    if (folded.length === 0) return;
    const rows = folded.map(({ issueId, version, state }) => {
      const s = state as Active;
      return {
        issue_id: issueId, unit_id: s.unitId, region_id: s.regionId, category: s.category, severity: s.severity, status: s.status,
        overdue: s.overdue, found_at: s.foundAt, found_month: safeMonth(s.foundAt), version, state: s,
      };
    });
    await tx.query(
      `INSERT INTO ${issues} AS t (issue_id, unit_id, region_id, zone_id, category, severity, status, overdue, found_at, found_month, version, state)
       SELECT r.issue_id, r.unit_id, r.region_id, u.zone_id, r.category, r.severity, r.status, r.overdue, r.found_at, r.found_month, r.version, r.state
         FROM jsonb_to_recordset($1::jsonb) AS r(issue_id text, unit_id text, region_id text, category text, severity text, status text,
           overdue boolean, found_at timestamptz, found_month text, version integer, state jsonb)
         LEFT JOIN registry_units u ON u.id = r.unit_id
       ON CONFLICT (issue_id) DO UPDATE SET status = EXCLUDED.status, overdue = EXCLUDED.overdue, version = EXCLUDED.version, state = EXCLUDED.state
        WHERE t.version < EXCLUDED.version`,
      [JSON.stringify(rows)],
    );
    if (orders.size === 0) return;
    await tx.query(
      `INSERT INTO ${tx.table('issue_aggregation_orders')} (issue_id, order_no, unit_id, region_id, zone_id, category, ordered_at, deadline, recheck_outcome, rechecked_at)
       SELECT r.issue_id, r.order_no, r.unit_id, r.region_id, u.zone_id, r.category, r.ordered_at, r.deadline, r.recheck_outcome, r.rechecked_at
         FROM jsonb_to_recordset($1::jsonb) AS r(issue_id text, order_no integer, unit_id text, region_id text, category text,
           ordered_at timestamptz, deadline timestamptz, recheck_outcome text, rechecked_at timestamptz)
         LEFT JOIN registry_units u ON u.id = r.unit_id
       ON CONFLICT (issue_id, order_no) DO UPDATE SET deadline = EXCLUDED.deadline, recheck_outcome = EXCLUDED.recheck_outcome,
          rechecked_at = EXCLUDED.rechecked_at`,
      [JSON.stringify([...orders.values()])],
    );
  },
});

function safeMonth(instant: string): string {
  try {
    return shanghaiDate(instant).slice(0, 7);
  } catch {
    return 'unknown';
  }
}
