import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import type { Request, Response } from 'express';
import { ExecuteVisitCommand, RecordVisitCommand, type CommandEnvelope } from '@app/application';
import { MAX_VISIT_DAYS, VISIT_KINDS, VISIT_METHODS, type VisitKind, type VisitMethod } from '@app/domain';
import { Roles } from '../auth/auth.decorators';
import { Envelope, newResourceId } from '../http/command-envelope.decorator';
import { commandResponse } from '../http/command-response';

class RecordVisitDto {
  @IsString() @Length(1, 200) unitId!: string;
  @IsIn(VISIT_KINDS as string[]) kind!: VisitKind;
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' }) date!: string;
  @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, 64, { each: true }) matters!: string[];
  @IsOptional() @IsString() @Length(0, 4000) notes?: string;
  @IsOptional() @ArrayMaxSize(VISIT_METHODS.length) @IsIn(VISIT_METHODS as readonly string[], { each: true }) methods?: VisitMethod[];
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0.5) @Max(MAX_VISIT_DAYS) durationDays?: number;
  @IsOptional() @IsString() @Length(0, 4000) onSiteFeedback?: string;
  @IsOptional() @IsString() @Length(0, 4000) highlights?: string;
  @IsOptional() @IsString() @Length(0, 4000) problems?: string;
  @IsOptional() @IsString() @Length(0, 4000) suggestions?: string;
}

class VisitReportDto {
  @IsString() @Length(1, 20_000) report!: string;
}

/** 督导检查: one supervision visit; monthly coverage is computed from these. */
@ApiTags('visits')
@ApiBearerAuth()
@Controller('visits')
export class VisitsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles('supervisor')
  async record(@Body() body: RecordVisitDto, @Envelope() envelope: CommandEnvelope, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const { unitId, kind, date, matters, notes, methods, durationDays, onSiteFeedback, highlights, problems, suggestions } = body;
    const command = { type: 'RecordVisit' as const, visitId: newResourceId('visit', request), unitId, kind, date, matters, notes: notes ?? '', methods, durationDays, onSiteFeedback, highlights, problems, suggestions };
    const result = await this.commands.execute(new RecordVisitCommand(command, envelope));
    response.status(result.replayed ? 200 : 201).setHeader('Location', `/api/visits/${result.id}`);
    return commandResponse(response, result);
  }

  /** 督导报告: due 3 working days after the visit; a later one is recorded as late. */
  @Post(':id/report')
  @Roles('supervisor')
  @HttpCode(200)
  async report(@Param('id', ParseUUIDPipe) id: string, @Body() body: VisitReportDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    return commandResponse(response, await this.commands.execute(new ExecuteVisitCommand(id, { type: 'SubmitVisitReport', visitId: id, report: body.report }, envelope)));
  }
}
