import { PersonName } from '../api/people-context';
import type { RecordedEventView } from '../api/types';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { EventSummary } from './event-summary';

/** Every event of the stream: step, what happened, who (by name), when, what it recorded, and its hash link. */
export function TimelineTable({ events, onAsOf }: { events: RecordedEventView[]; onAsOf?(instant: string): void }) {
  const { t, tk, lang } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table timeline" data-testid="timeline-table">
        <thead>
          <tr>
            <th scope="col">{t('timeline.version')}</th>
            <th scope="col">{t('timeline.type')}</th>
            <th scope="col">{t('timeline.actor')}</th>
            <th scope="col">{t('timeline.time')}</th>
            <th scope="col">{t('timeline.data')}</th>
            <th scope="col">{t('timeline.hash')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const actor = event.metadata?.actor;
            return (
              <tr key={event.version} data-event-type={event.type}>
                <td className="num">{event.version}</td>
                <td><strong>{tk('event', event.type)}</strong></td>
                <td>
                  <PersonName id={actor?.id} role={actor?.role} />
                  <div className="muted small">{actor ? tk('role', actor.role) : ''}</div>
                </td>
                <td className="nowrap">
                  {formatDateTime(lang, event.recordedAt)}
                  {onAsOf && (
                    <div className="no-print">
                      <button type="button" className="link small" onClick={() => onAsOf(event.recordedAt)}>
                        {t('timeline.asOfThis')}
                      </button>
                    </div>
                  )}
                </td>
                <td>
                  <EventSummary event={event} />
                  <details className="raw no-print">
                    <summary>{t('timeline.raw')}</summary>
                    <pre className="mono small">{JSON.stringify({ type: event.type, data: event.data, position: event.position }, null, 1)}</pre>
                  </details>
                </td>
                <td className="mono small hash">
                  <span title={event.hash}>{event.hash.slice(0, 12)}…</span>
                  <div className="muted" title={event.prevHash}>← {event.prevHash.slice(0, 12)}…</div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
