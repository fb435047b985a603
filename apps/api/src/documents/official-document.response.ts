import type { Response } from 'express';
import { renderOfficialDocx } from './official-document-docx.renderer';
import { renderOfficialPdf } from './official-document-pdf.renderer';
import { DOCUMENT_CONTENT_TYPES, type DocumentFormat, type OfficialDocument } from './official-document.model';

/** Renders the document in the format asked for and sends it as an attachment named `name.<format>`. */
export async function sendOfficialDocument(res: Response, model: OfficialDocument, format: DocumentFormat, name: string, cache: 'public' | 'private'): Promise<void> {
  const bytes = format === 'pdf' ? await renderOfficialPdf(model) : await renderOfficialDocx(model);
  res
    .status(200)
    .type(DOCUMENT_CONTENT_TYPES[format])
    .setHeader('Content-Disposition', `attachment; filename="document.${format}"; filename*=UTF-8''${encodeURIComponent(`${name}.${format}`)}`)
    .setHeader('Cache-Control', cache === 'public' ? 'public, max-age=300' : 'private, no-cache')
    .send(bytes);
}
