import { docxHeader, docxHeading, docxNote, docxParagraphs, docxSignature, docxTitle, packDocx } from '../../documents/docx-blocks';
import type { ReportRenderModel } from './report-render.model';

/** A school's supervision report as a Word document: the same parts as the PDF. */
export function renderReportDocx(model: ReportRenderModel): Promise<Buffer> {
  return packDocx({ title: model.title, subject: model.number, creator: model.office }, [
    ...docxHeader(model.office, model.number),
    ...docxTitle(model.title, model.subtitle),
    ...(model.note ? [docxNote(model.note)] : []),
    ...(model.letter ? [docxNote(model.letter)] : []),
    ...docxParagraphs(model.paragraphs),
    docxHeading('一、成绩与亮点'),
    ...docxParagraphs(model.highlights.length ? model.highlights : ['无。']),
    docxHeading('二、问题与建议'),
    ...docxParagraphs(model.problems.length ? model.problems : ['无。']),
    ...docxSignature(model.office, model.signedOn),
  ]);
}
