import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsInt, IsObject, IsOptional } from 'class-validator';

/**
 * PUT /calendar/years/:year. The shape only: the decider checks every day and the source field by field
 * (`holidays[3].date`, `source.docNo` …) and answers 422 CALENDAR_INVALID with all of them.
 */
export class CalendarYearDto {
  @ApiPropertyOptional({ description: 'if given, must equal the year in the path (a file may carry it)' })
  @IsOptional() @IsInt()
  year?: number;

  @ApiProperty({ description: '[{date: YYYY-MM-DD, name}] — every rest day of the schedule (weekend days in a holiday run may be listed too)' })
  @IsArray()
  holidays!: unknown[];

  @ApiPropertyOptional({ description: '[{date, name}] — make-up working days (调休补班), on weekends' })
  @IsOptional() @IsArray()
  workdays?: unknown[];

  @ApiProperty({ description: '{title, docNo, publishedOn} — the State Council notice, e.g. 国办发明电〔2025〕7号' })
  @IsObject()
  source!: Record<string, unknown>;
}
