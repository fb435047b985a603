import { PersonName } from '../api/people-context';
import { ReminderBadge } from '../components/badges';
import { DocNumber } from '../components/doc-number';
import { daysUntil, formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { Issue } from './issue-types';

/** The latest rectification order: its number, requirements, deadline with days left, reminders, a pending extension. */
export function OrderCard({ issue }: { issue: Issue }) {
  const { t, tk, lang } = useI18n();
  const order = issue.currentOrder;
  if (!order) return null;
  const open = issue.status === 'rectifying' || issue.status === 'awaiting_recheck';
  const left = daysUntil(order.deadline);
  return (
    <section className="card" aria-labelledby="order-title" data-testid="order-card">
      <h2 id="order-title">
        {t('issue.currentOrder')} <small className="muted">{order.orderNumber ? <DocNumber number={order.orderNumber} /> : t('issue.orderNo', { n: order.orderNo })}</small>
      </h2>
      <dl className="details">
        <dt>{t('field.requirements')}</dt>
        <dd className="pre">{order.requirements}</dd>
        <dt>{t('field.deadline')}</dt>
        <dd data-testid="order-deadline">
          <strong>{formatDateTime(lang, order.deadline)}</strong>{' '}
          {open && !order.reported && (left >= 0 ? <span className="muted">（{t('issue.deadlineLeft', { n: left })}）</span> : <span className="badge danger">{t('issue.deadlinePassed')}</span>)}
          {order.deadlineRule?.days ? <span className="muted"> · {order.deadlineRule.days} {tk('order', order.deadlineRule.kind)}</span> : null}
          {order.deadlineRule?.provisional && (
            <span className="badge warn" title={t('calendar.provisionalHint')} data-testid="order-deadline-provisional">{t('calendar.provisional')}</span>
          )}
          {order.lastRecomputation && (
            <div className="notice" data-testid="order-deadline-recomputed">
              <strong>{t('calendar.recomputed')}</strong>：
              {t('calendar.recomputedFrom', {
                previous: formatDateTime(lang, order.lastRecomputation.previousDeadline),
                year: order.lastRecomputation.year,
                how: tk('calendar.how', order.lastRecomputation.reason),
                docNo: order.lastRecomputation.source?.docNo ?? '—',
              })}
            </div>
          )}
        </dd>
        <dt>{t('eventField.orderedBy')}</dt>
        <dd>{formatDateTime(lang, order.orderedAt)} · <PersonName id={order.orderedBy} /></dd>
        <dt>{t('field.reminderLevel')}</dt>
        <dd>
          <ReminderBadge level={order.reminderLevel} />
        </dd>
        {order.interviewDueAt && (
          <>
            <dt>{t('escalation.ladder')}</dt>
            <dd className="notice" data-testid="order-ladder">
              <div>{t('escalation.interviewDueAt', { date: formatDateTime(lang, order.interviewDueAt) })}</div>
              {order.interview && <div>{t('escalation.interviewHeld', { date: formatDateTime(lang, order.interview.heldAt), deadline: formatDateTime(lang, order.interview.deadline) })}</div>}
              {order.proposedAt && <div><strong>{t('escalation.proposed', { date: formatDateTime(lang, order.proposedAt) })}</strong></div>}
            </dd>
          </>
        )}
        {order.pendingExtension && (
          <>
            <dt>{t('action.requestExtension')}</dt>
            <dd className="notice">
              {t('issue.pendingExtension', { date: formatDateTime(lang, order.pendingExtension.proposedDeadline) })} — {order.pendingExtension.reason}
            </dd>
          </>
        )}
        {issue.lastRecheck && (
          <>
            <dt>{t('issue.lastRecheck')}</dt>
            <dd>
              {tk('method', issue.lastRecheck.method)} · <strong>{tk('outcome', issue.lastRecheck.outcome)}</strong> · {formatDateTime(lang, issue.lastRecheck.recheckedAt)} · <PersonName id={issue.lastRecheck.recheckedBy} />
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
