import { Type } from 'class-transformer';
import { IsString, Length, Matches, ValidateIf } from 'class-validator';

export const TEXT = 4000;
export const SHORT = 200;

/** A piece of evidence: an uploaded file `{fileId, name}` (POST /files), or — as before files were stored — `{name, sha256}`. */
export class EvidenceDto {
  @IsString() @Length(1, SHORT) name!: string;
  @ValidateIf((o: EvidenceDto) => o.sha256 === undefined || o.fileId !== undefined)
  @Matches(/^[0-9a-f]{64}$/, { message: 'fileId must be the 64 lowercase hex digits POST /files answered' })
  fileId?: string;
  @ValidateIf((o: EvidenceDto) => o.fileId === undefined)
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 lowercase hex characters' })
  sha256?: string;
}

export const EvidenceList = () => Type(() => EvidenceDto);
