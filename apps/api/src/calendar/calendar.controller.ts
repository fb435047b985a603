import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { CalendarService, ExecuteCalendarCommand, type CommandEnvelope } from '@app/application';
import type { CalendarDay, CalendarSource } from '@app/domain';
import { Public, Roles } from '../auth/auth.decorators';
import { Envelope } from '../http/command-envelope.decorator';
import { commandResponse } from '../http/command-response';
import { ValidationFailedException } from '../http/problem';
import { CalendarYearDto } from './calendar-year.dto';

/** The working-day calendar as operated data (DESIGN §3.3): anyone reads it, an admin publishes a year. */
@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly calendars: CalendarService,
    private readonly commands: CommandBus,
  ) {}

  /** The years with versions and sources, which are provisional, the published range and what is missing. */
  @Public()
  @Get()
  overview() {
    return this.calendars.overview();
  }

  /** Publish a year, or correct one (a new revision); the same content again appends nothing. */
  @ApiBearerAuth()
  @Roles('admin')
  @Put('years/:year')
  @HttpCode(200)
  async publish(@Param('year', ParseIntPipe) year: number, @Body() body: CalendarYearDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    if (body.year !== undefined && body.year !== year) {
      throw new ValidationFailedException([{ field: 'year', message: `the body is for ${body.year}, the path for ${year}` }]);
    }
    const input = {
      year,
      holidays: body.holidays as CalendarDay[],
      workdays: (body.workdays ?? []) as CalendarDay[],
      source: body.source as unknown as CalendarSource,
    };
    const result = await this.commands.execute(new ExecuteCalendarCommand({ type: 'PublishCalendarYear', ...input }, envelope));
    const { calendar, state } = await this.calendars.fresh();
    return {
      ...commandResponse(res, result),
      year,
      revision: state.years[year]?.revision ?? null,
      yearVersion: calendar.versionOf(`${year}-01-01`, `${year}-12-31`).version,
      warnings: this.calendars.warningsFor(input),
    };
  }
}
