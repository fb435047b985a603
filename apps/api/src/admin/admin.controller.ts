import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import type { Pool } from 'pg';
import { JurisdictionService, PG_POOL } from '@app/application';
import { importRegistry } from '@app/registry';
import { Roles } from '../auth/auth.decorators';
import { AuthService } from '../auth/auth.service';
import { ValidationFailedException } from '../http/problem';
import { DeniedAttemptsLog } from './denied-attempts.log';

class DeniedAttemptsQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @IsOptional() @Matches(/^\d{1,18}$/) before?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(599) status?: number;
  @IsOptional() @IsString() actorId?: string;
}

class RegistryImportDto {
  @IsIn(['json', 'csv']) format!: 'json' | 'csv';
  /** format json: the registry object (the shape of demo-county.json) */
  @IsOptional() @IsObject() data?: Record<string, unknown>;
  /** format csv: one CSV text per section, e.g. { "units": "id,code,name,type,regionId,zoneId\n…" } */
  @IsOptional() @IsObject() files?: Record<string, string>;
  @IsOptional() @IsBoolean() dryRun?: boolean;
}

/** Administration: the denied-attempts log and the registry import. Admins only. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
@Roles('admin')
export class AdminController {
  constructor(
    private readonly denied: DeniedAttemptsLog,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly jurisdictions: JurisdictionService,
    private readonly auth: AuthService,
  ) {}

  /** Refused requests, newest first; page with `before=<id of the last item>`. */
  @Get('denied-attempts')
  deniedAttempts(@Query() query: DeniedAttemptsQuery) {
    return this.denied.list({ limit: query.limit ?? 100, before: query.before, status: query.status, actorId: query.actorId });
  }

  /**
   * Imports regions, zones, units, supervisors, users and categories from JSON or CSV: all or nothing, every error
   * listed by row and field (400 REGISTRY_IMPORT_INVALID). Re-importing updates. `dryRun` validates only.
   */
  @Post('registry/import')
  @HttpCode(200)
  async importRegistry(@Body() body: RegistryImportDto) {
    if (body.format === 'json' && (body.data === undefined || body.files !== undefined)) {
      throw new ValidationFailedException([{ field: 'data', message: 'format json needs data (and no files)' }]);
    }
    if (body.format === 'csv' && (body.files === undefined || body.data !== undefined)) {
      throw new ValidationFailedException([{ field: 'files', message: 'format csv needs files (and no data)' }]);
    }
    const input = body.format === 'json' ? { format: 'json' as const, data: body.data } : { format: 'csv' as const, files: body.files! };
    const summary = await importRegistry(this.pool, input, { dryRun: body.dryRun });
    if (!summary.dryRun) {
      this.jurisdictions.invalidate();
      this.auth.invalidate();
    }
    return summary;
  }
}
