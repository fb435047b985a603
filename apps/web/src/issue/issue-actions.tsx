import type { ReactElement } from 'react';
import { serverNow } from '../api/server-clock';
import { useUser } from '../auth/session-context';
import { useI18n } from '../i18n/i18n-context';
import { AccountabilityForm } from './accountability-form';
import { CloseForm } from './close-form';
import { ExtensionDecisionForm } from './extension-decision-form';
import { ExtensionRequestForm } from './extension-request-form';
import { FeedbackForm } from './feedback-form';
import { InterviewForm } from './interview-form';
import { ReminderForm } from './reminder-form';
import { isEnded, type ActionProps } from './issue-types';
import { LookBackForm } from './look-back-form';
import { OrderForm } from './order-form';
import { OpenCaseForm } from './open-case-form';
import { RecheckForm } from './recheck-form';
import { ReportForm } from './report-form';
import { WithdrawForm } from './withdraw-form';

/** The commands this person may send on this issue in its current state (the server decides in the end). */
export function IssueActions({ issue, onDone, onCloseRefused }: ActionProps & { onCloseRefused(code: string | null): void }) {
  const { role, id: userId } = useUser();
  const { t } = useI18n();
  const forms: ReactElement[] = [];
  const props = { issue, onDone };
  const officer = role === 'supervisor' || role === 'coordinator';
  const order = issue.currentOrder;

  if (officer) {
    if (issue.status === 'open') {
      if (!issue.fedBackAt) forms.push(<FeedbackForm key="feedback" {...props} />);
      forms.push(<OrderForm key="order" {...props} />);
    }
    // The order's issuer or the office decides an extension request (DESIGN §3.2).
    if (issue.status === 'rectifying' && order?.pendingExtension && (role === 'coordinator' || order.orderedBy === userId)) forms.push(<ExtensionDecisionForm key="ext-decision" {...props} />);
    if (issue.status === 'rectifying' && issue.overdue) forms.push(<ReminderForm key="reminder" {...props} />);
    if (issue.status === 'awaiting_recheck') forms.push(<RecheckForm key="recheck" {...props} />);
    if (!isEnded(issue)) forms.push(<CloseForm key="close" {...props} onRefused={onCloseRefused} />);
    if (issue.status === 'closed') forms.push(<LookBackForm key="look-back" {...props} />);
    if (role === 'coordinator' && issue.status === 'open' && issue.ordersIssued === 0) forms.push(<WithdrawForm key="withdraw" {...props} />);
  }
  if (role === 'unit' && issue.status === 'rectifying' && order && !order.reported) {
    forms.push(<ReportForm key="report" {...props} />);
    if (!order.pendingExtension && Date.parse(order.deadline) > serverNow().getTime()) forms.push(<ExtensionRequestForm key="ext-request" {...props} />);
  }
  const interviewDue = issue.status === 'rectifying' && !!order?.interviewDueAt && !order.interview;
  if ((role === 'leader' || role === 'coordinator') && interviewDue) forms.push(<InterviewForm key="interview" {...props} />);
  // 问责 as due process: a case for the issue (DESIGN §3.6); the quick decision stays for the leader
  if ((role === 'leader' || role === 'coordinator') && issue.accountabilityRequired) forms.push(<OpenCaseForm key="open-case" {...props} />);
  if (role === 'leader' && !isEnded(issue)) forms.push(<AccountabilityForm key="accountability" {...props} />);

  return (
    <section aria-labelledby="actions-title" className="actions">
      <h2 id="actions-title">{t('issue.actions')}</h2>
      {forms.length ? forms : <p className="muted card">{t('issue.noActions')}</p>}
    </section>
  );
}
