import { Type } from 'class-transformer';
import { ArrayMaxSize, IsUUID, IsBoolean, IsIn, IsObject, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { ISSUE_SOURCE_KINDS, SEVERITIES, type IssueSourceKind, type Severity } from '@app/domain';
import { EvidenceDto, SHORT, TEXT } from './shared.dto';

export class IssueSourceDto {
  @IsIn(ISSUE_SOURCE_KINDS as string[]) kind!: IssueSourceKind;
  @IsOptional() @IsString() @Length(1, SHORT) visitId?: string;
  @IsOptional() @IsUUID() activityId?: string;
  @IsOptional() @IsString() @Length(1, SHORT) complaintRef?: string;
}

export class RegisterIssueDto {
  @IsString() @Length(1, SHORT) unitId!: string;
  @IsString() @Length(1, 64) category!: string;
  @IsIn(SEVERITIES as string[]) severity!: Severity;
  @IsOptional() @IsBoolean() safetyHazard?: boolean;
  @IsString() @Length(1, SHORT) title!: string;
  @IsString() @Length(1, TEXT) description!: string;
  @IsObject() @ValidateNested() @Type(() => IssueSourceDto) source!: IssueSourceDto;
  @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => EvidenceDto) evidence?: EvidenceDto[];
  /** the description names persons (e.g. a 师德 case): it is kept in the personal-data vault, erasable on request */
  @IsOptional() @IsBoolean() personal?: boolean;
}
