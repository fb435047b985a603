import { Link, useParams } from 'react-router-dom';
import { get } from '../api/client';
import { useResource } from '../api/use-resource';
import { useUser } from '../auth/session-context';
import { DocNumber } from '../components/doc-number';
import { DueDate } from '../components/due-date';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { AssignForm, CloseForm, ReplyForm, VerifyForm } from './complaint-actions';
import type { ComplaintDetail } from './complaint-types';

/** One complaint: what was received, who verifies it by when, the issues found, the answer and the closing. */
export function ComplaintPage() {
  const { id = '' } = useParams();
  const { t, tk, lang } = useI18n();
  const user = useUser();
  const complaint = useResource<ComplaintDetail>((s) => get(`/complaints/${id}`, s), id);
  const staff = user.role === 'coordinator' || user.role === 'supervisor';
  return (
    <LoadState resource={complaint}>
      {(c) => {
        const open = c.status === 'received' || c.status === 'assigned';
        const done = () => complaint.reload();
        return (
          <>
            <PageHeader title={<><DocNumber number={c.number} /> {c.unitName}</>} />
            <dl className="card facts" data-testid="complaint-facts">
              <dt>{t('complaints.status')}</dt>
              <dd>{tk('complaintStatus', c.status)}{c.overdue && <span className="badge danger"> {t('complaints.overdue')}</span>}</dd>
              <dt>{t('complaints.channel')}</dt>
              <dd>{tk('complaintChannel', c.channel)}</dd>
              <dt>{t('complaints.receivedAt')}</dt>
              <dd>{formatDateTime(lang, c.receivedAt)}</dd>
              <dt>{t('complaints.summary')}</dt>
              <dd className="prewrap">{c.summary}</dd>
              <dt>{t('complaints.complainant')}</dt>
              <dd>{c.anonymous ? t('complaints.anonymous') : c.complainant ? `${c.complainant.name} · ${c.complainant.phone}` : t('complaints.named')}</dd>
              <dt>{t('complaints.supervisor')}</dt>
              <dd>{c.supervisorName ?? t('complaints.unassigned')}</dd>
              <dt>{t('complaints.verifyBy')}</dt>
              <dd>{open ? <DueDate instant={c.verifyBy} /> : formatDateTime(lang, c.verifyBy)}</dd>
              {c.outcome && (
                <>
                  <dt>{t('complaints.outcome')}</dt>
                  <dd>{tk('verificationOutcome', c.outcome)} · {formatDateTime(lang, c.verifiedAt)}</dd>
                </>
              )}
              {c.lastRepliedAt && (
                <>
                  <dt>{t('complaints.repliedAt')}</dt>
                  <dd>{formatDateTime(lang, c.lastRepliedAt)} ({t('complaints.replies')} {c.replies})</dd>
                </>
              )}
              {c.closedAt && (
                <>
                  <dt>{t('complaints.closedAt')}</dt>
                  <dd>{formatDateTime(lang, c.closedAt)}</dd>
                </>
              )}
            </dl>
            {!open && (
              <section className="card">
                <h3>{t('complaints.issues')}</h3>
                {c.issues.length === 0 ? <p className="muted">{t('complaints.noIssues')}</p> : (
                  <ul>
                    {c.issues.map((i) => (
                      <li key={i.issueId}><Link to={`/issues/${i.issueId}`}><DocNumber number={i.number} /> {i.title}</Link> · {tk('status', i.status)}</li>
                    ))}
                  </ul>
                )}
              </section>
            )}
            {c.replyHistory.length > 0 && (
              <section className="card" data-testid="complaint-replies">
                <h3>{t('complaints.replyHistory')}</h3>
                <ol>
                  {c.replyHistory.map((r, n) => (
                    <li key={n}>
                      <p className="muted small">{t('complaints.replyBy', { time: formatDateTime(lang, r.repliedAt), channel: tk('replyChannel', r.channel), name: r.repliedByName || t('people.unknown') })}</p>
                      <p className="prewrap">{r.content}</p>
                    </li>
                  ))}
                </ol>
              </section>
            )}
            {user.role === 'coordinator' && open && <AssignForm complaint={c} onDone={done} />}
            {staff && c.status === 'assigned' && <VerifyForm complaint={c} onDone={done} />}
            {staff && c.status === 'verified' && <ReplyForm complaint={c} onDone={done} />}
            {staff && c.status === 'verified' && <CloseForm complaint={c} onDone={done} />}
          </>
        );
      }}
    </LoadState>
  );
}
