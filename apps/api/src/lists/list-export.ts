import { StreamableFile } from '@nestjs/common';
import type { Cell } from './spreadsheet-cells';
import { toCsv, toXlsx } from './spreadsheet-cells';
import type { Lang } from './export-vocabulary';

export type ListFormat = 'csv' | 'xlsx';

/** One exported column: its heading in both languages and how a row fills it. */
export interface ExportColumn<T> {
  zh: string;
  en: string;
  value(row: T, lang: Lang): Cell;
}

/** A list read as the API pages it (DESIGN §4): `{items, total}`. */
export type PageReader<T> = (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>;

export interface ListRequest {
  page: number;
  pageSize: number;
  format?: ListFormat;
  lang?: Lang;
}

export const MAX_EXPORT_ROWS = 20_000;
const EXPORT_PAGE = 500;

/**
 * The one list path: without `format` a page `{items, total}`; with `format=csv|xlsx` every matching row (up to
 * MAX_EXPORT_ROWS) as a file whose headings and words are in `lang` (Chinese by default), formula-safe.
 */
export async function answerList<T>(request: ListRequest, read: PageReader<T>, columns: ExportColumn<T>[], name: string): Promise<{ items: T[]; total: number } | StreamableFile> {
  if (!request.format) return read(request.page, request.pageSize);
  const rows: T[] = [];
  for (let page = 1; rows.length < MAX_EXPORT_ROWS; page++) {
    const { items } = await read(page, EXPORT_PAGE);
    rows.push(...items);
    if (items.length < EXPORT_PAGE) break;
  }
  return exportFile(request.format, request.lang ?? 'zh', name, columns, rows.slice(0, MAX_EXPORT_ROWS));
}

export async function exportFile<T>(format: ListFormat, lang: Lang, name: string, columns: ExportColumn<T>[], rows: T[]): Promise<StreamableFile> {
  const header = columns.map((c) => (lang === 'en' ? c.en : c.zh));
  const cells = rows.map((row) => columns.map((c) => c.value(row, lang)));
  const filename = `${name}.${format}`;
  const disposition = `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
  if (format === 'csv') {
    const body = toCsv(header, cells);
    return new StreamableFile(body, { type: 'text/csv; charset=utf-8', disposition, length: body.length });
  }
  const body = await toXlsx(header, cells);
  return new StreamableFile(body, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', disposition, length: body.length });
}

/** `issues-2026-03-02`: what the list is and the Beijing date it was taken. */
export function exportName(list: string, clock: { now(): string }): string {
  return `${list}-${new Date(Date.parse(clock.now()) + 8 * 3_600_000).toISOString().slice(0, 10)}`;
}
