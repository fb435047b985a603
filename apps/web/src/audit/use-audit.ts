import { get } from '../api/client';
import type { RecordedEventView, Verification } from '../api/types';
import { useResource } from '../api/use-resource';
import type { Issue } from '../issue/issue-types';

/** The stream as the auditor reads it: history, current state and the hash-chain verification. */
export function useAudit(id: string) {
  const history = useResource((s) => get<{ events: RecordedEventView[] }>(`/issues/${id}/history`, s), `history-${id}`);
  const verify = useResource((s) => get<Verification>(`/issues/${id}/verify`, s), `verify-${id}`);
  const issue = useResource((s) => get<Issue>(`/issues/${id}`, s), `issue-${id}`);
  return { history, verify, issue };
}
