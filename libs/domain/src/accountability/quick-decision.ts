import type { AccountabilityReason } from '../issue/issue.types';
import { measuresFor } from '../issue/accountability-measures';
import type { IssueState } from '../issue/issue.state';
import type { CaseMeasure, CaseSubject } from './case.types';

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

/** The quick decision names measures for all its targets: each applies to every subject it is a measure for. */
export function quickCaseMeasures(subjects: readonly CaseSubject[], measures: readonly string[]): CaseMeasure[] {
  return subjects.flatMap((s, subject) => [...new Set(measures)].filter((m) => measuresFor(s.kind).includes(m)).map((measure) => ({ subject, measure })));
}
