import type { Pool } from 'pg';
import type { ReadScope } from '../shared/read-scope';

export interface InboxReaderIdentity {
  id: string;
  role: string;
}

/**
 * Other streams' to-dos, kept by their own projections in tables shaped like inbox_items (one line per source):
 * few rows each, so they are counted directly rather than through maintained counts.
 */
const OTHER_SOURCES: readonly string[] = [
  'complaint_to_dos',
  'case_to_dos',
  'evaluation_to_dos',
];
const ITEM_COLUMNS = 'audience, kind, subject_id, unit_id, region_id, number, title, severity, due_at, since';
const ITEMS = `(SELECT ${ITEM_COLUMNS} FROM inbox_items${OTHER_SOURCES.map((t) => ` UNION ALL SELECT ${ITEM_COLUMNS} FROM ${t}`).join('')}) items`;
const COUNTS = `(SELECT audience, unit_id, kind, region_id, n FROM inbox_counts${OTHER_SOURCES.map((t) => ` UNION ALL SELECT audience, unit_id, kind, region_id, 1 FROM ${t}`).join('')}) counts`;

const COLUMNS = `kind, subject_id AS "subjectId", unit_id AS "unitId", region_id AS "regionId", number, title, severity, due_at AS "dueAt", since`;

/** The audiences a person reads: their role (within their jurisdiction) and themselves. Coordinators see every office item by role. */
export function audiencesOf(reader: InboxReaderIdentity): string[] {
  return reader.role === 'coordinator' ? ['role:coordinator'] : [`role:${reader.role}`, `user:${reader.id}`];
}

export class InboxReader {
  constructor(private readonly pool: Pool) {}

  /** Counts by kind, from the maintained counts (never the items). */
  async counts(reader: InboxReaderIdentity, scope: ReadScope): Promise<Record<string, number>> {
    const values: unknown[] = [audiencesOf(reader)];
    const where = ['audience = ANY($1::text[])', ...this.scope(scope, values)];
    const rows = await this.pool.query(`SELECT kind, sum(n)::int AS n FROM ${COUNTS} WHERE ${where.join(' AND ')} GROUP BY kind`, values);
    return Object.fromEntries((rows.rows as { kind: string; n: number }[]).filter((r) => r.n > 0).map((r) => [r.kind, r.n]));
  }

  /** The items, soonest due first (then oldest), paged. */
  async list(reader: InboxReaderIdentity, scope: ReadScope, filter: { kind?: string; page: number; pageSize: number }) {
    const values: unknown[] = [audiencesOf(reader)];
    const where = ['audience = ANY($1::text[])', ...this.scope(scope, values)];
    if (filter.kind) where.push(`kind = $${values.push(filter.kind)}`);
    const clause = where.join(' AND ');
    const [items, total] = await Promise.all([
      this.pool.query(
        `SELECT ${COLUMNS} FROM ${ITEMS} WHERE ${clause} ORDER BY due_at NULLS LAST, since, subject_id, kind LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
        [...values, filter.pageSize, (filter.page - 1) * filter.pageSize],
      ),
      this.pool.query(`SELECT count(*)::int AS n FROM ${ITEMS} WHERE ${clause}`, values),
    ]);
    const toIso = (v: Date | null) => (v ? new Date(v).toISOString() : null);
    return {
      items: (items.rows as Record<string, unknown>[]).map((r) => ({ ...r, dueAt: toIso(r.dueAt as Date | null), since: toIso(r.since as Date) })),
      total: (total.rows[0] as { n: number }).n,
    };
  }

  /** The reader's jurisdiction; an item addressed to them by name is theirs wherever it lies (a team member's review). */
  private scope(scope: ReadScope, values: unknown[]): string[] {
    const conditions: string[] = [];
    if (scope.regionIds) conditions.push(`region_id = ANY($${values.push(scope.regionIds)}::text[])`);
    if (scope.unitIds) conditions.push(`unit_id = ANY($${values.push(scope.unitIds)}::text[])`);
    return conditions.length ? [`(audience LIKE 'user:%' OR (${conditions.join(' AND ')}))`] : [];
  }
}
