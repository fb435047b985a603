import type { Pool } from 'pg';
import type { ReadScope } from '../shared/read-scope';

export interface UnusedNumber {
  kind: string; regionId: string; year: number; seq: number; number: string; streamId: string; claimedAt: string;
}

/** The audit of claimed-but-unused numbers: a claim older than `graceSeconds` whose stream never carried it. */
export class DocumentNumbersReader {
  constructor(private readonly pool: Pool) {}

  async unused(scope: ReadScope, now: string, graceSeconds = 300): Promise<{ items: UnusedNumber[]; total: number }> {
    const values: unknown[] = [now, graceSeconds];
    const regions = scope.regionIds ? `AND region_id = ANY($${values.push(scope.regionIds)}::text[])` : scope.unitIds ? 'AND false' : '';
    const rows = await this.pool.query(
      `SELECT kind, region_id AS "regionId", year, seq, number, stream_id AS "streamId", claimed_at AS "claimedAt"
         FROM document_numbers
        WHERE status = 'claimed' AND claimed_at < $1::timestamptz - make_interval(secs => $2) ${regions}
        ORDER BY claimed_at LIMIT 1000`,
      values,
    );
    const items = (rows.rows as (UnusedNumber & { claimedAt: Date })[]).map((r) => ({ ...r, claimedAt: new Date(r.claimedAt).toISOString() }));
    return { items, total: items.length };
  }
}
