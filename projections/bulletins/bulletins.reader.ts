import type { Pool } from 'pg';
import type { BulletinItem } from '@app/domain';
import type { ReadScope } from '../shared/read-scope';

const LIST_COLUMNS = `bulletin_id AS "bulletinId", number, kind, title, period, to_char(period_from, 'YYYY-MM-DD') AS "periodFrom", to_char(period_to, 'YYYY-MM-DD') AS "periodTo",
  region_id AS "regionId", issue_ids AS "issueIds", status, scope, drafted_at AS "draftedAt", published_at AS "publishedAt"`;
const DETAIL_COLUMNS = `b.bulletin_id AS "bulletinId", b.number, b.kind, b.title, b.period, to_char(b.period_from, 'YYYY-MM-DD') AS "periodFrom",
  to_char(b.period_to, 'YYYY-MM-DD') AS "periodTo", b.body, b.region_id AS "regionId", r.name AS "regionName", b.issue_ids AS "issueIds", b.status, b.scope,
  b.drafted_at AS "draftedAt", b.revised_at AS "revisedAt", b.published_at AS "publishedAt", b.items, b.version`;

export interface BulletinDocument {
  bulletinId: string; number: string | null; kind: string; title: string; period: string | null; periodFrom: string | null; periodTo: string | null;
  body: string; regionId: string; regionName: string | null; issueIds: string[]; status: 'draft' | 'published'; scope: 'internal' | 'public' | null;
  draftedAt: string; revisedAt: string | null; publishedAt: string | null; items: BulletinItem[] | null; version: number;
}

export type CategoryNames = Record<string, { zh: string; en: string }>;

/** What a draft lists, as the issues are now (published bulletins show their snapshot instead). */
export interface DraftPreviewItem {
  issueId: string; number: string | null; unitName: string | null; category: string; severity: string; title: string; status: string; deadline: string | null; overdue: boolean;
}

/** A published item as anyone may read it: no ids, no persons (a person held accountable shows only as their unit). */
export type PublicBulletinItem = Omit<BulletinItem, 'issueId' | 'issueVersion' | 'unitId' | 'regionId' | 'accountabilityUnits'> & {
  accountabilityUnits: Array<{ kind: 'unit' | 'person'; unitName: string | null }>;
};

export function publicItem(item: BulletinItem): PublicBulletinItem {
  const { issueId: _i, issueVersion: _v, unitId: _u, regionId: _r, accountabilityUnits, ...rest } = item;
  return { ...rest, accountabilityUnits: (accountabilityUnits ?? []).map(({ kind, unitName }) => ({ kind, unitName })) };
}

export class BulletinsReader {
  constructor(private readonly pool: Pool) {}

  /** Drafts and published bulletins, newest first, within the caller's regions. */
  async list(scope: ReadScope, page: number, pageSize: number) {
    const values: unknown[] = [];
    const where = scope.regionIds ? (values.push(scope.regionIds), `WHERE region_id = ANY($1::text[])`) : '';
    const [items, total] = await Promise.all([
      this.pool.query(`SELECT ${LIST_COLUMNS} FROM bulletin_list ${where} ORDER BY coalesce(published_at, drafted_at) DESC, bulletin_id
                        LIMIT $${values.length + 1} OFFSET $${values.length + 2}`, [...values, pageSize, (page - 1) * pageSize]),
      this.pool.query(`SELECT count(*)::int AS n FROM bulletin_list ${where}`, values),
    ]);
    return { items: items.rows, total: (total.rows[0] as { n: number }).n };
  }

  /** Published with scope public: anyone may read these. */
  async listPublic(page: number, pageSize: number) {
    const [items, total] = await Promise.all([
      this.pool.query(`SELECT bulletin_id AS "bulletinId", number, kind, title, period, to_char(period_from, 'YYYY-MM-DD') AS "periodFrom", to_char(period_to, 'YYYY-MM-DD') AS "periodTo",
                              region_id AS "regionId", issue_ids AS "issueIds", published_at AS "publishedAt"
                         FROM bulletin_list WHERE scope = 'public' ORDER BY published_at DESC, bulletin_id LIMIT $1 OFFSET $2`, [pageSize, (page - 1) * pageSize]),
      this.pool.query(`SELECT count(*)::int AS n FROM bulletin_list WHERE scope = 'public'`),
    ]);
    return { items: items.rows, total: (total.rows[0] as { n: number }).n };
  }

  /** One bulletin in the caller's regions (null otherwise), with what its draft lists as the issues are now. */
  async get(bulletinId: string, scope: ReadScope): Promise<(BulletinDocument & { preview: DraftPreviewItem[] | null; categoryNames: CategoryNames }) | null> {
    const document = await this.find(bulletinId);
    if (!document || (scope.regionIds && !scope.regionIds.includes(document.regionId)) || (scope.unitIds && !scope.regionIds)) return null;
    if (document.status !== 'draft') return { ...document, preview: null, categoryNames: await this.categoryNames(document.items ?? []) };
    const { rows } = await this.pool.query(
      `SELECT issue_id AS "issueId", state->>'number' AS number, unit_name AS "unitName", category, severity, title, status, deadline, overdue
         FROM issue_summary WHERE issue_id = ANY($1::text[])`,
      [document.issueIds],
    );
    const byId = new Map((rows as DraftPreviewItem[]).map((row) => [row.issueId, row]));
    const preview = document.issueIds.map((id) => byId.get(id)).filter((row): row is DraftPreviewItem => !!row);
    return { ...document, preview, categoryNames: await this.categoryNames(preview) };
  }

  /** A bulletin published to the public, as the public sees it; null for anything else. */
  async getPublic(bulletinId: string) {
    const document = await this.find(bulletinId);
    if (!document || document.status !== 'published' || document.scope !== 'public') return null;
    const { issueIds: _ids, version: _version, revisedAt: _revised, draftedAt: _drafted, items, ...rest } = document;
    return { ...rest, items: (items ?? []).map(publicItem), categoryNames: await this.categoryNames(items ?? []) };
  }

  /** The names of the categories the items use, in both languages (the public reads them without the registry). */
  private async categoryNames(items: ReadonlyArray<{ category: string }>): Promise<CategoryNames> {
    const codes = [...new Set(items.map((item) => item.category))];
    if (codes.length === 0) return {};
    const { rows } = await this.pool.query(`SELECT code, name, name_en FROM registry_categories WHERE code = ANY($1::text[])`, [codes]);
    return Object.fromEntries((rows as { code: string; name: string; name_en: string | null }[]).map((row) => [row.code, { zh: row.name, en: row.name_en ?? row.name }]));
  }

  private async find(bulletinId: string): Promise<BulletinDocument | null> {
    const { rows } = await this.pool.query(
      `SELECT ${DETAIL_COLUMNS} FROM bulletin_list b LEFT JOIN registry_regions r ON r.id = b.region_id WHERE b.bulletin_id = $1`,
      [bulletinId],
    );
    return (rows[0] as BulletinDocument | undefined) ?? null;
  }
}
