import { endOfShanghaiDay, shanghaiDate, startOfShanghaiDay } from '../calendar/shanghai-time';

const QUARTER = /^(\d{4})Q([1-4])$/;

export function isQuarter(value: string): boolean {
  return typeof value === 'string' && QUARTER.test(value);
}

/** The Shanghai quarter of an instant, e.g. '2026Q2'. */
export function quarterOf(instant: string): string {
  const [y, m] = shanghaiDate(instant).split('-').map(Number);
  return `${y}Q${Math.floor((m - 1) / 3) + 1}`;
}

/** The quarter's first instant and its last (Shanghai days). */
export function quarterBounds(quarter: string): { from: string; to: string } {
  const [, y, q] = QUARTER.exec(quarter)!;
  const year = Number(y);
  const first = (Number(q) - 1) * 3 + 1;
  const lastMonth = first + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: startOfShanghaiDay(`${year}-${pad(first)}-01`), to: endOfShanghaiDay(`${year}-${pad(lastMonth)}-${pad(lastDay)}`) };
}

/** The quarter after `quarter`. */
export function nextQuarter(quarter: string): string {
  const [, y, q] = QUARTER.exec(quarter)!;
  return Number(q) === 4 ? `${Number(y) + 1}Q1` : `${y}Q${Number(q) + 1}`;
}
