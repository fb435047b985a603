import type { BulletinDrafted, EvaluationPublished, IssueRegistered, NumberAssigned, NumberReleased, RectificationOrdered } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import { batchProjection, type ProjectionTx } from '../projection';

export const DOCUMENT_NUMBERS = 'document-numbers';

/** The number a creating event carries (IssueRegistered.number, RectificationOrdered.orderNumber, BulletinDrafted.number, EvaluationPublished.number). */
function numberCarried(event: RecordedEvent): string | null {
  const data = event.data as Partial<IssueRegistered['data'] & RectificationOrdered['data'] & BulletinDrafted['data'] & EvaluationPublished['data']> | null;
  const value = event.type === 'RectificationOrdered' ? data?.orderNumber : data?.number;
  return typeof value === 'string' && value ? value : null;
}

/**
 * Which numbers were claimed, used and released: a claim whose stream never came to carry it (a crash between the
 * claim and the creation) stays 'claimed' and shows in GET /admin/numbers/unused — visible, never silently lost.
 */
export const documentNumbersProjection = batchProjection({
  name: DOCUMENT_NUMBERS,
  version: 2,
  handles: ['NumberAssigned', 'NumberReleased', 'IssueRegistered', 'RectificationOrdered', 'BulletinDrafted', 'EvaluationPublished'],
  streamPrefixes: ['numbering-', 'issue-', 'bulletin-', 'evaluation-'],
  tables: ['document_numbers'],
  async applyBatch(tx: ProjectionTx, events) {
    const table = tx.table('document_numbers');
    for (const event of events) {
      if (event.type === 'NumberAssigned' && event.stream.startsWith('numbering-')) {
        const d = event.data as NumberAssigned['data'];
        if (!d || typeof d.seq !== 'number') continue;
        await tx.query(
          `INSERT INTO ${table} (kind, region_id, year, seq, number, stream_id, command_id, status, claimed_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'claimed', $8)
           ON CONFLICT (kind, region_id, year, seq) DO UPDATE SET number = EXCLUDED.number, stream_id = EXCLUDED.stream_id,
             command_id = EXCLUDED.command_id, status = 'claimed', claimed_at = EXCLUDED.claimed_at, used_at = NULL, released_at = NULL
           WHERE ${table}.command_id <> EXCLUDED.command_id OR ${table}.status = 'released'`,
          [d.kind, d.regionId, d.year, d.seq, d.number, d.streamId, d.commandId, d.assignedAt ?? event.recordedAt],
        );
      } else if (event.type === 'NumberReleased' && event.stream.startsWith('numbering-')) {
        const d = event.data as NumberReleased['data'];
        await tx.query(
          `UPDATE ${table} SET status = 'released', released_at = $3 WHERE seq = $1 AND command_id = $2 AND status = 'claimed'
             AND kind || '-' || region_id || '-' || year = $4`,
          [d.seq, d.commandId, d.releasedAt ?? event.recordedAt, event.stream.slice('numbering-'.length)],
        );
      } else {
        const number = numberCarried(event);
        if (!number) continue;
        await tx.query(`UPDATE ${table} SET status = 'used', used_at = $3 WHERE stream_id = $1 AND number = $2 AND status <> 'used'`, [
          event.stream, number, event.recordedAt,
        ]);
      }
    }
  },
});
