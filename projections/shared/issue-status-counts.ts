import type { IssueState } from '@app/domain';

/** The statuses an issue can be in once registered (DESIGN §3.2), in the order lists show them. */
export const ISSUE_STATUSES = ['open', 'rectifying', 'awaiting_recheck', 'rectified', 'closed', 'withdrawn'] as const;

/** Counter columns per status: n_<status> issues, o_<status> of them overdue. */
export const STATUS_COLUMNS = ISSUE_STATUSES.map((s) => `n_${s}`);
export const OVERDUE_STATUS_COLUMNS = ISSUE_STATUSES.map((s) => `o_${s}`);

type Active = Exclude<IssueState, { status: 'initial' }>;

/** What one issue adds to a counter row: n_total, n_<its status>, and (overdue) n_overdue / o_<its status>. */
export function issueCounts(state: IssueState): Record<string, number> {
  const s = state as Active;
  const counts: Record<string, number> = { n_total: 1, [`n_${s.status}`]: 1 };
  if (s.overdue) {
    counts.n_overdue = 1;
    counts[`o_${s.status}`] = 1;
  }
  return counts;
}

/** SQL column definitions for the counters above. */
export function counterColumnsDdl(columns: readonly string[]): string {
  return columns.map((c) => `${c} integer NOT NULL DEFAULT 0`).join(',\n        ');
}
