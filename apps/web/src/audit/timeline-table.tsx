import type { RecordedEventView } from '../api/types';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { EventSummary } from './event-summary';

/** Every event of the stream: number, type, actor, time, global position, hash and previous hash, contents. */
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
            <th scope="col">{t('timeline.position')}</th>
            <th scope="col">{t('timeline.hash')}</th>
            <th scope="col">{t('timeline.data')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const actor = event.metadata?.actor;
            return (
              <tr key={event.version} data-event-type={event.type}>
                <td className="num">{event.version}</td>
                <td>
                  <strong>{tk('event', event.type)}</strong>
                  <div className="muted mono small">{event.type}</div>
                </td>
                <td>
                  {actor ? tk('role', actor.role) : '—'}
                  <div className="muted mono small" title={actor?.id}>{actor?.id?.slice(0, 8) ?? ''}</div>
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
                <td className="mono small">{event.position}</td>
                <td className="mono small hash">
                  <span title={event.hash}>{event.hash.slice(0, 16)}…</span>
                  <div className="muted" title={event.prevHash}>
                    ← {event.prevHash.slice(0, 16)}…
                  </div>
                </td>
                <td>
                  <EventSummary event={event} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
