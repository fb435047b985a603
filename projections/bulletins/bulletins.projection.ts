import { upcastBulletinEvent, type BulletinDrafted, type BulletinEvent, type BulletinPublished, type BulletinRevised } from '@app/domain';
import { batchProjection, type ProjectionTx } from '../projection';

export const BULLETINS = 'bulletins';

/** What the list shows as the period: the dates (language-neutral), or the free text of a bulletin drafted before dates. */
const periodText = (period: { from: string; to: string } | null, label?: string) => label ?? (period ? `${period.from} – ${period.to}` : null);

/**
 * GET /bulletins, /bulletins/:id and the public pages: each bulletin with its content and, once published, its
 * snapshot. Each event carries its stream version: older ones are skipped. v2: kind, body, dates and snapshot (#13).
 */
export const bulletinsProjection = batchProjection({
  name: BULLETINS,
  version: 2,
  handles: ['BulletinDrafted', 'BulletinRevised', 'BulletinPublished'],
  streamPrefixes: ['bulletin-'],
  tables: ['bulletin_list'],
  async applyBatch(tx: ProjectionTx, events) {
    const table = tx.table('bulletin_list');
    for (const recorded of events) {
      const event = upcastBulletinEvent({ type: recorded.type, data: recorded.data } as BulletinEvent);
      if (event.type === 'BulletinDrafted') {
        const d = event.data as BulletinDrafted['data'];
        await tx.query(
          `INSERT INTO ${table} (bulletin_id, title, period, region_id, issue_ids, status, drafted_at, version, number, kind, body, period_from, period_to)
           VALUES ($1, $2, $3, $4, $5::jsonb, 'draft', $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (bulletin_id) DO NOTHING`,
          [d.bulletinId, d.title ?? '', periodText(d.period, d.periodLabel), d.regionId ?? '', JSON.stringify(d.issueIds ?? []), d.draftedAt ?? recorded.recordedAt,
            recorded.version, d.number ?? null, d.kind, d.body, d.period?.from ?? null, d.period?.to ?? null],
        );
      } else if (event.type === 'BulletinRevised') {
        const d = event.data as BulletinRevised['data'];
        await tx.query(
          `UPDATE ${table} SET title = $2, period = $3, issue_ids = $4::jsonb, kind = $5, body = $6, period_from = $7, period_to = $8, revised_at = $9, version = $10
            WHERE bulletin_id = $1 AND version < $10 AND status = 'draft'`,
          [d.bulletinId, d.title, periodText(d.period), JSON.stringify(d.issueIds ?? []), d.kind, d.body ?? '', d.period?.from ?? null, d.period?.to ?? null, d.revisedAt ?? recorded.recordedAt, recorded.version],
        );
      } else if (event.type === 'BulletinPublished') {
        const d = event.data as BulletinPublished['data'];
        await tx.query(
          `UPDATE ${table} SET status = 'published', scope = $2, published_at = $3, version = $4, items = $5::jsonb WHERE bulletin_id = $1 AND version < $4`,
          [d.bulletinId, d.scope, d.publishedAt ?? recorded.recordedAt, recorded.version, d.items ? JSON.stringify(d.items) : null],
        );
      }
    }
  },
});
