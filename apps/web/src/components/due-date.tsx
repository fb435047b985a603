import { daysUntil, formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

/** A deadline with the days left or past (the service's clock), or when the to-do arose. */
export function DueDate({ instant, since }: { instant: string | null | undefined; since?: string | null }) {
  const { t, lang } = useI18n();
  if (!instant) return since ? <span className="muted">{t('inbox.since', { date: formatDate(lang, since) })}</span> : null;
  const left = daysUntil(instant);
  return (
    <span className={left < 0 ? 'danger-text' : left <= 3 ? 'warn-text' : 'muted'}>
      {t('inbox.due', { date: formatDate(lang, instant) })} · {left < 0 ? t('inbox.daysLate', { n: -left }) : t('issue.deadlineLeft', { n: left })}
    </span>
  );
}
