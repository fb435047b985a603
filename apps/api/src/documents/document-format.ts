import type { Response } from 'express';
import { IsIn } from 'class-validator';

export type DocumentFormat = 'pdf' | 'docx';

export const DOCUMENT_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** ?format=pdf|docx of every document route. */
export class DocumentQueryDto {
  @IsIn(['pdf', 'docx']) format!: DocumentFormat;
}

/** 2026-05-01 → 2026年5月1日 */
export const chineseDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** Sends a rendered file as an attachment named after its document (ASCII fallback + UTF-8 name); public files cache briefly. */
export function sendDocument(res: Response, bytes: Buffer, format: DocumentFormat, fallback: string, name: string, view: 'office' | 'public'): void {
  res
    .status(200)
    .type(DOCUMENT_TYPES[format])
    .setHeader('Content-Disposition', `attachment; filename="${fallback}.${format}"; filename*=UTF-8''${encodeURIComponent(`${name}.${format}`)}`)
    .setHeader('Cache-Control', view === 'public' ? 'public, max-age=300' : 'private, no-cache')
    .send(bytes);
}
