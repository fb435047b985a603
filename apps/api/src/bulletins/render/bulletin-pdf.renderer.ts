import PDFDocument from 'pdfkit';
import type { BulletinRenderModel } from './bulletin-render.model';
import { cjkFonts } from './cjk-fonts';

const RED = '#c00000';
const MARGIN = 56;
/** Column widths (points) of the items table on A4 portrait between the margins (483 pt). */
const WIDTHS = [20, 58, 58, 68, 42, 52, 68, 36, 50, 31];

/** A bulletin as a PDF on A4: red header with the office and number, title, period, body, the table and the date. */
export function renderBulletinPdf(model: BulletinRenderModel): Promise<Buffer> {
  const { regular, bold } = cjkFonts();
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: model.title, Subject: model.number, Author: model.office } });
  doc.registerFont('sc', regular);
  doc.registerFont('sc-bold', bold);
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;

  doc.font('sc-bold').fontSize(24).fillColor(RED).text(model.office, { align: 'center', characterSpacing: 2 });
  doc.moveDown(0.4).font('sc').fontSize(12).fillColor('black').text(model.number || ' ', { align: 'center' });
  const ruleY = doc.y + 6;
  doc.moveTo(MARGIN, ruleY).lineTo(MARGIN + width, ruleY).lineWidth(1.5).strokeColor(RED).stroke();
  doc.y = ruleY + 16;
  doc.font('sc-bold').fontSize(17).fillColor('black').text(model.title, { align: 'center' });
  doc.moveDown(0.3).font('sc').fontSize(10.5).fillColor('#555').text([model.kind, model.period ? `通报期间：${model.period}` : ''].filter(Boolean).join('　'), { align: 'center' });
  doc.moveDown(0.8).fillColor('black').fontSize(12);
  for (const paragraph of model.paragraphs) doc.text(paragraph, { indent: 24, lineGap: 4, paragraphGap: 4 });
  doc.moveDown(0.5).fontSize(9).fillColor('#555').text(model.note);
  doc.moveDown(0.4).fillColor('black');
  if (model.rows.length) table(doc, model);
  doc.moveDown(1.5).font('sc').fontSize(12);
  doc.text(model.office, { align: 'right' });
  if (model.signedOn) doc.text(model.signedOn, { align: 'right' });
  doc.end();
  return done;
}

function table(doc: PDFKit.PDFDocument, model: BulletinRenderModel): void {
  const fontSize = 7.5;
  const pad = 3;
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(fontSize);
    return Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: WIDTHS[i] - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], font: string, shade: boolean) => {
    const height = rowHeight(cells, font);
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage();
      if (!shade) drawRow(model.columns, 'sc-bold', true);
    }
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      if (shade) doc.rect(x, top, WIDTHS[i], height).fillColor('#f0f0f0').fill();
      doc.rect(x, top, WIDTHS[i], height).lineWidth(0.5).strokeColor('#777').stroke();
      doc.font(font).fontSize(fontSize).fillColor('black').text(cell, x + pad, top + pad, { width: WIDTHS[i] - 2 * pad });
      x += WIDTHS[i];
    });
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(model.columns, 'sc-bold', true);
  for (const row of model.rows) drawRow(row, 'sc', false);
}
