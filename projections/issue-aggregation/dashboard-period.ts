import { shanghaiDate } from '@app/domain';

/**
 * A dashboard period [from, to) split into whole Asia/Shanghai months (answered from the monthly counters) and the
 * pieces before the first and after the last whole month (answered from the rows). An open end is unbounded.
 */
export interface PeriodSplit {
  /** whole months: found_month >= fromMonth and < toMonth ('YYYY-MM'; null = unbounded on that side) */
  months: { fromMonth: string | null; toMonth: string | null; fromInstant: string | null; toInstant: string | null } | null;
  /** instant intervals [from, to) outside the whole months */
  partial: { from: string | null; to: string | null }[];
}

export function monthOf(instant: string | number): string {
  return shanghaiDate(new Date(instant).toISOString()).slice(0, 7);
}

export function monthStart(month: string): number {
  return Date.parse(`${month}-01T00:00:00.000+08:00`);
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function splitPeriod(from?: string, to?: string): PeriodSplit {
  const fromMs = from ? Date.parse(from) : null;
  const toMs = to ? Date.parse(to) : null;
  let first: string | null = null;
  if (fromMs !== null) {
    const m = monthOf(fromMs);
    first = monthStart(m) === fromMs ? m : nextMonth(m);
  }
  const end = toMs !== null ? monthOf(toMs) : null; // whole months end before the month `to` falls in
  if (first !== null && end !== null && first >= end) {
    return { months: null, partial: [{ from: from ?? null, to: to ?? null }] };
  }
  const iso = (ms: number) => new Date(ms).toISOString();
  const partial: PeriodSplit['partial'] = [];
  if (first !== null && fromMs! < monthStart(first)) partial.push({ from: iso(fromMs!), to: iso(monthStart(first)) });
  if (end !== null && monthStart(end) < toMs!) partial.push({ from: iso(monthStart(end)), to: iso(toMs!) });
  return {
    months: { fromMonth: first, toMonth: end, fromInstant: first ? iso(monthStart(first)) : null, toInstant: end ? iso(monthStart(end)) : null },
    partial,
  };
}
