/** A small RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, a BOM. No dependency. */
export interface CsvRecord {
  /** 1-based line number where the record starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface CsvParseResult {
  header: string[];
  records: CsvRecord[];
  errors: { line: number; message: string }[];
}

export function parseCsv(text: string): CsvParseResult {
  const rows: { line: number; cells: string[] }[] = [];
  const errors: { line: number; message: string }[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let cells: string[] = [];
  let cell = '';
  let rowLine = 1;
  let quoted = false;
  let wasQuoted = false;
  const endCell = () => {
    cells.push(wasQuoted ? cell : cell.trim());
    cell = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
    cells = [];
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"') {
      if (cell.trim() !== '') errors.push({ line, message: 'a quote may only start a field' });
      cell = '';
      quoted = true;
      wasQuoted = true;
    } else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') continue;
    else if (c === '\n' || c === '\r') {
      endRow();
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (quoted) errors.push({ line: rowLine, message: 'a quoted field is not closed' });
  if (cell !== '' || cells.length || wasQuoted) endRow();

  const [head, ...body] = rows;
  if (!head) return { header: [], records: [], errors: errors.length ? errors : [{ line: 1, message: 'the file is empty (a header row is required)' }] };
  const header = head.cells.map((h) => h.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (!name) errors.push({ line: head.line, message: 'a header cell is empty' });
    else if (seen.has(name)) errors.push({ line: head.line, message: `the column '${name}' appears twice` });
    seen.add(name);
  }
  const records: CsvRecord[] = [];
  for (const row of body) {
    if (row.cells.length !== header.length) {
      errors.push({ line: row.line, message: `has ${row.cells.length} fields, the header has ${header.length}` });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((name, index) => (values[name] = row.cells[index]));
    records.push({ line: row.line, values });
  }
  return { header, records, errors };
}
