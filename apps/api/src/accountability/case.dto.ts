import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ACCOUNTABILITY_MEASURES, REFERRAL_BODIES } from '@app/domain';
import { PagedQueryDto } from '../queries/query-params.dto';
import { SHORT, TEXT } from '../issues/dto/shared.dto';

export class CaseSubjectDto {
  @IsIn(['unit', 'person']) kind!: 'unit' | 'person';
  @IsString() @Length(1, SHORT) unitId!: string;
  /** a person's name is personal information (kept in the vault) */
  @IsString() @Length(1, SHORT) name!: string;
  @IsOptional() @IsString() @Length(1, SHORT) position?: string;
}

export class CaseMeasureDto {
  @IsInt() @Min(0) @Max(49) subject!: number;
  @IsIn(ACCOUNTABILITY_MEASURES as string[]) measure!: string;
}

export class OpenCaseDto {
  @ArrayMinSize(1) @ArrayMaxSize(50) @IsUUID('all', { each: true }) issueIds!: string[];
  @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => CaseSubjectDto) subjects!: CaseSubjectDto[];
  @ArrayMinSize(1) @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, TEXT, { each: true }) grounds!: string[];
  @IsOptional() @IsISO8601({ strict: true }) triggeredAt?: string;
}

export class MembersDto {
  @ArrayMinSize(1) @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, SHORT, { each: true }) members!: string[];
}

export class FactsDto {
  @IsString() @Length(1, TEXT) facts!: string;
  @IsBoolean() proceed!: boolean;
  @IsOptional() @IsString() @Length(1, TEXT) reason?: string;
}

export class MeasuresDto {
  @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => CaseMeasureDto) measures!: CaseMeasureDto[];
}

export class NoticeDto {
  @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => CaseMeasureDto) proposedMeasures!: CaseMeasureDto[];
  @IsOptional() @IsString() @Length(1, 64) channel?: string;
}

export class StatementDto {
  @IsString() @Length(1, TEXT) statement!: string;
}

export class OpinionDto extends MeasuresDto {
  @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, SHORT, { each: true }) consulted?: string[];
}

export class DecisionDto {
  @IsString() @Length(1, TEXT) basicFacts!: string;
  @IsString() @Length(1, TEXT) facts!: string;
  @IsString() @Length(1, TEXT) basis!: string;
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveDate must be YYYY-MM-DD' }) effectiveDate!: string;
}

export class NoteDto {
  @IsString() @Length(1, TEXT) note!: string;
}

export class ReferralDto extends NoteDto {
  @IsIn(REFERRAL_BODIES as string[]) to!: (typeof REFERRAL_BODIES)[number];
}

export class PublicationDto {
  @IsIn(['internal', 'public']) scope!: 'internal' | 'public';
}

export class GroundsDto {
  @IsString() @Length(1, TEXT) grounds!: string;
}

export class RemedyDecisionDto {
  @IsString() @Length(1, 32) outcome!: string;
  @IsString() @Length(1, TEXT) reasoning!: string;
}

export class CorrectionDto extends MeasuresDto {
  @IsString() @Length(1, TEXT) note!: string;
}

export class CaseListQueryDto extends PagedQueryDto {
  @IsOptional() @IsIn(['opened', 'investigating', 'facts_determined', 'notice_served', 'heard', 'opinion_formed', 'approved', 'decided', 'dismissed', 'archived']) stage?: string;
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() open?: boolean;
  @IsOptional() @IsIn(ACCOUNTABILITY_MEASURES as string[]) measure?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @IsOptional() @IsString() @Length(1, SHORT) unitId?: string;
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() repeat?: boolean;
}
