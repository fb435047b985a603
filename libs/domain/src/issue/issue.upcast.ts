import { instantMillis } from '../shared/instant';
import type { IssueEvent, RectificationReported, ResultReported } from './issue.events';
import type { IssueState } from './issue.state';

/**
 * Events recorded before the iron rules were made timing-proof keep their recorded shape (the hash chain covers
 * it); they are brought to today's shape on read, here, by every fold (evolveIssue calls this first, so the
 * command path, the audit reads and the projections all see the same thing):
 *
 * - `RectificationReported` without `late`: late when reported after the deadline in force at the time, which
 *   the state before the event knows. evolve then also requires accountability for it if no
 *   `RectificationOverdue` was recorded (the gap the old deadline clock could leave).
 * - `ResultReported` without `reportedVersion` / `publishedAt`: both null. Such a report was appended by the
 *   process manager at some moment after the bulletin was published, so it may have been appended after a
 *   recheck that the bulletin never saw. The conservative reading is that it reported nothing we can vouch
 *   for: it never satisfies 有结果必通报 on its own; the issue needs a bulletin published with a snapshot. (An
 *   issue it already let close stays closed: history is not rewritten.)
 *
 * Never throws; an event already in today's shape is returned as is.
 */
export function upcastIssueEvent(event: IssueEvent, before: IssueState): IssueEvent {
  switch (event.type) {
    case 'RectificationReported':
      return typeof event.data.late === 'boolean' ? event : upcastReport(event, before);
    case 'ResultReported':
      return upcastResult(event);
    default:
      return event;
  }
}

function upcastReport(event: RectificationReported, before: IssueState): RectificationReported {
  const deadline = before.status === 'initial' ? undefined : before.currentOrder?.deadline;
  const late = deadline !== undefined && instantMillis(event.data.reportedAt) > instantMillis(deadline);
  return { ...event, data: { ...event.data, late } };
}

function upcastResult(event: ResultReported): ResultReported {
  const { reportedVersion, publishedAt } = event.data as Partial<ResultReported['data']>;
  if (isVersion(reportedVersion) && publishedAt !== undefined) return event;
  return { ...event, data: { ...event.data, reportedVersion: isVersion(reportedVersion) ? reportedVersion : null, publishedAt: publishedAt ?? null } };
}

function isVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
