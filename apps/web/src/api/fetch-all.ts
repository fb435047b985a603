import { get } from './client';
import { listPath } from './list-query';
import type { Loose, Page } from './types';

/** Reads a paged list (DESIGN §4 `{items, total}`) up to `limit` rows, page by page. */
export async function fetchAll(path: string, signal: AbortSignal, limit = 1000): Promise<Page<Loose>> {
  const pageSize = 100;
  const items: Loose[] = [];
  let total = 0;
  for (let page = 1; items.length < limit; page++) {
    const answer = await get<Page<Loose> | Loose[]>(listPath(path, { page, pageSize }), signal);
    const rows = Array.isArray(answer) ? answer : (answer.items ?? []);
    total = Array.isArray(answer) ? rows.length : (answer.total ?? rows.length);
    items.push(...rows);
    if (Array.isArray(answer) || rows.length < pageSize || items.length >= total) break;
  }
  return { items, total };
}
