import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, REGISTRY, type Clock } from '@app/application';
import { ACTIVITIES, ActivitiesReader } from '@app/projections';
import type { RegistryRepository } from '@app/registry';
import { Public } from '../auth/auth.decorators';
import type { ExportColumn } from '../lists/list-export';
import { answerList, exportName } from '../lists/list-export';
import { beijing } from '../lists/export-vocabulary';
import { PagedQueryDto } from '../queries/query-params.dto';
import { ReadYourWrites } from '../queries/read-your-writes';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const KIND: Record<string, [string, string]> = { joint: ['联合视导', 'Joint visit'], special: ['专项督导', 'Special'], comprehensive: ['综合督导', 'Comprehensive'] };
const columns: ExportColumn<Row>[] = [
  { zh: '编号', en: 'Number', value: (r) => r.number },
  { zh: '类型', en: 'Kind', value: (r, lang) => KIND[r.kind]?.[lang === 'en' ? 1 : 0] ?? r.kind },
  { zh: '名称', en: 'Title', value: (r) => r.title },
  { zh: '发布时间', en: 'Published', value: (r) => beijing(r.publishedAt) },
  { zh: '督导报告', en: 'Reports', value: (r) => (r.reports as Row[]).map((x) => `${x.unitName}：${x.report}`).join('\n') },
];

/** GET /public/reports (anyone): supervision reports published to the public (条例 art. 23), by school, no names of persons. */
@ApiTags('public')
@Controller('public/reports')
@Public()
export class PublicReportsController {
  constructor(
    private readonly activities: ActivitiesReader,
    private readonly freshness: ReadYourWrites,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async list(@Query() query: PagedQueryDto, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(ACTIVITIES, query.minPosition, res);
    const names = new Map((await this.registry.listUnits()).map((u) => [u.id, u.name]));
    const read = async (page: number, pageSize: number) => {
      const { items, total } = await this.activities.listPublic(page, pageSize);
      return { items: items.map((a) => ({ ...a, reports: a.reports.map((r: { unitId: string }) => ({ ...r, unitName: names.get(r.unitId) ?? '' })) })), total };
    };
    return answerList(query, read, columns, exportName('public-reports', this.clock));
  }
}
