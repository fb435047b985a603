import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { NotFoundError, REGISTRY } from '@app/application';
import { ActivitiesReader } from '@app/projections';
import type { RegistryRepository } from '@app/registry';
import { CurrentActor, Public, Roles } from '../../auth/auth.decorators';
import type { AuthenticatedActor } from '../../auth/authenticated-actor';
import { DocumentQueryDto, sendDocument, type DocumentFormat } from '../../documents/document-format';
import { registryNames } from '../../lists/registry-names';
import { scopeFilter } from '../../queries/scope-filter';
import { renderReportDocx } from './report-docx.renderer';
import { renderReportPdf } from './report-pdf.renderer';
import { reportRenderModel, type RenderableActivity } from './report-render.model';

/**
 * A school's supervision report as PDF or Word: GET /activities/:id/reports/:unitId/document (the office, in
 * jurisdiction; names the members who found each point) and its public twin for reports published to the public
 * (no names of persons).
 */
@ApiTags('activities')
@Controller()
export class ActivityReportDocumentsController {
  constructor(
    private readonly activities: ActivitiesReader,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
  ) {}

  @Get('activities/:id/reports/:unitId/document')
  @ApiBearerAuth()
  @Roles('leader', 'coordinator', 'auditor', 'supervisor')
  async document(@Param('id', ParseUUIDPipe) id: string, @Param('unitId') unitId: string, @Query() query: DocumentQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res() res: Response) {
    const activity = await this.activities.get(id, scopeFilter(actor), actor.supervisorId ?? null, false);
    return this.send(res, activity, id, unitId, query.format, 'office');
  }

  @Get('public/reports/:id/:unitId/document')
  @Public()
  async publicDocument(@Param('id', ParseUUIDPipe) id: string, @Param('unitId') unitId: string, @Query() query: DocumentQueryDto, @Res() res: Response) {
    const activity = await this.activities.getPublic(id);
    return this.send(res, activity?.state.units?.[unitId]?.report ? activity : null, id, unitId, query.format, 'public');
  }

  private async send(res: Response, activity: (RenderableActivity & { regionId: string }) | null, id: string, unitId: string, format: DocumentFormat, view: 'office' | 'public') {
    if (!activity?.state.units?.[unitId]) throw new NotFoundError(`no report of activity ${id} for ${unitId}`);
    const [names, regions] = await Promise.all([registryNames(this.registry), this.registry.listRegions()]);
    const model = reportRenderModel(activity, unitId, {
      region: regions.find((r) => r.id === activity.regionId)?.name ?? '',
      school: names.unit(unitId),
      matter: (code) => names.category(code, 'zh'),
      supervisor: view === 'office' ? (sid) => names.supervisor(sid) : null,
    });
    const bytes = await (format === 'pdf' ? renderReportPdf(model) : renderReportDocx(model));
    sendDocument(res, bytes, format, 'report', `${model.number}${model.school}督导报告`, view);
  }
}
