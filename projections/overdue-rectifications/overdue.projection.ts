import { ISSUE_EVENT_TYPES, type IssueState } from '@app/domain';
import { batchProjection, type ProjectionTx } from '../projection';
import { foldIssueBatch, ISSUE_PREFIX, type FoldedIssue } from '../shared/issue-state-batch';

export const OVERDUE_RECTIFICATIONS = 'overdue-rectifications';

type Active = Exclude<IssueState, { status: 'initial' }>;

/** GET /overdue and the deadline clock's due deadlines: each issue's open order and how far it escalated. */
export const overdueProjection = batchProjection({
  name: OVERDUE_RECTIFICATIONS,
  // 2: a legacy late report without a recorded overdue now requires accountability on read (issue #9)
  // 3: the ladder past 督办 (supervised_at, interview_due_marked, interview_deadline) for the ladder clock (issue #15)
  version: 3,
  handles: ISSUE_EVENT_TYPES,
  streamPrefixes: [ISSUE_PREFIX],
  tables: ['overdue_rectifications', 'overdue_rectification_counts'],
  async applyBatch(tx: ProjectionTx, events) {
    const table = tx.table('overdue_rectifications');
    const folded = await foldIssueBatch(tx, table, events, true);
    if (folded.length === 0) return;
    await tx.query(
      `INSERT INTO ${table} AS t (issue_id, unit_id, unit_name, region_id, zone_id, title, severity, status, order_no, deadline,
          due_soon_marked, overdue, reminder_level, accountability_required, accountability_decided, version, state,
          supervised_at, interview_due_marked, interview_deadline)
       SELECT r.issue_id, r.unit_id, u.name, r.region_id, u.zone_id, r.title, r.severity, r.status, r.order_no, r.deadline,
          r.due_soon_marked, r.overdue, r.reminder_level, r.accountability_required, r.accountability_decided, r.version, r.state,
          r.supervised_at, r.interview_due_marked, r.interview_deadline
         FROM jsonb_to_recordset($1::jsonb) AS r(issue_id text, unit_id text, region_id text, title text, severity text, status text,
          order_no integer, deadline timestamptz, due_soon_marked boolean, overdue boolean, reminder_level text,
          accountability_required boolean, accountability_decided boolean, version integer, state jsonb,
          supervised_at timestamptz, interview_due_marked boolean, interview_deadline timestamptz)
         LEFT JOIN registry_units u ON u.id = r.unit_id
       ON CONFLICT (issue_id) DO UPDATE SET status = EXCLUDED.status, order_no = EXCLUDED.order_no, deadline = EXCLUDED.deadline,
          due_soon_marked = EXCLUDED.due_soon_marked, overdue = EXCLUDED.overdue, reminder_level = EXCLUDED.reminder_level,
          accountability_required = EXCLUDED.accountability_required, accountability_decided = EXCLUDED.accountability_decided,
          version = EXCLUDED.version, state = EXCLUDED.state, supervised_at = EXCLUDED.supervised_at,
          interview_due_marked = EXCLUDED.interview_due_marked, interview_deadline = EXCLUDED.interview_deadline
        WHERE t.version < EXCLUDED.version`,
      [JSON.stringify(folded.map(toRow))],
    );
    await applyCountDeltas(tx, folded);
  },
});

function toRow({ issueId, version, state }: FoldedIssue) {
  const s = state as Active;
  const order = s.status === 'rectifying' ? s.currentOrder : null;
  return {
    issue_id: issueId, unit_id: s.unitId, region_id: s.regionId, title: s.title, severity: s.severity, status: s.status,
    order_no: order?.orderNo ?? null, deadline: order?.deadline ?? null, due_soon_marked: order?.dueSoonMarked ?? false,
    overdue: s.status === 'rectifying' && s.overdue, reminder_level: s.reminderLevel,
    accountability_required: s.accountabilityRequired, accountability_decided: s.accountabilityDecided, version, state: s,
    supervised_at: order?.supervisedAt ?? null, interview_due_marked: !!order?.interviewDueAt,
    interview_deadline: order?.interview && !order.proposedAt ? order.interview.deadline : null,
  };
}

const isOverdue = (state: IssueState) => state.status === 'rectifying' && state.overdue;

/** Exact, because the rows were read in this transaction and only rows that moved forward are counted. */
async function applyCountDeltas(tx: ProjectionTx, folded: FoldedIssue[]): Promise<void> {
  const deltas = new Map<string, { unit_id: string; severity: string; region_id: string; n: number }>();
  const add = (state: IssueState, n: number) => {
    const s = state as Active;
    const key = `${s.unitId}\u0000${s.severity}`;
    const entry = deltas.get(key) ?? { unit_id: s.unitId, severity: s.severity, region_id: s.regionId, n: 0 };
    entry.n += n;
    deltas.set(key, entry);
  };
  for (const { before, state } of folded) {
    if (isOverdue(before)) add(before, -1);
    if (isOverdue(state)) add(state, +1);
  }
  const rows = [...deltas.values()].filter((d) => d.n !== 0);
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO ${tx.table('overdue_rectification_counts')} AS c (unit_id, severity, region_id, zone_id, n)
     SELECT r.unit_id, r.severity, r.region_id, u.zone_id, r.n
       FROM jsonb_to_recordset($1::jsonb) AS r(unit_id text, severity text, region_id text, n integer)
       LEFT JOIN registry_units u ON u.id = r.unit_id
     ON CONFLICT (unit_id, severity) DO UPDATE SET n = c.n + EXCLUDED.n`,
    [JSON.stringify(rows)],
  );
}
