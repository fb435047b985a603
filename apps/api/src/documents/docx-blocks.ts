import {
  AlignmentType, BorderStyle, Document, LineRuleType, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';

/** The building blocks of the office's Word documents (.docx, A4): 红头, title, body text, table, signature. */
const FONT = { eastAsia: '仿宋', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const HEAD_FONT = { eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const BOLD_FONT = { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };

export const run = (text: string, options: { size?: number; bold?: boolean; color?: string; font?: typeof FONT } = {}) =>
  new TextRun({ text, size: options.size ?? 32, bold: options.bold, color: options.color, font: options.font ?? FONT });

export const docxHeader = (office: string, number: string): Paragraph[] => [
  new Paragraph({ alignment: AlignmentType.CENTER, children: [run(office, { size: 52, bold: true, color: 'C00000', font: HEAD_FONT })] }),
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'C00000', space: 6 } },
    children: [run(number)],
  }),
];

export const docxTitle = (title: string, subtitle: string): Paragraph[] => [
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 120 }, children: [run(title, { size: 40, font: HEAD_FONT })] }),
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(subtitle, { size: 24, color: '555555' })] }),
];

export const docxHeading = (heading: string): Paragraph =>
  new Paragraph({ spacing: { before: 240, after: 120 }, children: [run(heading, { font: BOLD_FONT })] });

export const docxParagraphs = (paragraphs: string[]): Paragraph[] =>
  paragraphs.map((p) => new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560, lineRule: LineRuleType.EXACT }, children: [run(p)] }));

export const docxNote = (note: string): Paragraph => new Paragraph({ spacing: { before: 200, after: 120 }, children: [run(note, { size: 21, color: '555555' })] });

export const docxSignature = (office: string, signedOn: string): Paragraph[] => [
  new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 600 }, children: [run(office)] }),
  new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(signedOn)] }),
];

/** A table with a shaded header row repeated on each page; widths in twips (≈ 9026 between 2.5 cm margins). */
export function docxTable(columns: string[], rows: string[][], widths: number[]): Table {
  const cell = (text: string, header: boolean, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
      children: [new Paragraph({ children: [run(text, { size: 18, bold: header })] })],
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c, true, widths[i])) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, false, widths[i])) })),
    ],
  });
}

/** One A4 section with 2.5 cm margins, packed. */
export function packDocx(meta: { title: string; subject: string; creator: string }, children: Array<Paragraph | Table>): Promise<Buffer> {
  const document = new Document({
    ...meta,
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } }, children }],
  });
  return Packer.toBuffer(document);
}
