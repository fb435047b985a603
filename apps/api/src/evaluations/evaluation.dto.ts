import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { EvidenceList, SHORT, TEXT, type EvidenceDto } from '../issues/dto/shared.dto';

export class LaunchEvaluationDto {
  @IsString() @Length(1, 40) frameworkCode!: string;
  @IsString() @Length(1, SHORT) subjectUnitId!: string;
  @IsInt() @Min(2000) @Max(2100) year!: number;
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, SHORT, { each: true }) team?: string[];
  @IsISO8601({ strict: true }) selfEvaluationDueAt!: string;
}

export class IndicatorScoreDto {
  @IsString() @Length(1, 20) indicator!: string;
  @IsNumber() score!: number;
  @IsOptional() @IsString() @Length(0, TEXT) narrative?: string;
  /** uploaded files `{fileId, name}` (POST /files) offered for this indicator */
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @EvidenceList() evidence?: EvidenceDto[];
}

export class SelfEvaluationDto {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => IndicatorScoreDto) scores!: IndicatorScoreDto[];
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @Length(0, TEXT, { each: true }) problems?: string[];
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @Length(0, TEXT, { each: true }) measures?: string[];
}

export class IndicatorReviewDto {
  @IsString() @Length(1, 20) indicator!: string;
  @IsNumber() score!: number;
  @IsOptional() @IsString() @Length(0, TEXT) findings?: string;
}

export class ConclusionDto {
  @IsOptional() @IsString() @Length(0, TEXT) summary?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @Length(0, TEXT, { each: true }) findings?: string[];
}

export class PublishEvaluationDto {
  @IsIn(['internal', 'public']) scope!: 'internal' | 'public';
}
