import { shanghaiDate } from '../calendar/shanghai-time';
import type { NumberedKind } from './numbering.events';

/** The numbering year: the Asia/Shanghai calendar year of the moment of creation. */
export function numberingYear(now: string): number {
  return Number(shanghaiDate(now).slice(0, 4));
}

/** Default patterns: `{region}` the region's short name, `{year}`, `{seq}` the counter (no padding, as printed on documents). */
export const DEFAULT_NUMBER_PATTERNS: Readonly<Record<string, string>> = {
  issue: '{region}督问〔{year}〕{seq}号',
  order: '督改〔{year}〕{seq}号',
  bulletin: '督通〔{year}〕{seq}号',
  matter: '督查〔{year}〕{seq}号',
  complaint: '{region}督诉〔{year}〕{seq}号',
  evaluation: '督评〔{year}〕{seq}号',
};

export function isNumberPattern(pattern: string): boolean {
  return typeof pattern === 'string' && pattern.includes('{seq}') && pattern.length <= 80;
}

export function formatDocumentNumber(pattern: string, values: { region: string; year: number; seq: number }): string {
  return pattern
    .split('{region}').join(values.region)
    .split('{year}').join(String(values.year))
    .split('{seq}').join(String(values.seq));
}

/** One counter stream per kind, region and year: its version is the concurrency guard of the numbers it hands out. */
export const numberingStream = (kind: NumberedKind, regionId: string, year: number): string => `numbering-${kind}-${regionId}-${year}`;
