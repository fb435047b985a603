import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CLOCK, type Clock } from '@app/application';
import { PublicRectificationReader, type SchoolRectificationRow } from '@app/projections';
import { Public } from '../auth/auth.decorators';
import type { ExportColumn } from '../lists/list-export';
import { answerList, exportName } from '../lists/list-export';
import { ValidationFailedException } from '../http/problem';
import { PagedQueryDto } from './query-params.dto';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

class PublicRectificationQueryDto extends PagedQueryDto {
  @IsOptional() @Matches(MONTH, { message: 'from must be a month YYYY-MM' }) from?: string;
  @IsOptional() @Matches(MONTH, { message: 'to must be a month YYYY-MM' }) to?: string;
}

const columns: ExportColumn<SchoolRectificationRow>[] = [
  { zh: '地区', en: 'Region', value: (r) => r.regionName ?? '' },
  { zh: '学校（单位）', en: 'School (unit)', value: (r) => r.unitName },
  { zh: '发现问题', en: 'Found', value: (r) => r.found },
  { zh: '已整改', en: 'Rectified', value: (r) => r.rectified },
  { zh: '曾逾期', en: 'Overdue', value: (r) => r.overdue },
  { zh: '已销号', en: 'Closed', value: (r) => r.closed },
];

const FRESH_MS = 30_000;

/** GET /public/rectification — 整改情况 by school for anyone (DESIGN §3.4): counts only, cached for 30 s. */
@ApiTags('public')
@Controller('public/rectification')
export class PublicRectificationController {
  private readonly cache = new Map<string, { at: number; answer: Promise<{ items: SchoolRectificationRow[]; total: number }> }>();

  constructor(
    private readonly reader: PublicRectificationReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Public()
  async bySchool(@Query() query: PublicRectificationQueryDto) {
    const year = new Date(Date.parse(this.clock.now()) + 8 * 3_600_000).toISOString().slice(0, 4);
    const period = { fromMonth: query.from ?? `${year}-01`, toMonth: query.to ?? `${year}-12` };
    if (period.fromMonth > period.toMonth) throw new ValidationFailedException([{ field: 'from', message: 'from must not be after to' }]);
    const read = (page: number, pageSize: number) => (query.format ? this.reader.bySchool(period, page, pageSize) : this.cached(period, page, pageSize));
    const answer = await answerList(query, read, columns, exportName('public-rectification', this.clock));
    return answer && !('getStream' in answer) ? { ...answer, from: period.fromMonth, to: period.toMonth } : answer;
  }

  /** 200 readers at once read one query, not 200: the same page within 30 s is answered from memory. */
  private cached(period: { fromMonth: string; toMonth: string }, page: number, pageSize: number) {
    const key = `${period.fromMonth}|${period.toMonth}|${page}|${pageSize}`;
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && now - hit.at < FRESH_MS) return hit.answer;
    const answer = this.reader.bySchool(period, page, pageSize);
    answer.catch(() => this.cache.delete(key));
    this.cache.set(key, { at: now, answer });
    if (this.cache.size > 500) this.cache.delete(this.cache.keys().next().value as string);
    return answer;
  }
}
