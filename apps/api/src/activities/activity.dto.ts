import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { ACTIVITY_KINDS, VISIT_METHODS, type ActivityKind, type VisitMethod } from '@app/domain';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TEXT = 20_000;

export class PlanActivityDto {
  @IsIn(ACTIVITY_KINDS as string[]) kind!: ActivityKind;
  @IsString() @Length(1, 200) title!: string;
  @ArrayMinSize(1) @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, 64, { each: true }) matters!: string[];
  @ArrayMinSize(1) @ArrayMaxSize(200) @IsString({ each: true }) @Length(1, 200, { each: true }) targetUnitIds!: string[];
  @Matches(DATE, { message: 'from must be YYYY-MM-DD' }) from!: string;
  @Matches(DATE, { message: 'to must be YYYY-MM-DD' }) to!: string;
}

class TeamMemberDto {
  @IsString() @Length(1, 200) supervisorId!: string;
  @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, 64, { each: true }) matters!: string[];
}

export class FormTeamDto {
  @IsString() @Length(1, 200) leaderId!: string;
  @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => TeamMemberDto) members!: TeamMemberDto[];
}

export class SendNoticeDto {
  @IsString() @Length(1, TEXT) content!: string;
}

class SiteFindingDto {
  @IsString() @Length(1, 200) supervisorId!: string;
  @IsString() @Length(1, 64) matter!: string;
  @IsOptional() @IsString() @Length(0, TEXT) highlights?: string;
  @IsOptional() @IsString() @Length(0, TEXT) problems?: string;
  @IsOptional() @IsString() @Length(0, TEXT) suggestions?: string;
}

export class RecordSiteVisitDto {
  @IsString() @Length(1, 200) unitId!: string;
  @Matches(DATE, { message: 'date must be YYYY-MM-DD' }) date!: string;
  @ArrayMaxSize(VISIT_METHODS.length) @IsIn(VISIT_METHODS as readonly string[], { each: true }) methods!: VisitMethod[];
  @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => SiteFindingDto) findings!: SiteFindingDto[];
}

export class MemberSummaryDto {
  @IsString() @Length(1, 200) supervisorId!: string;
  @IsString() @Length(0, TEXT) highlights!: string;
  @IsString() @Length(0, TEXT) problemsAndSuggestions!: string;
}

export class PreliminaryOpinionDto {
  @IsString() @Length(1, 200) unitId!: string;
  @IsString() @Length(1, TEXT) opinion!: string;
  @ArrayMaxSize(500) @IsUUID('all', { each: true }) issueIds!: string[];
}

export class StatementDto {
  @IsString() @Length(1, 200) unitId!: string;
  @IsString() @Length(1, TEXT) statement!: string;
}

export class OpinionLetterDto {
  @IsString() @Length(1, 200) unitId!: string;
  @IsString() @Length(1, TEXT) evaluation!: string;
  @ArrayMaxSize(500) @IsUUID('all', { each: true }) issueIds!: string[];
}

export class UnitReportDto {
  @IsString() @Length(1, 200) unitId!: string;
  @IsString() @Length(1, 100_000) report!: string;
}

export class PublishActivityDto {
  @IsIn(['internal', 'public']) scope!: 'internal' | 'public';
}

export class CloseActivityDto {
  @IsOptional() @IsString() @Length(0, TEXT) note?: string;
}
