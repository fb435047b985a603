import type { ConfigProblem } from './config-error';

/** The months of the school year that count for the monthly visit rule (DESIGN §3.5), globally and per region. */
export interface CountedMonthsConfig {
  months: number[];
  byRegion: Record<string, number[]>;
}

const DEFAULT_MONTHS = [1, 3, 4, 5, 6, 7, 9, 10, 11, 12];

function monthList(raw: unknown): number[] | null {
  const parts = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',').map((p) => p.trim()).filter(Boolean) : null;
  if (!parts || !parts.length) return null;
  const months = parts.map(Number);
  if (months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) return null;
  return [...new Set(months)].sort((a, b) => a - b);
}

/**
 * COVERAGE_COUNTED_MONTHS='1,3,4,5,6,7,9,10,11,12' (default: all but February and August);
 * COVERAGE_COUNTED_MONTHS_BY_REGION='{"r-x":[2,3,4,5,6,7,9,10,11,12]}' for regions with another school calendar.
 */
export function readCountedMonths(months: string | undefined, byRegion: string | undefined, problems: ConfigProblem[]): CountedMonthsConfig {
  const config: CountedMonthsConfig = { months: [...DEFAULT_MONTHS], byRegion: {} };
  if (months !== undefined && months.trim() !== '') {
    const parsed = monthList(months);
    if (parsed) config.months = parsed;
    else problems.push({ variable: 'COVERAGE_COUNTED_MONTHS', message: `must list month numbers 1–12 separated by commas, got ${JSON.stringify(months)}` });
  }
  if (byRegion !== undefined && byRegion.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(byRegion);
    } catch {
      parsed = null;
    }
    const entries = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.entries(parsed) : null;
    const lists = entries?.map(([region, list]) => [region, monthList(list)] as const);
    if (!lists || lists.some(([, list]) => !list)) {
      problems.push({ variable: 'COVERAGE_COUNTED_MONTHS_BY_REGION', message: 'must be JSON like {"r-x":[1,3,4,5,6,7,9,10,11,12]}' });
    } else {
      for (const [region, list] of lists) config.byRegion[region] = list!;
    }
  }
  return config;
}
