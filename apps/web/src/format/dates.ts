import { serverNow } from '../api/server-clock';
import type { Lang } from '../i18n/i18n-context';

/** Every date the UI shows is in Asia/Shanghai, whatever the browser's own zone. */
export const TIME_ZONE = 'Asia/Shanghai';
const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB');
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, kind: 'dateTime' | 'date' | 'dateWeekday'): Intl.DateTimeFormat {
  const key = `${lang}:${kind}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'dateTime'
        ? { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }
        : kind === 'date'
          ? { year: 'numeric', month: '2-digit', day: '2-digit' }
          : { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' };
    f = new Intl.DateTimeFormat(locale(lang), { ...options, timeZone: TIME_ZONE });
    cache.set(key, f);
  }
  return f;
}

const valid = (value: string | null | undefined): value is string => !!value && !Number.isNaN(Date.parse(value));

export const formatDateTime = (lang: Lang, instant: string | null | undefined) => (valid(instant) ? formatter(lang, 'dateTime').format(new Date(instant)) : '—');
export const formatDate = (lang: Lang, instant: string | null | undefined) => (valid(instant) ? formatter(lang, 'date').format(new Date(instant)) : '—');

/** A calendar date (YYYY-MM-DD, already a Shanghai date) with its weekday: noon +08:00 can't slip a day. */
export const formatCalendarDate = (lang: Lang, date: string) => formatter(lang, 'dateWeekday').format(new Date(`${date}T12:00:00+08:00`));

/** Today's date in Shanghai, YYYY-MM-DD. */
export function shanghaiToday(now = serverNow()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** This month in Shanghai, YYYY-MM. */
export const shanghaiMonth = (now = serverNow()) => shanghaiToday(now).slice(0, 7);

/** 23:59:59 +08:00 of a Shanghai calendar date, as the ISO instant the API takes. */
export const endOfShanghaiDayIso = (date: string) => `${date}T23:59:59+08:00`;

/** A datetime-local value (read as Beijing time) → ISO instant with offset. */
export const shanghaiLocalToIso = (local: string) => `${local.length === 16 ? `${local}:00` : local}+08:00`;

/** An ISO instant → a datetime-local value in Beijing time. */
export const isoToShanghaiLocal = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19);

/** Whole days from now until an instant (negative when past). */
export const daysUntil = (instant: string, now = serverNow().getTime()) => Math.ceil((Date.parse(instant) - now) / 86_400_000);
