import type { ProjectionTx } from '../projection';

/** One row's share of a counter table: the key it counts under and what it adds there. */
export interface CountShare {
  key: Record<string, string>;
  /** the unit the row belongs to: the counter row takes its region and zone from it */
  unitId: string;
  regionId: string;
  counts: Record<string, number>;
}

interface Pending {
  key: Record<string, string>;
  unitId: string;
  regionId: string;
  counts: Record<string, number>;
}

/**
 * The changes a batch makes to a maintained counter table: every row moved from its old share to its new one.
 * Exact as long as `before` is what the table counted (read in the same transaction under the projection's lock).
 */
export class CountDeltas {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly keyColumns: readonly string[],
    private readonly countColumns: readonly string[],
  ) {}

  move(before: CountShare | null, after: CountShare | null): void {
    if (before) this.add(before, -1);
    if (after) this.add(after, +1);
  }

  private add(share: CountShare, sign: 1 | -1): void {
    const id = this.keyColumns.map((c) => share.key[c] ?? '').join('\u0000');
    let row = this.pending.get(id);
    if (!row) {
      row = { key: share.key, unitId: share.unitId, regionId: share.regionId, counts: Object.fromEntries(this.countColumns.map((c) => [c, 0])) };
      this.pending.set(id, row);
    }
    row.unitId = share.unitId;
    row.regionId = share.regionId;
    for (const column of this.countColumns) row.counts[column] += sign * (share.counts[column] ?? 0);
  }

  /** Adds the deltas to `table` (columns: the key, region_id, zone_id, the counts) in one statement. */
  async apply(tx: ProjectionTx, table: string): Promise<void> {
    const ids = [...this.pending.keys()].sort(); // one order for every batch: no lock-order surprises
    const rows = ids
      .map((id) => this.pending.get(id)!)
      .filter((row) => this.countColumns.some((c) => row.counts[c] !== 0))
      .map((row) => ({ ...row.key, unit_ref: row.unitId, region_id: row.regionId, ...row.counts }));
    if (rows.length === 0) return;
    const keys = this.keyColumns;
    const columns = [...keys, 'region_id', 'zone_id', ...this.countColumns];
    const shape = [...keys.map((c) => `${c} text`), 'unit_ref text', 'region_id text', ...this.countColumns.map((c) => `${c} ${c.startsWith('sum_') ? 'double precision' : 'integer'}`)];
    await tx.query(
      `INSERT INTO ${table} AS c (${columns.join(', ')})
       SELECT ${[...keys.map((c) => `r.${c}`), 'r.region_id', 'u.zone_id', ...this.countColumns.map((c) => `r.${c}`)].join(', ')}
         FROM jsonb_to_recordset($1::jsonb) AS r(${shape.join(', ')})
         LEFT JOIN registry_units u ON u.id = r.unit_ref
       ON CONFLICT (${this.keyColumns.join(', ')}) DO UPDATE SET
         region_id = EXCLUDED.region_id, zone_id = EXCLUDED.zone_id,
         ${this.countColumns.map((c) => `${c} = c.${c} + EXCLUDED.${c}`).join(', ')}`,
      [JSON.stringify(rows)],
    );
  }
}
