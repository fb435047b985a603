/**
 * An official document (公文) as its files print it, the same for the PDF and the Word file: the office's red header,
 * the document number, a title, then blocks (headings, paragraphs, label/value rows, tables) and the signature lines.
 */
export type DocumentBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** label → value pairs, e.g. 被评价单位：示范县人民政府 */
  | { kind: 'fields'; rows: Array<[label: string, value: string]> }
  /** widths are relative (they are scaled to the page) */
  | { kind: 'table'; columns: string[]; widths: number[]; rows: string[][] };

export interface OfficialDocument {
  office: string;
  number: string;
  title: string;
  subtitle?: string;
  blocks: DocumentBlock[];
  /** right-aligned at the end: the office, the position of the signer, the date */
  signature: string[];
}

export type DocumentFormat = 'pdf' | 'docx';

export const DOCUMENT_CONTENT_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Paragraphs of a free text (blank lines and surrounding spaces dropped). */
export const paragraphsOf = (text: string | null | undefined): string[] => (text ?? '').split(/\n+/).map((p) => p.trim()).filter(Boolean);
