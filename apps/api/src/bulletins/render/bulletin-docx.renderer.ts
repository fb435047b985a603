import { docxHeader, docxNote, docxParagraphs, docxSignature, docxTable, docxTitle, packDocx } from '../../documents/docx-blocks';
import type { BulletinRenderModel } from './bulletin-render.model';

/** twentieths of a point per column (A4 portrait, 2.5 cm margins ≈ 9026 twips) */
const WIDTHS = [420, 1000, 1000, 1250, 800, 800, 1250, 700, 1000, 806];

/** A bulletin as a Word document (.docx, what offices circulate): red header, number, title, body, table, date. */
export function renderBulletinDocx(model: BulletinRenderModel): Promise<Buffer> {
  return packDocx({ title: model.title, subject: model.number, creator: model.office }, [
    ...docxHeader(model.office, model.number),
    ...docxTitle(model.title, [model.kind, model.period ? `通报期间：${model.period}` : ''].filter(Boolean).join('　')),
    ...docxParagraphs(model.paragraphs),
    docxNote(model.note),
    ...(model.rows.length ? [docxTable(model.columns, model.rows, WIDTHS)] : []),
    ...docxSignature(model.office, model.signedOn),
  ]);
}
