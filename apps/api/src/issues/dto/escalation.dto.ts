import { ArrayMaxSize, ArrayMinSize, IsIn, IsISO8601, IsOptional, IsString, Length } from 'class-validator';
import type { ReminderLevel } from '@app/domain';
import { SHORT, TEXT } from './shared.dto';

export class ReminderDto {
  @IsIn(['urge', 'supervise']) level!: ReminderLevel;
  @IsString() @Length(1, TEXT) note!: string;
}

/** attendees are names of persons: kept in the personal-data vault (DESIGN §3.11) */
export class InterviewDto {
  @ArrayMinSize(1) @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, SHORT, { each: true }) attendees!: string[];
  @IsString() @Length(1, TEXT) problems!: string;
  @IsString() @Length(1, TEXT) commitments!: string;
  @IsOptional() @IsISO8601({ strict: true }) newDeadline?: string;
}
