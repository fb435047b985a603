import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useAlertStream } from '../alerts/alert-stream-context';
import { request } from '../api/client';
import { useRegistry } from '../api/registry-context';
import { usePagedList } from '../api/use-paged-list';
import { DocNumber } from '../components/doc-number';
import { ExportButtons } from '../components/export-buttons';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { Pager } from '../components/pager';
import { formatDate, formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { useInboxCounts } from '../inbox/inbox-counts-context';

interface AlertRow {
  id: string; kind: string; level: string | null; issueId: string | null; number: string | null; unitId: string | null; unitName: string | null;
  title: string; deadline: string | null; occurredAt: string; month: string | null; resolvedAt: string | null; resolvedReason: string | null; dismissed: boolean;
  subjectKind: string | null; subjectId: string | null;
}

/** Where an alert about a complaint or a 督查事项 leads (its page), named by its number and the school or the matter's title. */
const SUBJECT_PAGES: Record<string, string> = { complaint: '/complaints', matter: '/matters' };

const STATES = ['active', 'dismissed', 'resolved', 'all'] as const;

/**
 * 预警: open alerts first; each says when it was raised, ends by itself when its condition ends (an extension, a report,
 * a new order, closing) and can be set aside by this person. New ones arrive live over SSE.
 */
export function AlertsPage() {
  const { t, tk, lang } = useI18n();
  const registry = useRegistry();
  const stream = useAlertStream();
  const counts = useInboxCounts();
  const [state, setState] = useState<(typeof STATES)[number]>('active');
  const [round, setRound] = useState(0);
  const list = usePagedList<AlertRow>('/alerts', { state }, 20, `${round}-${stream.live.length}`);
  useEffect(() => stream.markSeen(), [stream.live.length]); // eslint-disable-line react-hooks/exhaustive-deps
  const act = async (alert: AlertRow, action: 'dismiss' | 'restore') => {
    await request('POST', `/alerts/${alert.id}/${action}`, { body: {} }).catch(() => undefined);
    setRound((n) => n + 1);
    counts.refresh();
  };
  const subject = (row: AlertRow) =>
    row.subjectKind && row.subjectId && SUBJECT_PAGES[row.subjectKind] ? (
      <Link to={`${SUBJECT_PAGES[row.subjectKind]}/${row.subjectId}`} data-testid="alert-subject-link">
        <span className="muted">{tk('alerts.subject', row.subjectKind)}</span> <DocNumber number={row.number} />{' '}
        {row.subjectKind === 'complaint' ? t('alerts.complaintText', { unit: row.unitName ?? registry.unitName(row.unitId) }) : row.title}
      </Link>
    ) : row.kind === 'visit_report_overdue' ? (
      <span>{t('alerts.visitReportText', { unit: row.unitName ?? registry.unitName(row.unitId) })}</span>
    ) : row.kind === 'training_short' ? (
      <span>{t('alerts.trainingText', { year: row.month ?? '' })}</span>
    ) : row.kind === 'coverage_missed' ? (
      <span>{t('alerts.coverageText', { unit: row.unitName ?? registry.unitName(row.unitId), month: row.month ?? '' })}</span>
    ) : (
      <Link to={`/issues/${row.issueId}`}><DocNumber number={row.number} /> {row.title}</Link>
    );

  return (
    <>
      <PageHeader
        title={t('alerts.title')}
        actions={
          <>
            <span className={`badge ${stream.status === 'live' ? 'ok' : ''}`} data-testid="stream-status">
              {stream.status === 'live' ? `● ${t('alerts.live')}` : t('alerts.offline')}
            </span>
            <ExportButtons path={list.path} name="alerts" />
          </>
        }
      />
      <div className="tabs" role="tablist" aria-label={t('alerts.states')}>
        {STATES.map((s) => (
          <button key={s} type="button" role="tab" aria-selected={state === s} className={state === s ? 'tab active' : 'tab'} onClick={() => setState(s)} data-state={s}>
            {t(`alerts.state.${s}` as 'alerts.state.active')}
          </button>
        ))}
      </div>
      <LoadState resource={list}>
        {(data) => (
          <>
            <ul className="alert-list card" data-testid="alert-list">
              {data.items.length === 0 && <li className="muted empty">{t(state === 'active' ? 'alerts.noneActive' : 'common.empty')}</li>}
              {data.items.map((row) => (
                <li key={row.id} className={`alert alert-${row.kind}${row.resolvedAt ? ' alert-resolved' : ''}`} data-kind={row.kind} data-alert-id={row.id}>
                  <span className={`badge ${['overdue', 'complaint_overdue', 'matter_overdue', 'clock_failed'].includes(row.kind) ? 'danger' : 'warn'}`}>
                    {(row.kind === 'reminder' || row.kind === 'matter_reminder') && row.level ? tk('reminder', row.level) : tk('alerts.kind', row.kind)}
                  </span>
                  <span className="alert-subject">{subject(row)}</span>
                  {row.kind !== 'coverage_missed' && row.subjectKind !== 'complaint' && row.unitId && <span className="muted">{row.unitName ?? registry.unitName(row.unitId)}</span>}
                  {row.kind !== 'coverage_missed' && row.deadline && (
                    <span className="muted">
                      {row.kind === 'extension_requested' ? t('alerts.proposed', { date: formatDate(lang, row.deadline) })
                        : row.subjectKind === 'complaint' ? t('alerts.verifyBy', { date: formatDate(lang, row.deadline) })
                        : row.subjectKind === 'matter' ? t('alerts.dueAt', { date: formatDate(lang, row.deadline) })
                        : `${t('field.deadline')} ${formatDate(lang, row.deadline)}`}
                    </span>
                  )}
                  <span className="muted alert-time" data-testid="alert-time">{t('alerts.raisedAt', { time: formatDateTime(lang, row.occurredAt) })}</span>
                  {row.resolvedAt && (
                    <span className="badge ok" data-testid="alert-resolved">
                      {t('alerts.resolvedAt', { time: formatDate(lang, row.resolvedAt) })} · {tk('alerts.reason', row.resolvedReason)}
                    </span>
                  )}
                  <span className="alert-actions">
                    {row.dismissed ? (
                      <button type="button" className="link" onClick={() => void act(row, 'restore')}>{t('alerts.restore')}</button>
                    ) : (
                      <button type="button" className="link" onClick={() => void act(row, 'dismiss')} data-testid="dismiss">{t('alerts.dismiss')}</button>
                    )}
                  </span>
                </li>
              ))}
            </ul>
            <Pager page={list.page} pageSize={list.pageSize} total={data.total} onPage={list.setPage} />
          </>
        )}
      </LoadState>
    </>
  );
}
