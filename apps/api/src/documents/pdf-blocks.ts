import PDFDocument from 'pdfkit';
import { cjkFonts } from './cjk-fonts';

/** The building blocks of the office's PDF documents (A4, Noto Sans SC embedded): header, title, text, table, signature. */
export const RED = '#c00000';
export const MARGIN = 56;

export interface PdfDocument {
  doc: PDFKit.PDFDocument;
  /** ends the document and resolves with its bytes */
  finish(): Promise<Buffer>;
}

export function openPdf(info: { title: string; subject: string; author: string }): PdfDocument {
  const { regular, bold } = cjkFonts();
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: info.title, Subject: info.subject, Author: info.author } });
  doc.registerFont('sc', regular);
  doc.registerFont('sc-bold', bold);
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, finish: () => (doc.end(), done) };
}

/** 红头: the office in red, the document number, a red rule. */
export function pdfHeader(doc: PDFKit.PDFDocument, office: string, number: string): void {
  const width = doc.page.width - 2 * MARGIN;
  doc.font('sc-bold').fontSize(24).fillColor(RED).text(office, { align: 'center', characterSpacing: 2 });
  doc.moveDown(0.4).font('sc').fontSize(12).fillColor('black').text(number || ' ', { align: 'center' });
  const ruleY = doc.y + 6;
  doc.moveTo(MARGIN, ruleY).lineTo(MARGIN + width, ruleY).lineWidth(1.5).strokeColor(RED).stroke();
  doc.y = ruleY + 16;
}

/** The title, and a grey line under it (kind, period, school). */
export function pdfTitle(doc: PDFKit.PDFDocument, title: string, subtitle: string): void {
  doc.font('sc-bold').fontSize(17).fillColor('black').text(title, { align: 'center' });
  doc.moveDown(0.3).font('sc').fontSize(10.5).fillColor('#555').text(subtitle || ' ', { align: 'center' });
  doc.moveDown(0.8).fillColor('black').fontSize(12);
}

export function pdfHeading(doc: PDFKit.PDFDocument, heading: string): void {
  doc.moveDown(0.4).font('sc-bold').fontSize(13).fillColor('black').text(heading);
  doc.moveDown(0.2).font('sc').fontSize(12);
}

export function pdfParagraphs(doc: PDFKit.PDFDocument, paragraphs: string[]): void {
  doc.font('sc').fontSize(12).fillColor('black');
  for (const paragraph of paragraphs) doc.text(paragraph, { indent: 24, lineGap: 4, paragraphGap: 4 });
}

export function pdfNote(doc: PDFKit.PDFDocument, note: string): void {
  doc.moveDown(0.5).font('sc').fontSize(9).fillColor('#555').text(note);
  doc.moveDown(0.4).fillColor('black');
}

/** The office and the date, right-aligned at the end. */
export function pdfSignature(doc: PDFKit.PDFDocument, office: string, signedOn: string): void {
  doc.moveDown(1.5).font('sc').fontSize(12).fillColor('black');
  doc.text(office, { align: 'right' });
  if (signedOn) doc.text(signedOn, { align: 'right' });
}

/** A ruled table with a shaded header row repeated on each new page; widths in points (≤ 483 between the margins). */
export function pdfTable(doc: PDFKit.PDFDocument, columns: string[], rows: string[][], widths: number[], fontSize = 7.5): void {
  const pad = 3;
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(fontSize);
    return Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i] - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], font: string, shade: boolean) => {
    const height = rowHeight(cells, font);
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage();
      if (!shade) drawRow(columns, 'sc-bold', true);
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
  drawRow(columns, 'sc-bold', true);
  for (const row of rows) drawRow(row, 'sc', false);
}
