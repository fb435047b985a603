import { serverNow } from '../api/server-clock';
import { useI18n } from '../i18n/i18n-context';

export interface DateRange {
  /** YYYY-MM-DD, inclusive */
  from: string;
  /** YYYY-MM-DD, inclusive */
  to: string;
}

/** School semesters: autumn 1 Sep – 31 Jan, spring 1 Feb – 31 Aug (Shanghai dates). */
export function semesterOf(date: string): { key: string; range: DateRange; autumn: boolean; startYear: number } {
  const [year, month] = date.split('-').map(Number);
  const autumn = month >= 9 || month === 1;
  const startYear = autumn ? (month === 1 ? year - 1 : year) : year - 1;
  const range = autumn ? { from: `${startYear}-09-01`, to: `${startYear + 1}-01-31` } : { from: `${startYear + 1}-02-01`, to: `${startYear + 1}-08-31` };
  return { key: `${startYear}-${autumn ? 1 : 2}`, range, autumn, startYear };
}

function previous(date: string) {
  const current = semesterOf(date);
  const day = new Date(Date.parse(`${current.range.from}T12:00:00+08:00`) - 86_400_000).toISOString().slice(0, 10);
  return semesterOf(day);
}

/** The range the dashboard counts: this semester (default), the last one, all time, or any dates. */
export function DashboardRange({ value, onChange }: { value: DateRange | null; onChange(next: DateRange | null): void }) {
  const { t } = useI18n();
  const today = new Date(serverNow().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const presets = [semesterOf(today), previous(today)];
  const label = (s: ReturnType<typeof semesterOf>) => t(s.autumn ? 'dashboard.semesterAutumn' : 'dashboard.semesterSpring', { from: s.startYear, to: s.startYear + 1 });
  const active = (range: DateRange | null) => JSON.stringify(range) === JSON.stringify(value);
  return (
    <div className="dashboard-range card" role="group" aria-label={t('dashboard.range')} data-testid="dashboard-range">
      <div className="tabs">
        {presets.map((s) => (
          <button key={s.key} type="button" className={active(s.range) ? 'tab active' : 'tab'} onClick={() => onChange(s.range)}>
            {label(s)}
          </button>
        ))}
        <button type="button" className={value === null ? 'tab active' : 'tab'} onClick={() => onChange(null)}>
          {t('dashboard.allTime')}
        </button>
      </div>
      <label>
        {t('dashboard.from')}
        <input type="date" name="from" value={value?.from ?? ''} onChange={(e) => e.target.value && onChange({ from: e.target.value, to: value?.to ?? today })} />
      </label>
      <label>
        {t('dashboard.to')}
        <input type="date" name="to" value={value?.to ?? ''} onChange={(e) => e.target.value && onChange({ from: value?.from ?? e.target.value, to: e.target.value })} />
      </label>
    </div>
  );
}
