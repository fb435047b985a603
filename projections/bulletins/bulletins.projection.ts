import type { BulletinDrafted, BulletinPublished } from '@app/domain';
import { batchProjection, type ProjectionTx } from '../projection';

export const BULLETINS = 'bulletins';

/** GET /bulletins and GET /public/bulletins. Each event carries its stream version: older ones are skipped. */
export const bulletinsProjection = batchProjection({
  name: BULLETINS,
  version: 1,
  handles: ['BulletinDrafted', 'BulletinPublished'],
  streamPrefixes: ['bulletin-'],
  tables: ['bulletin_list'],
  async applyBatch(tx: ProjectionTx, events) {
    const table = tx.table('bulletin_list');
    for (const event of events) {
      if (event.type === 'BulletinDrafted') {
        const d = event.data as BulletinDrafted['data'];
        await tx.query(
          `INSERT INTO ${table} (bulletin_id, title, period, region_id, issue_ids, status, drafted_at, version, number)
           VALUES ($1, $2, $3, $4, $5::jsonb, 'draft', $6, $7, $8) ON CONFLICT (bulletin_id) DO NOTHING`,
          [d.bulletinId, d.title ?? '', d.period ?? null, d.regionId ?? '', JSON.stringify(d.issueIds ?? []), d.draftedAt ?? event.recordedAt, event.version, d.number ?? null],
        );
      } else if (event.type === 'BulletinPublished') {
        const d = event.data as BulletinPublished['data'];
        await tx.query(
          `UPDATE ${table} SET status = 'published', scope = $2, published_at = $3, version = $4 WHERE bulletin_id = $1 AND version < $4`,
          [d.bulletinId, d.scope, d.publishedAt ?? event.recordedAt, event.version],
        );
      }
    }
  },
});
