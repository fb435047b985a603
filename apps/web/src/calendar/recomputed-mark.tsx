import { num, str } from '../api/loose';
import type { Loose } from '../api/types';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

/** A deadline in force that was recomputed when its year was published: the mark says from when and why. */
export function RecomputedMark({ value }: { value: Loose }) {
  const { t, tk, lang } = useI18n();
  const why = t('calendar.recomputedFrom', {
    previous: formatDate(lang, str(value, 'previousDeadline')),
    year: num(value, 'year') ?? '',
    how: tk('calendar.how', str(value, 'reason')),
    docNo: str(value, 'docNo') ?? '—',
  });
  return (
    <span className="badge warn" title={why} aria-label={why} data-testid="deadline-recomputed">
      {t('calendar.recomputed')}
    </span>
  );
}
