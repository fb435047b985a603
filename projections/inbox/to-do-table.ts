import type { ProjectionTx } from '../projection';
import type { InboxItem } from './inbox-item';

/**
 * A table of to-dos shaped like inbox_items, kept by another stream's projection and read by the inbox (OTHER_SOURCES).
 * Migrations create tables from it: a change of shape is a new migration, never an edit here. (inbox_items itself,
 * the first such table, keeps its own copy in its migration, with the indexes the inbox's reads need.)
 */
export const TO_DO_TABLE_DDL = [
  `CREATE TABLE %T (
        audience text NOT NULL,
        kind text NOT NULL,
        subject_id text NOT NULL,
        unit_id text NOT NULL,
        region_id text NOT NULL,
        number text,
        title text NOT NULL,
        severity text,
        due_at timestamptz,
        since timestamptz NOT NULL,
        PRIMARY KEY (audience, kind, subject_id)
      )`,
  `CREATE INDEX %T_subject ON %T (subject_id)`,
];

/** The subjects' to-dos replaced as a whole (a step done removes its item). */
export async function replaceToDos(tx: ProjectionTx, table: string, subjectIds: string[], items: InboxItem[]): Promise<void> {
  await tx.query(`DELETE FROM ${table} WHERE subject_id = ANY($1::text[])`, [subjectIds]);
  if (items.length === 0) return;
  await tx.query(
    `INSERT INTO ${table} (audience, kind, subject_id, unit_id, region_id, number, title, severity, due_at, since)
     SELECT audience, kind, "subjectId", "unitId", "regionId", number, title, severity, "dueAt", since
       FROM jsonb_to_recordset($1::jsonb) AS r(audience text, kind text, "subjectId" text, "unitId" text, "regionId" text, number text,
            title text, severity text, "dueAt" timestamptz, since timestamptz)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(items)],
  );
}
