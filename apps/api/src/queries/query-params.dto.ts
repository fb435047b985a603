import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { SEVERITIES } from '@app/domain';

const POSITION = /^[\x21-\x7e]{1,100}$/;

/** Shared by every read route: paging and read-your-writes. */
export class ReadQueryDto {
  @IsOptional() @Matches(POSITION, { message: 'minPosition must be a position from a command answer' }) minPosition?: string;
}

export class PagedQueryDto extends ReadQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100_000) page: number = 1;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) pageSize: number = 20;
  /** the one export path of every list (DESIGN §4): the whole filtered list as a file instead of a page */
  @IsOptional() @IsIn(['csv', 'xlsx']) format?: 'csv' | 'xlsx';
  /** the language of an export's headings and words (Chinese by default) */
  @IsOptional() @IsIn(['zh', 'en']) lang?: 'zh' | 'en';
}

export class IssueListQueryDto extends PagedQueryDto {
  @IsOptional() @IsIn(['open', 'rectifying', 'awaiting_recheck', 'rectified', 'closed', 'withdrawn']) status?: string;
  @IsOptional() @IsString() @Length(1, 200) unitId?: string;
  @IsOptional() @IsString() @Length(1, 200) regionId?: string;
  @IsOptional() @IsString() @Length(1, 200) zoneId?: string;
  @IsOptional() @IsString() @Length(1, 64) category?: string;
  @IsOptional() @IsIn(SEVERITIES as string[]) severity?: string;
  @IsOptional() @Transform(({ value }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value)) @IsBoolean() overdue?: boolean;
  @IsOptional() @IsString() @Length(1, 200) q?: string;
  /** found at or after this instant */
  @IsOptional() @IsISO8601({ strict: true }) from?: string;
  /** found before this instant */
  @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

export class OverdueQueryDto extends PagedQueryDto {
  @IsOptional() @IsString() @Length(1, 200) regionId?: string;
  @IsOptional() @IsString() @Length(1, 200) zoneId?: string;
  @IsOptional() @IsString() @Length(1, 200) unitId?: string;
  @IsOptional() @IsIn(SEVERITIES as string[]) severity?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(3650) minDaysOverdue?: number;
  @IsOptional() @IsIn(['none', 'urge', 'supervise']) reminderLevel?: string;
  @IsOptional() @IsIn(['decided', 'undecided']) accountability?: string;
}

export class DashboardQueryDto extends ReadQueryDto {
  @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

export class CoverageQueryDto extends ReadQueryDto {
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' }) month!: string;
  @IsOptional() @IsIn(['csv', 'xlsx']) format?: 'csv' | 'xlsx';
  @IsOptional() @IsIn(['zh', 'en']) lang?: 'zh' | 'en';
}

export class AlertsQueryDto extends PagedQueryDto {
  @IsOptional() @IsIn(['due_soon', 'overdue', 'reminder', 'coverage_missed', 'extension_requested', 'recheck_overdue', 'look_back_overdue', 'interview_due', 'accountability_proposed', 'visit_report_overdue', 'training_short',
    'deadline_recomputed', 'clock_failed', 'complaint_due_soon', 'complaint_overdue', 'matter_overdue', 'matter_reminder']) kind?: string;
  /** active: unresolved and not dismissed by me; dismissed; resolved; all (the default) */
  @IsOptional() @IsIn(['active', 'dismissed', 'resolved', 'all']) state?: 'active' | 'dismissed' | 'resolved' | 'all';
  @IsOptional() @IsUUID() issueId?: string;
  /** the complaint's or matter's id (or an issue's): its alerts */
  @IsOptional() @IsUUID() subjectId?: string;
  @IsOptional() @IsString() @Length(1, 64) supervisorId?: string;
}

export class VisitListQueryDto extends PagedQueryDto {
  @IsOptional() @IsString() @Length(1, 200) unitId?: string;
  @IsOptional() @IsString() @Length(1, 200) supervisorUserId?: string;
  @IsOptional() @IsString() @Length(1, 40) kind?: string;
  @IsOptional() @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' }) month?: string;
  /** visits whose report (due 3 working days after) has not come */
  @IsOptional() @Transform(({ value }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value)) @IsBoolean() reportOverdue?: boolean;
}

export class InboxQueryDto extends PagedQueryDto {
  @IsOptional() @IsString() @Length(1, 40) kind?: string;
}

export class MatterListQueryDto extends PagedQueryDto {
  @IsOptional() @IsIn(['registered', 'assigned', 'submitted', 'returned', 'accepted', 'closed']) status?: string;
  @IsOptional() @IsIn(['urgent', 'normal', 'difficult']) tier?: string;
  @IsOptional() @IsString() @Length(1, 200) unitId?: string;
  @IsOptional() @Transform(({ value }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value)) @IsBoolean() overdue?: boolean;
  @IsOptional() @IsString() @Length(1, 200) q?: string;
}

export class EvaluationListQueryDto extends PagedQueryDto {
  @IsOptional() @IsString() @Length(1, 200) unitId?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @IsOptional() @IsIn(['launched', 'self_evaluated', 'concluded']) status?: string;
}

export class MatterSummaryQueryDto extends PagedQueryDto {
  @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
}

export class ComplaintListQueryDto extends PagedQueryDto {
  @IsOptional() @IsIn(['received', 'assigned', 'verified', 'closed']) status?: string;
  @IsOptional() @IsString() @Length(1, 200) unitId?: string;
  @IsOptional() @IsIn(['hotline', 'mailbox', 'letter', 'online', 'visit']) channel?: string;
  @IsOptional() @IsIn(['substantiated', 'partly', 'unsubstantiated']) outcome?: string;
  @IsOptional() @IsString() @Length(1, 200) supervisorId?: string;
  @IsOptional() @Transform(({ value }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value)) @IsBoolean() overdue?: boolean;
  @IsOptional() @IsString() @Length(1, 200) q?: string;
  /** received at or after this instant */
  @IsOptional() @IsISO8601({ strict: true }) from?: string;
  /** received before this instant */
  @IsOptional() @IsISO8601({ strict: true }) to?: string;
}
