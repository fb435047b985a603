import type { ActiveIssueState } from '@domain/issue/issue.state';

export type Issue = ActiveIssueState;

/** Serious/major or a safety hazard: the passing recheck must be on-site (the server's rule, ON_SITE_RECHECK_REQUIRED). */
export const needsOnSite = (issue: Issue) => issue.severity !== 'general' || issue.safetyHazard;

export const isEnded = (issue: Issue) => issue.status === 'closed' || issue.status === 'withdrawn';

export interface ActionProps {
  issue: Issue;
  /** reload the issue after a command (or a refusal that means the view is stale) */
  onDone(): void;
}
