import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { REGISTRY } from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { countedMonthsOfSchoolYear, isCountedMonth, schoolYearOf } from '@app/domain';
import { CoverageReader, VISIT_COVERAGE } from '@app/projections';
import type { RegistryRepository } from '@app/registry';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { coverageColumns } from '../lists/list-columns';
import { exportFile } from '../lists/list-export';
import { registryNames } from '../lists/registry-names';
import { CoverageQueryDto } from './query-params.dto';
import { ReadYourWrites } from './read-your-writes';
import { scopeFilter } from './scope-filter';

/** GET /coverage?month=YYYY-MM: responsibility supervisors' monthly visits to their assigned schools (≥ 1 each); CSV/XLSX too. */
@ApiTags('read models')
@ApiBearerAuth()
@Controller('coverage')
@Roles('leader', 'coordinator', 'supervisor')
export class CoverageController {
  constructor(
    private readonly coverage: CoverageReader,
    private readonly freshness: ReadYourWrites,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async get(@Query() query: CoverageQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(VISIT_COVERAGE, query.minPosition, res);
    const read = await this.coverage.month(query.month, scopeFilter(actor));
    // 每学年按照10个月计算: a pair whose school's region does not count this month is not required to be met.
    const policy = this.config.coverage.countedMonths;
    // School-year totals per school: the counted months so far (up to this month) in which its supervisor visited it.
    const schoolYear = schoolYearOf(query.month);
    const soFar = (regionId: string) => countedMonthsOfSchoolYear(schoolYear, regionId, policy).filter((m) => m <= query.month);
    const visited = await this.coverage.visitedPairMonths([...new Set(read.items.flatMap((row) => soFar(row.regionId)))]);
    const items = read.items.map((row) => {
      const months = soFar(row.regionId);
      const yearMonthsMet = months.filter((m) => visited.has(`${row.unitId}|${row.supervisorId}|${m}`)).length;
      return { ...row, counted: isCountedMonth(query.month, row.regionId, policy), schoolYear, yearMonthsMet, yearMonthsCounted: months.length };
    });
    const counted = items.length ? items.some((row) => row.counted) : isCountedMonth(query.month, actor.regionId, policy);
    const month = { ...read, items, counted };
    if (!query.format) return month;
    const columns = coverageColumns(await registryNames(this.registry));
    return exportFile(query.format, query.lang ?? 'zh', `coverage-${query.month}`, columns, month.items);
  }
}
