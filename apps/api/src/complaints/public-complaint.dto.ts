import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { SHORT } from '../issues/dto/shared.dto';
import { ComplainantDto } from './complaint.dto';

/** POST /public/complaints: `{unitId, summary, anonymous, complainant? {name, phone}}` + the form token and the honeypot. */
export class PublicComplaintDto {
  @IsString() @Length(1, SHORT) unitId!: string;
  @IsString() @Length(10, 2000) summary!: string;
  @IsBoolean() anonymous!: boolean;
  @IsOptional() @ValidateNested() @Type(() => ComplainantDto) complainant?: ComplainantDto;
  @IsString() @Length(1, 300) formToken!: string;
  /** the honeypot: hidden from people, left empty by them */
  @IsOptional() @IsString() @MaxLength(300) website?: string;
}

export class TrackingQueryDto {
  @Matches(/^[A-Za-z0-9]{4}(-?[A-Za-z0-9]{4}){3}$/, { message: 'code must be the 16-character tracking code' }) code!: string;
}
