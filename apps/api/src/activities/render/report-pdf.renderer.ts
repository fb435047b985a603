import { openPdf, pdfHeader, pdfHeading, pdfNote, pdfParagraphs, pdfSignature, pdfTitle } from '../../documents/pdf-blocks';
import type { ReportRenderModel } from './report-render.model';

/** A school's supervision report as a PDF on A4: red header, number, title, the report, 成绩与亮点, 问题与建议, date. */
export function renderReportPdf(model: ReportRenderModel): Promise<Buffer> {
  const { doc, finish } = openPdf({ title: model.title, subject: model.number, author: model.office });
  pdfHeader(doc, model.office, model.number);
  pdfTitle(doc, model.title, model.subtitle);
  if (model.note) pdfNote(doc, model.note);
  if (model.letter) pdfNote(doc, model.letter);
  pdfParagraphs(doc, model.paragraphs);
  pdfHeading(doc, '一、成绩与亮点');
  pdfParagraphs(doc, model.highlights.length ? model.highlights : ['无。']);
  pdfHeading(doc, '二、问题与建议');
  pdfParagraphs(doc, model.problems.length ? model.problems : ['无。']);
  pdfSignature(doc, model.office, model.signedOn);
  return finish();
}
