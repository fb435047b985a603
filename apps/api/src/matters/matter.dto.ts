import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import {
  MATTER_DAY_COUNTS, MATTER_REMINDER_LEVELS, MATTER_REVIEW_OUTCOMES, MATTER_SOURCE_KINDS, MATTER_TIERS,
  type MatterDayCount, type MatterReminderLevel, type MatterReviewOutcome, type MatterSourceKind, type MatterTier,
} from '@app/domain';
import { EvidenceDto, SHORT, TEXT } from '../issues/dto/shared.dto';

export class MatterSourceDto {
  @IsIn(MATTER_SOURCE_KINDS as string[]) kind!: MatterSourceKind;
  /** the document, meeting, instruction or letter it came from */
  @IsOptional() @IsString() @Length(0, SHORT) ref?: string;
}

export class RegisterMatterDto {
  @IsString() @Length(1, SHORT) title!: string;
  @IsObject() @ValidateNested() @Type(() => MatterSourceDto) source!: MatterSourceDto;
  @IsString() @Length(1, TEXT) requirements!: string;
  @IsIn(MATTER_TIERS as string[]) tier!: MatterTier;
}

export class AssignMatterDto {
  @IsString() @Length(1, SHORT) leadUnitId!: string;
  @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, SHORT, { each: true }) assistingUnitIds?: string[];
  @IsOptional() @IsInt() @Min(1) @Max(30) days?: number;
  @IsOptional() @IsIn(MATTER_DAY_COUNTS as string[]) dayCount?: MatterDayCount;
}

export class MatterProgressDto {
  @IsString() @Length(1, TEXT) progress!: string;
}

export class MatterReminderDto {
  @IsIn(MATTER_REMINDER_LEVELS as string[]) level!: MatterReminderLevel;
  @IsOptional() @IsString() @Length(0, TEXT) note?: string;
}

export class MatterExtensionRequestDto {
  @IsString() @Length(1, 64) proposedDueAt!: string;
  @IsString() @Length(1, TEXT) reason!: string;
  @IsString() @Length(1, TEXT) progress!: string;
}

export class MatterExtensionDecisionDto {
  @IsBoolean() approved!: boolean;
  @IsOptional() @IsString() @Length(1, 64) newDueAt?: string;
  @IsOptional() @IsString() @Length(0, TEXT) note?: string;
}

export class MatterCompletionDto {
  @IsString() @Length(1, TEXT) result!: string;
  @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => EvidenceDto) evidence?: EvidenceDto[];
}

export class MatterReviewDto {
  @IsIn(MATTER_REVIEW_OUTCOMES as string[]) outcome!: MatterReviewOutcome;
  @IsOptional() @IsString() @Length(0, TEXT) note?: string;
}

export class CloseMatterDto {
  @IsOptional() @IsString() @Length(0, TEXT) note?: string;
}
