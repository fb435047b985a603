/**
 * CSV/formula injection (OWASP): a spreadsheet treats a cell that starts with = + - @ (or a tab or carriage return
 * that hides one) as a formula. Every text cell of every export is neutralised with a leading apostrophe, in CSV and
 * XLSX alike; numbers stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type Cell = string | number | null | undefined;

export function neutraliseFormula(value: Cell): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 with a UTF-8 BOM (Excel opens Chinese text correctly) and CRLF line ends. */
export function toCsv(header: string[], rows: Cell[][]): Buffer {
  const quote = (value: Cell) => {
    const safe = neutraliseFormula(value);
    const text = safe === null ? '' : String(safe);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const body = [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n');
  return Buffer.concat([Buffer.from('\ufeff', 'utf8'), Buffer.from(`${body}\r\n`, 'utf8')]);
}

type WriteXlsx = (data: unknown[][], options?: { columns?: { width: number }[]; stickyRowsCount?: number }) => { toBuffer(): Promise<Buffer> };

/**
 * write-excel-file (MIT, one dependency: fflate; no install scripts) builds the workbook; its package exports a
 * CommonJS entry at write-excel-file/node, which this project's CommonJS resolution loads by require.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const writeXlsxFile = require('write-excel-file/node') as WriteXlsx;

export async function toXlsx(header: string[], rows: Cell[][]): Promise<Buffer> {
  const text = (value: string | number | null) => (value === null ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String });
  const data = [
    header.map((h) => ({ value: h, type: String, fontWeight: 'bold' })),
    ...rows.map((row) => row.map((cell) => text(neutraliseFormula(cell)))),
  ];
  const widths = header.map((h, i) => Math.min(60, Math.max(8, width(h), ...rows.slice(0, 200).map((r) => width(r[i])))));
  return writeXlsxFile(data, { columns: widths.map((w) => ({ width: w })), stickyRowsCount: 1 }).toBuffer();
}

/** A CJK character takes two columns. */
function width(value: Cell): number {
  if (value === null || value === undefined) return 0;
  let n = 0;
  for (const ch of String(value)) n += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return n + 2;
}
