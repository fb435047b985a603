import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CaseLookups, NotFoundError, REGISTRY } from '@app/application';
import type { RegistryRepository } from '@app/registry';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { DocumentFormatQueryDto } from '../documents/document-format.dto';
import { sendOfficialDocument } from '../documents/official-document.response';
import { registryNames } from '../lists/registry-names';
import { inScope, scopeFilter } from '../queries/scope-filter';
import { caseDecisionDocument, type DecidedCase } from './case-decision-document.model';

/** GET /accountability-cases/:id/decision-document?format=pdf|docx — the decision document, once issued, for the office. */
@ApiTags('accountability')
@ApiBearerAuth()
@Controller('accountability-cases')
@Roles('leader', 'coordinator', 'auditor')
export class CaseDecisionDocumentController {
  constructor(
    private readonly lookups: CaseLookups,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
  ) {}

  @Get(':id/decision-document')
  async document(@Param('id', ParseUUIDPipe) id: string, @Query() q: DocumentFormatQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res() res: Response) {
    const found = await this.lookups.revealedCase(id); // persons' names through the vault: [已删除] once erased
    const scope = scopeFilter(actor);
    const visible = found && (found.subjects.some((s) => inScope(scope, { unitId: s.unitId, regionId: found.regionId })) || inScope(scope, { unitId: '', regionId: found.regionId }));
    if (!found || !visible || !found.decision) throw new NotFoundError(`accountability case ${id} has no decision document`);
    const [units, regions] = await Promise.all([registryNames(this.registry), this.registry.listRegions()]);
    const model = caseDecisionDocument(found as DecidedCase, { region: regions.find((r) => r.id === found.regionId)?.name ?? '', unit: units.unit });
    return sendOfficialDocument(res, model, q.format, found.decision.docNumber || model.title, 'private');
  }
}
