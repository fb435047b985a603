import { ISSUE_EVENT_TYPES, type IssueState } from '@app/domain';
import { batchProjection, type ProjectionTx } from '../projection';
import { CountDeltas } from '../shared/count-deltas';
import { foldIssueBatch, ISSUE_PREFIX, type FoldedIssue } from '../shared/issue-state-batch';
import { issueCounts, OVERDUE_STATUS_COLUMNS, STATUS_COLUMNS } from '../shared/issue-status-counts';

export const ISSUE_SUMMARY = 'issue-summary';

type Active = Exclude<IssueState, { status: 'initial' }>;

/** GET /issues and GET /issues/:id: each issue's current state, filterable. */
export const issueSummaryProjection = batchProjection({
  name: ISSUE_SUMMARY,
  // 2: the issue state gained snapshot-based result reporting, late reports and upcast legacy events (issue #9)
  version: 2,
  handles: ISSUE_EVENT_TYPES,
  streamPrefixes: [ISSUE_PREFIX],
  tables: ['issue_summary', 'issue_summary_counts'],
  async applyBatch(tx: ProjectionTx, events) {
    const table = tx.table('issue_summary');
    const folded = await foldIssueBatch(tx, table, events);
    if (folded.length === 0) return;
    const rows = folded.map(({ issueId, version, state, lastEventAt }) => {
      const s = state as Active;
      return {
        issue_id: issueId, unit_id: s.unitId, region_id: s.regionId, category: s.category, severity: s.severity, status: s.status,
        title: s.title, overdue: s.overdue, deadline: s.deadline, reminder_level: s.reminderLevel,
        accountability_required: s.accountabilityRequired, accountability_decided: s.accountabilityDecided,
        found_at: s.foundAt, last_event_at: lastEventAt, version, state: s,
      };
    });
    await tx.query(
      `INSERT INTO ${table} AS t (issue_id, unit_id, unit_name, region_id, zone_id, category, severity, status, title, overdue, deadline,
          reminder_level, accountability_required, accountability_decided, found_at, last_event_at, version, state)
       SELECT r.issue_id, r.unit_id, u.name, r.region_id, u.zone_id, r.category, r.severity, r.status, r.title, r.overdue, r.deadline,
          r.reminder_level, r.accountability_required, r.accountability_decided, r.found_at, r.last_event_at, r.version, r.state
         FROM jsonb_to_recordset($1::jsonb) AS r(issue_id text, unit_id text, region_id text, category text, severity text, status text,
          title text, overdue boolean, deadline timestamptz, reminder_level text, accountability_required boolean,
          accountability_decided boolean, found_at timestamptz, last_event_at timestamptz, version integer, state jsonb)
         LEFT JOIN registry_units u ON u.id = r.unit_id
       ON CONFLICT (issue_id) DO UPDATE SET status = EXCLUDED.status, title = EXCLUDED.title, overdue = EXCLUDED.overdue,
          deadline = EXCLUDED.deadline, reminder_level = EXCLUDED.reminder_level,
          accountability_required = EXCLUDED.accountability_required, accountability_decided = EXCLUDED.accountability_decided,
          last_event_at = EXCLUDED.last_event_at, version = EXCLUDED.version, state = EXCLUDED.state
        WHERE t.version < EXCLUDED.version`,
      [JSON.stringify(rows)],
    );
    await countsOf(folded).apply(tx, tx.table('issue_summary_counts'));
  },
});

const COUNT_COLUMNS = ['n_total', 'n_overdue', ...STATUS_COLUMNS, ...OVERDUE_STATUS_COLUMNS];

/** The list's totals per unit × category × severity, moved in the same transaction as the rows. */
function countsOf(folded: FoldedIssue[]): CountDeltas {
  const deltas = new CountDeltas(['unit_id', 'category', 'severity'], COUNT_COLUMNS);
  const share = (state: IssueState) => {
    if (state.status === 'initial') return null;
    return { key: { unit_id: state.unitId, category: state.category, severity: state.severity }, unitId: state.unitId, regionId: state.regionId, counts: issueCounts(state) };
  };
  for (const { before, state } of folded) deltas.move(share(before), share(state));
  return deltas;
}
