import type { DocumentBlock, OfficialDocument } from './official-document.model';
import { MARGIN, openPdf, pdfTable, RED } from './pdf-blocks';

/** An official document as a PDF on A4 with the embedded CJK font (Noto Sans SC). */
export function renderOfficialPdf(model: OfficialDocument): Promise<Buffer> {
  const { doc, finish } = openPdf({ title: model.title, subject: model.number, author: model.office });
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
  return finish();
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
  pdfTable(doc, block.columns, block.rows, block.widths.map((w) => (w / sum) * width), 9);
  doc.moveDown(0.6);
}
