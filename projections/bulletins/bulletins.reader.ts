import type { Pool } from 'pg';
import type { ReadScope } from '../shared/read-scope';

const COLUMNS = `bulletin_id AS "bulletinId", number, title, period, region_id AS "regionId", issue_ids AS "issueIds", status, scope,
  drafted_at AS "draftedAt", published_at AS "publishedAt"`;

export class BulletinsReader {
  constructor(private readonly pool: Pool) {}

  /** Drafts and published bulletins, newest first, within the caller's regions. */
  async list(scope: ReadScope, page: number, pageSize: number) {
    const values: unknown[] = [];
    const where = scope.regionIds ? (values.push(scope.regionIds), `WHERE region_id = ANY($1::text[])`) : '';
    const [items, total] = await Promise.all([
      this.pool.query(`SELECT ${COLUMNS} FROM bulletin_list ${where} ORDER BY coalesce(published_at, drafted_at) DESC, bulletin_id
                        LIMIT $${values.length + 1} OFFSET $${values.length + 2}`, [...values, pageSize, (page - 1) * pageSize]),
      this.pool.query(`SELECT count(*)::int AS n FROM bulletin_list ${where}`, values),
    ]);
    return { items: items.rows, total: (total.rows[0] as { n: number }).n };
  }

  /** Published with scope public: anyone may read these. */
  async listPublic(page: number, pageSize: number) {
    const [items, total] = await Promise.all([
      this.pool.query(`SELECT bulletin_id AS "bulletinId", number, title, period, region_id AS "regionId", issue_ids AS "issueIds", published_at AS "publishedAt"
                         FROM bulletin_list WHERE scope = 'public' ORDER BY published_at DESC, bulletin_id LIMIT $1 OFFSET $2`, [pageSize, (page - 1) * pageSize]),
      this.pool.query(`SELECT count(*)::int AS n FROM bulletin_list WHERE scope = 'public'`),
    ]);
    return { items: items.rows, total: (total.rows[0] as { n: number }).n };
  }
}
