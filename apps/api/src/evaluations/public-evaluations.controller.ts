import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, REGISTRY, type Clock } from '@app/application';
import { EVALUATION_SCORES, EvaluationScoresReader } from '@app/projections';
import type { RegistryRepository } from '@app/registry';
import { Public } from '../auth/auth.decorators';
import { beijing } from '../lists/export-vocabulary';
import { answerList, exportName, type ExportColumn } from '../lists/list-export';
import { FreshCache } from '../queries/fresh-cache';
import { PagedQueryDto } from '../queries/query-params.dto';
import { ReadYourWrites } from '../queries/read-your-writes';
import { evaluationReportTitle } from './evaluation-report.model';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Page = { items: Row[]; total: number };
const columns: ExportColumn<Row>[] = [
  { zh: '报告文号', en: 'Number', value: (r) => r.reportNumber ?? '' },
  { zh: '报告名称', en: 'Title', value: (r) => r.title },
  { zh: '评价得分', en: 'Score', value: (r) => r.total },
  { zh: '评价等级', en: 'Grade', value: (r) => r.grade },
  { zh: '发布时间', en: 'Published', value: (r) => beijing(r.publishedAt) },
];

/** GET /public/evaluations (anyone): 督政 reports published to the public — government, year, score, number; no person. */
@ApiTags('public')
@Controller('public/evaluations')
@Public()
export class PublicEvaluationsController {
  /** A crowd of readers costs one query per page for 5 s (as the public bulletins). */
  private readonly pages = new FreshCache<Page>(5_000);

  constructor(
    private readonly scores: EvaluationScoresReader,
    private readonly freshness: ReadYourWrites,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async list(@Query() query: PagedQueryDto, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(EVALUATION_SCORES, query.minPosition, res);
    const read = (page: number, pageSize: number) =>
      query.minPosition || query.format ? this.read(page, pageSize) : this.pages.get(`${page}|${pageSize}`, () => this.read(page, pageSize));
    return answerList(query, read, columns, exportName('public-evaluations', this.clock));
  }

  private async read(page: number, pageSize: number): Promise<Page> {
    const [{ items, total }, units] = await Promise.all([this.scores.listPublic(page, pageSize), this.registry.listUnits()]);
    const names = new Map(units.map((u) => [u.id, u.name]));
    return {
      items: items.map(({ unitId, ...r }) => {
        const government = names.get(unitId) ?? '';
        return { ...r, government, title: evaluationReportTitle(government, r.year), reportPath: `/api/public/evaluations/${r.evaluationId}/report` };
      }),
      total,
    };
  }
}
