import { IsIn } from 'class-validator';
import type { DocumentFormat } from './official-document.model';

/** ?format=pdf|docx */
export class DocumentFormatQueryDto {
  @IsIn(['pdf', 'docx']) format!: DocumentFormat;
}
