import { AlignmentType, BorderStyle, Document, LineRuleType, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocumentBlock, OfficialDocument } from './official-document.model';

const FONT = { eastAsia: '仿宋', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const HEAD_FONT = { eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const BLACK_FONT = { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
/** A4 portrait between 2.5 cm margins, in twentieths of a point */
const TEXT_WIDTH = 9026;

const run = (text: string, options: { size?: number; bold?: boolean; color?: string; font?: typeof FONT } = {}) =>
  new TextRun({ text, size: options.size ?? 32, bold: options.bold, color: options.color, font: options.font ?? FONT });

/** An official document as a Word file (.docx): red header, number, title, blocks, signature. */
export async function renderOfficialDocx(model: OfficialDocument): Promise<Buffer> {
  const document = new Document({
    title: model.title,
    subject: model.number,
    creator: model.office,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run(model.office, { size: 48, bold: true, color: 'C00000', font: HEAD_FONT })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 240, after: 120 },
            border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'C00000', space: 6 } },
            children: [run(model.number)],
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 120 }, children: [run(model.title, { size: 40, font: HEAD_FONT })] }),
          ...(model.subtitle ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(model.subtitle, { size: 24, color: '555555' })] })] : []),
          ...model.blocks.flatMap(block),
          ...model.signature.filter(Boolean).map((line, i) => new Paragraph({ alignment: AlignmentType.RIGHT, spacing: i === 0 ? { before: 600 } : undefined, children: [run(line)] })),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function block(b: DocumentBlock): Array<Paragraph | Table> {
  if (b.kind === 'heading') return [new Paragraph({ spacing: { before: 200, after: 80 }, children: [run(b.text, { font: BLACK_FONT })] })];
  if (b.kind === 'paragraph') return [new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560, lineRule: LineRuleType.EXACT }, children: [run(b.text)] })];
  if (b.kind === 'fields') return b.rows.map(([label, value]) => new Paragraph({ children: [run(`${label}：`, { bold: true }), run(value || '—')] }));
  const sum = b.widths.reduce((x, y) => x + y, 0);
  const widths = b.widths.map((w) => Math.floor((w / sum) * TEXT_WIDTH));
  const cell = (text: string, header: boolean, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
      children: [new Paragraph({ children: [run(text, { size: 20, bold: header })] })],
    });
  return [
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, children: b.columns.map((c, i) => cell(c, true, widths[i])) }),
        ...b.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, false, widths[i])) })),
      ],
    }),
    new Paragraph({ children: [] }),
  ];
}
