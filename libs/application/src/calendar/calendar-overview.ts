import {
  formatCalendarVersion,
  PROVISIONAL_SOURCE_TITLE,
  shanghaiDate,
  type CalendarDay,
  type CalendarSource,
  type CalendarState,
  type WorkdayCalendar,
} from '@app/domain';
import { statutoryDaysOf } from './provisional-years';

export interface CalendarYearView {
  year: number;
  status: 'published' | 'provisional';
  /** this year's version as deadlines record it, e.g. CN-2027@… or CN-2028@provisional-… */
  version: string;
  hash: string;
  holidays: CalendarDay[];
  workdays: CalendarDay[];
  source: CalendarSource | null;
  revision: number | null;
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface CalendarNotice {
  code: 'NEXT_YEAR_NOT_PUBLISHED' | 'CURRENT_YEAR_NOT_PUBLISHED';
  year: number;
  message: string;
  messageZh: string;
}

/** GET /calendar, /health and the admin page: what is published, what is provisional, and what is missing. */
export interface CalendarOverview {
  /** the server's clock: the web previews deadlines from it, so a preview is what the server will compute */
  now: string;
  today: string;
  /** the version of the published years */
  version: string;
  published: { first: number; last: number } | null;
  provisionalYears: number[];
  years: CalendarYearView[];
  warnings: CalendarNotice[];
}

/**
 * The published years, and the provisional years a deadline set today could reach (up to next year, and the year
 * 90 days ahead), so the web computes with exactly the server's data. From 1 November a missing next year warns.
 */
export function calendarOverview(state: CalendarState, calendar: WorkdayCalendar, now: string): CalendarOverview {
  const today = shanghaiDate(now);
  const thisYear = Number(today.slice(0, 4));
  const horizon = Math.max(thisYear + 1, Number(shanghaiDate(new Date(Date.parse(now) + 120 * 86_400_000).toISOString()).slice(0, 4)));
  const years: CalendarYearView[] = Object.values(state.years).map((y) => ({
    year: y.year, status: 'published', version: formatCalendarVersion([{ year: y.year, hash: y.hash, provisional: false }]), hash: y.hash,
    holidays: y.holidays, workdays: y.workdays, source: y.source, revision: y.revision, publishedAt: y.publishedAt, publishedBy: y.publishedBy,
  }));
  const lastPublished = calendar.published?.last ?? thisYear - 1;
  for (let year = Math.min(lastPublished + 1, thisYear); year <= horizon; year++) {
    if (state.years[year]) continue;
    let hash: string;
    try {
      const info = calendar.year(year);
      if (!info.provisional) continue;
      hash = info.hash;
    } catch {
      continue; // neither published nor computable: the warnings say so
    }
    years.push({
      year, status: 'provisional', version: formatCalendarVersion([{ year, hash, provisional: true }]), hash,
      holidays: statutoryDaysOf(year), workdays: [], source: { title: PROVISIONAL_SOURCE_TITLE, docNo: '', publishedOn: '' },
      revision: null, publishedAt: null, publishedBy: null,
    });
  }
  years.sort((a, b) => a.year - b.year);
  return {
    now,
    today,
    version: calendar.version,
    published: calendar.published,
    provisionalYears: years.filter((y) => y.status === 'provisional').map((y) => y.year),
    years,
    warnings: notices(state, today),
  };
}

function notices(state: CalendarState, today: string): CalendarNotice[] {
  const year = Number(today.slice(0, 4));
  const warnings: CalendarNotice[] = [];
  if (!state.years[year]) {
    warnings.push({
      code: 'CURRENT_YEAR_NOT_PUBLISHED', year,
      message: `the ${year} holiday schedule is not published: deadlines use the provisional statutory holidays`,
      messageZh: `${year}年放假安排尚未发布：期限按法定节假日暂定计算`,
    });
  }
  if (today.slice(5) >= '11-01' && !state.years[year + 1]) {
    warnings.push({
      code: 'NEXT_YEAR_NOT_PUBLISHED', year: year + 1,
      message: `the ${year + 1} holiday schedule is not published yet: publish it when the State Council's notice appears`,
      messageZh: `${year + 1}年放假安排尚未发布：国务院办公厅通知发布后请及时录入`,
    });
  }
  return warnings;
}
