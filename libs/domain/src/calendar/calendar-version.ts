/**
 * Calendar versions: `CN-<years>@<one content hash per year>`, e.g. `CN-2026-2027@3f9a1c2e.provisional-7b0d44e1`.
 * A provisional year's hash carries the word `provisional`, so a deadline computed on a year not yet published
 * says so in its version, and the version alone tells which data of which year a deadline was computed with.
 */
export interface VersionedYear {
  year: number;
  hash: string;
  provisional: boolean;
}

const PREFIX = 'CN';
const PROVISIONAL = 'provisional-';

export function formatCalendarVersion(years: readonly VersionedYear[]): string {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const hashes = sorted.map((y) => (y.provisional ? `${PROVISIONAL}${y.hash}` : y.hash)).join('.');
  return `${PREFIX}-${yearRanges(sorted.map((y) => y.year))}@${hashes}`;
}

/** The years and hashes of a version; null for a version of another form (e.g. the bundled file's `CN-2024-2026@<12 hex>`). */
export function parseCalendarVersion(version: string): VersionedYear[] | null {
  const match = /^CN-([0-9,-]+)@([a-z0-9.-]+)$/.exec(typeof version === 'string' ? version : '');
  if (!match) return null;
  const years = expandYearRanges(match[1]);
  const hashes = match[2].split('.');
  if (!years || years.length !== hashes.length) return null;
  const parsed: VersionedYear[] = [];
  for (let i = 0; i < years.length; i++) {
    const provisional = hashes[i].startsWith(PROVISIONAL);
    const hash = provisional ? hashes[i].slice(PROVISIONAL.length) : hashes[i];
    if (!/^[0-9a-f]{8}$/.test(hash)) return null;
    parsed.push({ year: years[i], hash, provisional });
  }
  return parsed;
}

/** [2024, 2025, 2026, 2028] → '2024-2026,2028' */
function yearRanges(years: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    parts.push(j === i ? String(years[i]) : `${years[i]}-${years[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

function expandYearRanges(text: string): number[] | null {
  const years: number[] = [];
  for (const part of text.split(',')) {
    const match = /^(\d{4})(?:-(\d{4}))?$/.exec(part);
    if (!match) return null;
    const from = Number(match[1]);
    const to = match[2] ? Number(match[2]) : from;
    if (to < from || to - from > 200) return null;
    for (let year = from; year <= to; year++) years.push(year);
  }
  return years;
}
