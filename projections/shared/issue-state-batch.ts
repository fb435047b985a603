import { evolveIssue, initialIssueState, isIssueEvent, type IssueState } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { ProjectionTx } from '../projection';

export interface FoldedIssue {
  issueId: string;
  /** the stream version of the last event applied (the idempotency guard: older events are skipped) */
  version: number;
  state: IssueState;
  /** the state before this batch (initial for a new issue) */
  before: IssueState;
  lastEventAt: string;
}

export const ISSUE_PREFIX = 'issue-';

/**
 * Folds a batch of issue events onto the states a projection keeps in `table` (columns issue_id, version, state),
 * with the domain's own evolve. One SELECT for the whole batch; returns only the issues that moved forward.
 */
export async function foldIssueBatch(
  tx: ProjectionTx,
  table: string,
  events: RecordedEvent[],
  slim = false,
  onApplied?: (issueId: string, event: RecordedEvent, after: IssueState) => void,
): Promise<FoldedIssue[]> {
  const mine = events.filter((e) => e.stream.startsWith(ISSUE_PREFIX) && isIssueEvent(e));
  if (mine.length === 0) return [];
  const ids = [...new Set(mine.map((e) => e.stream.slice(ISSUE_PREFIX.length)))];
  const existing = await tx.query<{ issue_id: string; version: number; state: IssueState }>(
    `SELECT issue_id, version, state FROM ${table} WHERE issue_id = ANY($1::text[])`,
    [ids],
  );
  const folded = new Map<string, FoldedIssue & { changed: boolean }>();
  for (const row of existing.rows) {
    folded.set(row.issue_id, { issueId: row.issue_id, version: row.version, state: row.state, before: row.state, lastEventAt: '', changed: false });
  }
  for (const event of mine) {
    const issueId = event.stream.slice(ISSUE_PREFIX.length);
    let entry = folded.get(issueId);
    if (!entry) {
      entry = { issueId, version: 0, state: initialIssueState, before: initialIssueState, lastEventAt: '', changed: false };
      folded.set(issueId, entry);
    }
    if (event.version <= entry.version) continue; // applied before: applying it twice changes nothing
    try {
      entry.state = evolveIssue(entry.state, event as never);
    } catch {
      // evolve never throws by contract; a malformed event leaves the state as it was
    }
    entry.version = event.version;
    onApplied?.(issueId, event, entry.state);
    entry.lastEventAt = event.recordedAt;
    entry.changed = true;
  }
  const result: FoldedIssue[] = [];
  for (const entry of folded.values()) {
    if (!entry.changed || entry.state.status === 'initial') continue;
    result.push({ ...entry, state: slim ? slimState(entry.state) : entry.state });
  }
  return result;
}

/** The state without its long texts, for projections that only need the loop's facts. */
export function slimState(state: IssueState): IssueState {
  if (state.status === 'initial') return state;
  const { description: _d, evidence: _e, ...rest } = state;
  return { ...rest, description: '', evidence: [] } as IssueState;
}

/** Runs a multi-row upsert from one JSON parameter. */
export function jsonRows(rows: object[]): string {
  return JSON.stringify(rows);
}
