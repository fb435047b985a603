// With the bundled loader, the only files of the domain that import from node: hashing is deterministic, no I/O.
// (The web builds its calendar from GET /api/calendar, hashes included, and never imports this file.)
import { createHash } from 'node:crypto';

/** The content hash of a year's dates (names and sources do not change a deadline, so they are not hashed). */
export function yearContentHash(year: number, holidays: readonly string[], workdays: readonly string[]): string {
  const canonical = JSON.stringify({ year, holidays: [...new Set(holidays)].sort(), workdays: [...new Set(workdays)].sort() });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 8);
}
