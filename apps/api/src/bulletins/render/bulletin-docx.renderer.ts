import { AlignmentType, BorderStyle, Document, LineRuleType, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { BulletinRenderModel } from './bulletin-render.model';

const FONT = { eastAsia: '仿宋', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const HEAD_FONT = { eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
/** twentieths of a point per column (A4 portrait, 2.5 cm margins ≈ 9026 twips) */
const WIDTHS = [420, 1000, 1000, 1250, 800, 800, 1250, 700, 1000, 806];

const run = (text: string, options: { size?: number; bold?: boolean; color?: string; font?: typeof FONT } = {}) =>
  new TextRun({ text, size: options.size ?? 32, bold: options.bold, color: options.color, font: options.font ?? FONT });

/** A bulletin as a Word document (.docx, what offices circulate): red header, number, title, body, table, date. */
export async function renderBulletinDocx(model: BulletinRenderModel): Promise<Buffer> {
  const cell = (text: string, header: boolean, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
      children: [new Paragraph({ children: [run(text, { size: 18, bold: header })] })],
    });
  const table = new Table({
    width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: WIDTHS,
    rows: [
      new TableRow({ tableHeader: true, children: model.columns.map((c, i) => cell(c, true, WIDTHS[i])) }),
      ...model.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, false, WIDTHS[i])) })),
    ],
  });
  const document = new Document({
    title: model.title,
    subject: model.number,
    creator: model.office,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run(model.office, { size: 52, bold: true, color: 'C00000', font: HEAD_FONT })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 240, after: 120 },
            border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'C00000', space: 6 } },
            children: [run(model.number)],
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 120 }, children: [run(model.title, { size: 40, font: HEAD_FONT })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run([model.kind, model.period ? `通报期间：${model.period}` : ''].filter(Boolean).join('　'), { size: 24, color: '555555' })] }),
          ...model.paragraphs.map((p) => new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560, lineRule: LineRuleType.EXACT }, children: [run(p)] })),
          new Paragraph({ spacing: { before: 200, after: 120 }, children: [run(model.note, { size: 21, color: '555555' })] }),
          ...(model.rows.length ? [table] : []),
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 600 }, children: [run(model.office)] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(model.signedOn)] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
