import type { DeadlineRule } from '@domain/calendar/deadline';
import { serverNow } from '../api/server-clock';
import { formatCalendarDate } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { calendar, previewDeadline } from './workday-calendar';

/** The deadline the server will compute for this rule, with the holidays and make-up days it passes. */
export function DeadlinePreview({ rule }: { rule: DeadlineRule | null }) {
  const { t, lang } = useI18n();
  if (!rule) return null;
  let preview;
  try {
    preview = previewDeadline(serverNow().toISOString(), rule);
  } catch {
    return (
      <p className="problem" role="status">
        {t('order.outOfCalendar', { first: calendar.firstYear, last: calendar.lastYear })}
      </p>
    );
  }
  return (
    <div className="deadline-preview field-wide" aria-live="polite" data-testid="deadline-preview">
      <div>
        <span className="muted">{t('order.preview')}：</span>
        <strong data-testid="deadline-preview-value" data-date={preview.lastDay}>
          {t('order.previewValue', { date: formatCalendarDate(lang, preview.lastDay) })}
        </strong>
      </div>
      {preview.special.length > 0 && (
        <div className="special-days">
          <span className="muted">{t('order.skipped')}：</span>
          <ul>
            {preview.special.map((d) => (
              <li key={d.date} className={d.kind === 'holiday' ? 'day-holiday' : 'day-workday'}>
                {formatCalendarDate(lang, d.date)} {d.name} · {d.kind === 'holiday' ? t('order.holiday') : t('order.makeUp')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <small className="hint">{t('order.calendarNote')}</small>
    </div>
  );
}
