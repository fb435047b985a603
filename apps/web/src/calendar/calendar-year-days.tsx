import { formatCalendarDate } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { CalendarYearView } from './calendar-data';

/** A year's holidays and make-up working days, as listed. */
export function CalendarYearDays({ year }: { year: CalendarYearView }) {
  const { t, lang } = useI18n();
  return (
    <div className="special-days" data-testid={`calendar-days-${year.year}`}>
      <span className="muted">{t('calendar.holidays')}：</span>
      <ul>
        {year.holidays.map((d) => (
          <li key={d.date} className="day-holiday">{formatCalendarDate(lang, d.date)} {d.name}</li>
        ))}
      </ul>
      {year.workdays.length > 0 && (
        <>
          <span className="muted">{t('calendar.workdays')}：</span>
          <ul>
            {year.workdays.map((d) => (
              <li key={d.date} className="day-workday">{formatCalendarDate(lang, d.date)} {d.name}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
