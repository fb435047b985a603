import { Type } from 'class-transformer';
import { IsString, Length, Matches } from 'class-validator';

export const TEXT = 4000;
export const SHORT = 200;

export class EvidenceDto {
  @IsString() @Length(1, SHORT) name!: string;
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 lowercase hex characters' }) sha256!: string;
}

export const EvidenceList = () => Type(() => EvidenceDto);
