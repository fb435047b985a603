import { Fragment } from 'react';
import { Link, useParams } from 'react-router-dom';
import { get } from '../api/client';
import { PersonName } from '../api/people-context';
import { useRegistry } from '../api/registry-context';
import { useResource } from '../api/use-resource';
import { useUser } from '../auth/session-context';
import { SeverityBadge, StatusBadge } from '../components/badges';
import { DocNumber } from '../components/doc-number';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { formatCalendarDate, formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { VisitDetail } from './visit-types';
import { TextCommand } from '../activities/text-command';

/** One recorded visit, read again: who, where, when, what was looked at, and the issues registered from it. */
export function VisitPage() {
  const { id = '' } = useParams();
  const { t, tk, lang } = useI18n();
  const user = useUser();
  const registry = useRegistry();
  const visit = useResource<VisitDetail>((s) => get(`/visits/${encodeURIComponent(id)}`, s), id);
  return (
    <LoadState resource={visit}>
      {(v) => (
        <div data-testid="visit-page">
          <PageHeader
            title={`${v.unitName ?? registry.unitName(v.unitId)} · ${formatCalendarDate(lang, v.date)}`}
            subtitle={tk('visitKind', v.kind)}
            actions={
              user.role === 'supervisor' && (
                <Link className="btn btn-primary" to={`/issues/new?unitId=${encodeURIComponent(v.unitId)}&visitId=${encodeURIComponent(v.visitId)}`}>
                  {t('schools.registerIssue')}
                </Link>
              )
            }
          />
          <section className="card">
            <dl className="details">
              <dt>{t('visits.supervisor')}</dt>
              <dd><PersonName id={v.supervisorUserId} role="supervisor" /></dd>
              <dt>{t('field.zone')}</dt>
              <dd>{registry.zoneName(v.zoneId)}</dd>
              <dt>{t('field.matters')}</dt>
              <dd>{v.matters.map((m) => registry.categoryName(m)).join(lang === 'en' ? '; ' : '、') || '—'}</dd>
              <dt>{t('visits.methods')}</dt>
              <dd data-testid="visit-methods">{(v.methods ?? []).map((m) => tk("visitMethod", m)).join(lang === 'en' ? '; ' : '、') || '—'}</dd>
              <dt>{t('visits.durationDays')}</dt>
              <dd>{v.durationDays ?? '—'}</dd>
              <dt>{t('field.notes')}</dt>
              <dd className="pre">{v.notes || '—'}</dd>
              <dt>{t('visits.recordedAt')}</dt>
              <dd>{formatDateTime(lang, v.recordedAt)}</dd>
            </dl>
          </section>
          <section className="card" data-testid="visit-findings">
            <h2>{t('visits.findings')}</h2>
            <dl className="details">
              {(['highlights', 'problems', 'suggestions', 'onSiteFeedback'] as const).map((key) => (
                <Fragment key={key}>
                  <dt>{t(`visits.${key}`)}</dt>
                  <dd className="pre">{v[key] || '—'}</dd>
                </Fragment>
              ))}
            </dl>
            {v.problems && user.role === 'supervisor' && <p className="muted small">{t('visits.problemsToIssues')}</p>}
          </section>
          <section className="card" data-testid="visit-report">
            <h2>{t('visits.report')}</h2>
            <p className="muted small">
              {t('visits.reportDue')} {formatDateTime(lang, v.reportDueAt)}
              {v.reportOverdue && <> <span className="badge warn">{t('visits.reportOverdue')}</span></>}
              {v.reportLate && <> <span className="badge warn">{t('visits.reportLate')}</span></>}
            </p>
            {v.reportSubmittedAt ? (
              <p className="pre">{v.report}</p>
            ) : user.id === v.supervisorUserId ? (
              <TextCommand title={t('visits.submitReport')} path={`/visits/${v.visitId}/report`} field="report" label={t('visits.report')} rows={6} onDone={visit.reload} testId="visit-report-form" />
            ) : (
              <p className="muted">{t('visits.noReport')}</p>
            )}
          </section>
          <section className="card">
            <h2>{t('visits.issuesFound')}</h2>
            {v.issues.length === 0 ? (
              <p className="muted">{t('visits.noIssues')}</p>
            ) : (
              <ul className="plain-list">
                {v.issues.map((i) => (
                  <li key={i.issueId}>
                    <Link to={`/issues/${i.issueId}`}><DocNumber number={i.number} /> {i.title}</Link> <SeverityBadge severity={i.severity} /> <StatusBadge status={i.status} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </LoadState>
  );
}
