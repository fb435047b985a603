import PDFDocument from 'pdfkit';
import { cjkFonts } from './cjk-fonts';
import type { DocumentBlock, OfficialDocument } from './official-document.model';

const RED = '#c00000';
const MARGIN = 56;

/** An official document as a PDF on A4 with the embedded CJK font (Noto Sans SC). */
export function renderOfficialPdf(model: OfficialDocument): Promise<Buffer> {
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
  doc.font('sc-bold').fontSize(22).fillColor(RED).text(model.office, { align: 'center', characterSpacing: 2 });
  doc.moveDown(0.4).font('sc').fontSize(12).fillColor('black').text(model.number || ' ', { align: 'center' });
  const ruleY = doc.y + 6;
  doc.moveTo(MARGIN, ruleY).lineTo(MARGIN + width, ruleY).lineWidth(1.5).strokeColor(RED).stroke();
  doc.y = ruleY + 16;
  doc.font('sc-bold').fontSize(17).fillColor('black').text(model.title, { align: 'center' });
  if (model.subtitle) doc.moveDown(0.3).font('sc').fontSize(10.5).fillColor('#555').text(model.subtitle, { align: 'center' });
  doc.moveDown(0.8).fillColor('black');
  for (const block of model.blocks) drawBlock(doc, block, width);
  doc.moveDown(1.5).font('sc').fontSize(12).fillColor('black');
  for (const line of model.signature.filter(Boolean)) doc.text(line, { align: 'right' });
  doc.end();
  return done;
}

function drawBlock(doc: PDFKit.PDFDocument, block: DocumentBlock, width: number): void {
  doc.x = MARGIN;
  if (block.kind === 'heading') doc.moveDown(0.4).font('sc-bold').fontSize(13).text(block.text, { paragraphGap: 4 });
  else if (block.kind === 'paragraph') doc.font('sc').fontSize(12).text(block.text, { indent: 24, lineGap: 4, paragraphGap: 4 });
  else if (block.kind === 'fields') for (const [label, value] of block.rows) doc.font('sc-bold').fontSize(12).text(`${label}：`, { continued: true }).font('sc').text(value || '—', { lineGap: 3 });
  else table(doc, block, width);
}

function table(doc: PDFKit.PDFDocument, block: Extract<DocumentBlock, { kind: 'table' }>, width: number): void {
  const sum = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => (w / sum) * width);
  const fontSize = 9;
  const pad = 3;
  const drawRow = (cells: string[], font: string, shade: boolean) => {
    doc.font(font).fontSize(fontSize);
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i] - 2 * pad }))) + 2 * pad;
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage();
      if (!shade) drawRow(block.columns, 'sc-bold', true);
    }
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      if (shade) doc.rect(x, top, widths[i], height).fillColor('#f0f0f0').fill();
      doc.rect(x, top, widths[i], height).lineWidth(0.5).strokeColor('#777').stroke();
      doc.font(font).fontSize(fontSize).fillColor('black').text(cell, x + pad, top + pad, { width: widths[i] - 2 * pad });
      x += widths[i];
    });
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(block.columns, 'sc-bold', true);
  for (const row of block.rows) drawRow(row, 'sc', false);
  doc.moveDown(0.6);
}
