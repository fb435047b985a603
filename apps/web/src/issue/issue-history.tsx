import { PersonName } from '../api/people-context';
import type { RecordedEventView } from '../api/types';
import { EventSummary } from '../audit/event-summary';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

/** 办理经过: every step of the issue in plain words (a school reads its own, without the office's internal notes). */
export function IssueHistory({ events }: { events: RecordedEventView[] }) {
  const { t, tk, lang } = useI18n();
  return (
    <section className="card" aria-labelledby="history-title" data-testid="issue-history">
      <h2 id="history-title">{t('issue.history')}</h2>
      <ol className="history">
        {events.map((event) => (
          <li key={event.version} data-event-type={event.type}>
            <div className="history-head">
              <strong>{tk('event', event.type)}</strong>
              <span className="muted">{formatDateTime(lang, event.recordedAt)}</span>
              <span className="muted">
                <PersonName id={event.metadata?.actor?.id} role={event.metadata?.actor?.role} />
              </span>
            </div>
            <EventSummary event={event} compact />
          </li>
        ))}
      </ol>
    </section>
  );
}
