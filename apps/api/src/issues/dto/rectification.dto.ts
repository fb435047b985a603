import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsInt, IsISO8601, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { EvidenceDto, SHORT, TEXT } from './shared.dto';

export class FeedbackDto {
  @IsString() @Length(1, TEXT) note!: string;
  @IsOptional() @IsString() @Length(1, 64) channel?: string;
}

/** Exactly one of deadline, calendarDays, workingDays (checked in the controller, where the rule is built). */
export class OrderRectificationDto {
  @IsString() @Length(1, TEXT) requirements!: string;
  @IsOptional() @IsISO8601({ strict: true }) deadline?: string;
  @IsOptional() @IsInt() @Min(1) @Max(365) calendarDays?: number;
  @IsOptional() @IsInt() @Min(1) @Max(365) workingDays?: number;
}

export class ExtensionRequestDto {
  @IsISO8601({ strict: true }) proposedDeadline!: string;
  @IsString() @Length(1, TEXT) reason!: string;
}

export class ExtensionDecisionDto {
  @IsBoolean() approved!: boolean;
  @IsOptional() @IsISO8601({ strict: true }) newDeadline?: string;
  @IsOptional() @IsString() @Length(0, TEXT) note?: string;
}

export class RectificationReportDto {
  @IsString() @Length(1, TEXT) measures!: string;
  @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => EvidenceDto) evidence?: EvidenceDto[];
}

export const SHORT_TEXT = SHORT;
