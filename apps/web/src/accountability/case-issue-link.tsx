import { Link } from 'react-router-dom';
import { get } from '../api/client';
import { useResource } from '../api/use-resource';
import { DocNumber } from '../components/doc-number';

/** An issue of the case by its number and title (never its id). */
export function CaseIssueLink({ issueId }: { issueId: string }) {
  const issue = useResource<{ number?: string; title: string }>((s) => get(`/issues/${encodeURIComponent(issueId)}`, s), issueId);
  return (
    <div>
      <Link to={`/issues/${issueId}`}>{issue.data ? <><DocNumber number={issue.data.number ?? null} /> {issue.data.title}</> : '…'}</Link>
    </div>
  );
}
