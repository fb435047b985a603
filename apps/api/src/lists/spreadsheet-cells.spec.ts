import { neutraliseFormula, toCsv, toXlsx } from './spreadsheet-cells';
import { inflateRawSync } from 'node:zlib';

/** Reads one file out of a zip (the xlsx container) through its central directory, without a library. */
function zipEntry(zip: Buffer, name: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (entryName === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} not found`);
}

describe('spreadsheet cells', () => {
  const attacks = ['=HYPERLINK("http://evil.example","点我")', '+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0', '-2+3', '\t=1+1', '\r=1+1'];

  it('neutralises every formula start with an apostrophe and leaves other text and numbers alone', () => {
    for (const attack of attacks) expect(neutraliseFormula(attack)).toBe(`'${attack}`);
    expect(neutraliseFormula('消防通道堵塞')).toBe('消防通道堵塞');
    expect(neutraliseFormula(-3)).toBe(-3);
    expect(neutraliseFormula(null)).toBeNull();
  });

  it('writes a CSV with a BOM, quoted where needed, no cell starting a formula', () => {
    const csv = toCsv(['标题', '天数'], [[attacks[0], 3], [attacks[1], -1], [attacks[2], null], ['a,"b"', 0]]).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const cells = csv.slice(1).split('\r\n').filter(Boolean).flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
    for (const cell of cells) expect(cell).not.toMatch(/^[=+@\t\r]/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
    expect(csv).toContain(`'+cmd|' /C calc'!A0,-1`);
    expect(csv).toContain('"a,""b""",0');
  });

  it('writes an XLSX whose text cells are strings, never formulas, and neutralised too', async () => {
    const xlsx = await toXlsx(['标题', '天数'], [[attacks[0], 3], [attacks[2], 5]]);
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    const sheet = zipEntry(xlsx, 'xl/worksheets/sheet1.xml');
    expect(sheet).not.toContain('<f>');
    const strings = (() => {
      try {
        return zipEntry(xlsx, 'xl/sharedStrings.xml');
      } catch {
        return sheet;
      }
    })();
    expect(strings).toContain("'=HYPERLINK(");
    expect(strings).toContain("'@SUM(");
    expect(strings).toContain('标题');
  });
});
