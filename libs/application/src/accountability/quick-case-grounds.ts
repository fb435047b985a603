import type { AccountabilityReason, IssueState } from '@app/domain';

const REASONS: Record<AccountabilityReason, string> = {
  overdue: '逾期未完成整改',
  failed_rechecks: '复查两次不合格',
  relapsed: '整改后问题反弹',
};

/** 问责事由 of a case opened by the quick decision: the issue (by number and title) and why it requires accountability. */
export function quickCaseGrounds(issue: IssueState): string[] {
  if (issue.status === 'initial') return [];
  const named = `${issue.number ? `${issue.number} ` : ''}${issue.title}`;
  const reasons = issue.accountabilityReasons.map((reason) => REASONS[reason] ?? reason);
  return [reasons.length ? `${named}：${reasons.join('、')}` : named];
}
