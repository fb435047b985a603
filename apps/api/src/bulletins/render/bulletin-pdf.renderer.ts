import { openPdf, pdfHeader, pdfNote, pdfParagraphs, pdfSignature, pdfTable, pdfTitle } from '../../documents/pdf-blocks';
import type { BulletinRenderModel } from './bulletin-render.model';

/** Column widths (points) of the items table on A4 portrait between the margins (483 pt). */
const WIDTHS = [20, 58, 58, 68, 42, 52, 68, 36, 50, 31];

/** A bulletin as a PDF on A4: red header with the office and number, title, period, body, the table and the date. */
export function renderBulletinPdf(model: BulletinRenderModel): Promise<Buffer> {
  const { doc, finish } = openPdf({ title: model.title, subject: model.number, author: model.office });
  pdfHeader(doc, model.office, model.number);
  pdfTitle(doc, model.title, [model.kind, model.period ? `通报期间：${model.period}` : ''].filter(Boolean).join('　'));
  pdfParagraphs(doc, model.paragraphs);
  pdfNote(doc, model.note);
  if (model.rows.length) pdfTable(doc, model.columns, model.rows, WIDTHS);
  pdfSignature(doc, model.office, model.signedOn);
  return finish();
}
