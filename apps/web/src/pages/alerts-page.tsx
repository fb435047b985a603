import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { useAlertStream } from '../alerts/alert-stream-context';
import { fetchAll } from '../api/fetch-all';
import { issueIdOf, str } from '../api/loose';
import { useRegistry } from '../api/registry-context';
import type { Loose } from '../api/types';
import { useResource } from '../api/use-resource';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

const kindOf = (row: Loose) => (str(row, 'kind', 'type') ?? '').replace(/^Rectification/, '').replace('DueSoon', 'due_soon').replace('Overdue', 'overdue').toLowerCase();

/**
 * 预警: overdue and due-soon alerts, and month-end coverage misses (a responsibility supervisor did not visit an
 * assigned school that month; no issue to link to); new ones arrive live over SSE (the badge in the navigation counts them).
 */
export function AlertsPage() {
  const { t, tk, lang } = useI18n();
  const registry = useRegistry();
  const stream = useAlertStream();
  const alerts = useResource((s) => fetchAll('/alerts', s, 300), 'alerts');
  useEffect(() => stream.markSeen(), [stream.live.length]); // eslint-disable-line react-hooks/exhaustive-deps

  const rows = [...stream.live, ...(alerts.data?.items ?? [])];
  const seen = new Set<string>();
  const unique = rows.filter((row) => {
    const key = str(row, 'alertId', 'id') ?? `${issueIdOf(row)}:${kindOf(row)}:${str(row, 'at', 'createdAt', 'raisedAt') ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  return (
    <>
      <PageHeader
        title={t('alerts.title')}
        actions={
          <span className={`badge ${stream.status === 'live' ? 'ok' : ''}`} data-testid="stream-status">
            {stream.status === 'live' ? `● ${t('alerts.live')}` : t('alerts.offline')}
          </span>
        }
      />
      <LoadState resource={alerts}>
        {() => (
          <ul className="alert-list card" data-testid="alert-list">
            {unique.length === 0 && <li className="muted">{t('common.empty')}</li>}
            {unique.map((row, index) => {
              const kind = kindOf(row);
              return (
                <li key={index} className={`alert alert-${kind}`}>
                  <span className={`badge ${kind === 'overdue' ? 'danger' : 'warn'}`}>{tk('alerts.kind', kind)}</span>
                  {kind === 'coverage_missed' ? (
                    <span>{str(row, 'title')}</span>
                  ) : (
                    <Link to={`/issues/${issueIdOf(row)}`}>{str(row, 'title') ?? issueIdOf(row)}</Link>
                  )}
                  <span className="muted">{str(row, 'unitName') ?? registry.unitName(str(row, 'unitId'))}</span>
                  <span className="muted">
                    {kind === 'coverage_missed' ? `${t('field.month')} ${str(row, 'month') ?? ''}` : `${t('field.deadline')} ${formatDateTime(lang, str(row, 'deadline'))}`}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </LoadState>
    </>
  );
}
