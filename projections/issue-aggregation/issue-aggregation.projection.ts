import { ISSUE_EVENT_TYPES, shanghaiDate, type IssueState } from '@app/domain';
import { batchProjection, type ProjectionTx } from '../projection';
import { CountDeltas, type CountShare } from '../shared/count-deltas';
import { foldIssueBatch, ISSUE_PREFIX, type FoldedIssue } from '../shared/issue-state-batch';
import { issueCounts, STATUS_COLUMNS } from '../shared/issue-status-counts';

export const ISSUE_AGGREGATION = 'issue-aggregation';

type Active = Exclude<IssueState, { status: 'initial' }>;

const ISSUE_COUNTERS = ['n_total', 'n_overdue', ...STATUS_COLUMNS];
const LOOK_BACK_COUNTERS = ['n_due', 'n_late', 'n_done', 'n_relapsed'];
const ORDER_COUNTERS = ['n_orders', 'n_rechecked', 'n_passed', 'n_on_time', 'sum_days_to_rectify'];

/**
 * GET /dashboard (问题汇总): one row per issue and one per rectification order (their state, and what a period that
 * cuts a month in two counts), and the counters the dashboard sums, moved in the same transaction.
 */
export const issueAggregationProjection = batchProjection({
  name: ISSUE_AGGREGATION,
  version: 1,
  handles: ISSUE_EVENT_TYPES,
  streamPrefixes: [ISSUE_PREFIX],
  tables: [
    'issue_aggregation_issues', 'issue_aggregation_orders', 'issue_aggregation_counts', 'issue_aggregation_monthly',
    'issue_aggregation_monthly_categories', 'issue_aggregation_order_counts', 'issue_aggregation_awaiting_by_day',
    'issue_aggregation_look_backs',
  ],
  async applyBatch(tx: ProjectionTx, events) {
    const issues = tx.table('issue_aggregation_issues');
    const orders = new Map<string, OrderRow>();
    const folded = await foldIssueBatch(tx, issues, events, true, (issueId, _event, after) => {
      const row = orderRow(issueId, after);
      if (row) orders.set(`${issueId}:${row.order_no}`, row);
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
    await applyIssueCounters(tx, folded);
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
    await applyOrderCounters(tx, folded, orders);
  },
});

interface OrderRow {
  issue_id: string; order_no: number; unit_id: string; region_id: string; category: string;
  ordered_at: string; deadline: string; recheck_outcome: string | null; rechecked_at: string | null;
}

/** The order row an issue state stands for: its current order with the recheck of that order, if any. */
function orderRow(issueId: string, state: IssueState): OrderRow | null {
  const s = state as Active;
  if (state.status === 'initial' || !s.currentOrder) return null;
  const order = s.currentOrder;
  const recheck = s.lastRecheck?.orderNo === order.orderNo ? s.lastRecheck : null;
  return {
    issue_id: issueId, order_no: order.orderNo, unit_id: s.unitId, region_id: s.regionId, category: s.category,
    ordered_at: order.orderedAt, deadline: order.deadline, recheck_outcome: recheck?.outcome ?? null, rechecked_at: recheck?.recheckedAt ?? null,
  };
}

async function applyIssueCounters(tx: ProjectionTx, folded: FoldedIssue[]): Promise<void> {
  const byCategory = new CountDeltas(['unit_id', 'category'], ISSUE_COUNTERS);
  const byMonth = new CountDeltas(['unit_id', 'found_month'], ISSUE_COUNTERS);
  const byMonthCategory = new CountDeltas(['unit_id', 'found_month', 'category'], ISSUE_COUNTERS);
  const lookBacks = new CountDeltas(['unit_id'], LOOK_BACK_COUNTERS);
  const share = (state: IssueState, key: (s: Active) => Record<string, string>): CountShare | null => {
    if (state.status === 'initial') return null;
    return { key: key(state), unitId: state.unitId, regionId: state.regionId, counts: issueCounts(state) };
  };
  for (const { before, state } of folded) {
    byCategory.move(share(before, (s) => ({ unit_id: s.unitId, category: s.category })), share(state, (s) => ({ unit_id: s.unitId, category: s.category })));
    const month = (s: Active) => ({ unit_id: s.unitId, found_month: safeMonth(s.foundAt) });
    byMonth.move(share(before, month), share(state, month));
    const monthCategory = (s: Active) => ({ ...month(s), category: s.category });
    byMonthCategory.move(share(before, monthCategory), share(state, monthCategory));
    lookBacks.move(lookBackShare(before), lookBackShare(state));
  }
  await byCategory.apply(tx, tx.table('issue_aggregation_counts'));
  await byMonth.apply(tx, tx.table('issue_aggregation_monthly'));
  await byMonthCategory.apply(tx, tx.table('issue_aggregation_monthly_categories'));
  await lookBacks.apply(tx, tx.table('issue_aggregation_look_backs'));
}

/** 回头看: a closed issue's pending look-back (late once LookBackOverdue is recorded); the last one done and its outcome. */
function lookBackShare(state: IssueState): CountShare | null {
  if (state.status === 'initial') return null;
  const pending = state.status === 'closed' && state.pendingLookBack ? state.pendingLookBack : null;
  const counts = {
    n_due: pending ? 1 : 0,
    n_late: pending?.overdueMarked ? 1 : 0,
    n_done: state.lastLookBack ? 1 : 0,
    n_relapsed: state.lastLookBack?.outcome === 'relapsed' ? 1 : 0,
  };
  if (!counts.n_due && !counts.n_done) return null;
  return { key: { unit_id: state.unitId }, unitId: state.unitId, regionId: state.regionId, counts };
}

/**
 * Each order touched moves from what the table counted (the order as the stored state had it, when that state's
 * current order is the same one) to its new row. An order no longer current is never touched again.
 */
async function applyOrderCounters(tx: ProjectionTx, folded: FoldedIssue[], orders: Map<string, OrderRow>): Promise<void> {
  const deltas = new CountDeltas(['unit_id', 'ordered_month', 'deadline_month'], ORDER_COUNTERS);
  const awaiting = new CountDeltas(['unit_id', 'deadline_day'], ['n_awaiting']);
  const before = new Map(folded.map((f) => [f.issueId, f.before]));
  for (const row of orders.values()) {
    const stored = orderRow(row.issue_id, before.get(row.issue_id) ?? ({ status: 'initial', version: 0 } as IssueState));
    const previous = stored && stored.order_no === row.order_no ? stored : null;
    deltas.move(previous && orderShare(previous), orderShare(row));
    awaiting.move(previous && awaitingShare(previous), awaitingShare(row));
  }
  await deltas.apply(tx, tx.table('issue_aggregation_order_counts'));
  await awaiting.apply(tx, tx.table('issue_aggregation_awaiting_by_day'));
}

/** An order still awaiting its recheck, counted under the Asia/Shanghai day of its deadline. */
function awaitingShare(row: OrderRow): CountShare | null {
  if (row.recheck_outcome !== null) return null;
  return { key: { unit_id: row.unit_id, deadline_day: safeDay(row.deadline) }, unitId: row.unit_id, regionId: row.region_id, counts: { n_awaiting: 1 } };
}

function orderShare(row: OrderRow): CountShare {
  const passed = row.recheck_outcome === 'passed';
  return {
    key: { unit_id: row.unit_id, ordered_month: safeMonth(row.ordered_at), deadline_month: safeMonth(row.deadline) },
    unitId: row.unit_id,
    regionId: row.region_id,
    counts: {
      n_orders: 1,
      n_rechecked: row.recheck_outcome !== null ? 1 : 0,
      n_passed: passed ? 1 : 0,
      n_on_time: passed && row.rechecked_at !== null && Date.parse(row.rechecked_at) <= Date.parse(row.deadline) ? 1 : 0,
      sum_days_to_rectify: passed && row.rechecked_at !== null ? (Date.parse(row.rechecked_at) - Date.parse(row.ordered_at)) / 86_400_000 : 0,
    },
  };
}

/** The Asia/Shanghai month of an instant ('YYYY-MM'), as the order and issue rows' SQL computes it. */
export function safeMonth(instant: string): string {
  return safeDay(instant).slice(0, 7);
}

function safeDay(instant: string): string {
  try {
    return shanghaiDate(instant);
  } catch {
    return 'unknown';
  }
}
