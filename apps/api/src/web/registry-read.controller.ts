import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { JurisdictionService, REGISTRY } from '@app/application';
import type { RegistryRepository, Unit } from '@app/registry';
import { CurrentActor } from '../auth/auth.decorators';
import { displayNameOf } from './display-names';
import { userRecordOf } from '../auth/auth.service';
import type { AuthenticatedActor } from '../auth/authenticated-actor';

/** Read-only registry look-ups for the UI's pickers, limited to the caller's jurisdiction. */
@ApiTags('registry')
@ApiBearerAuth()
@Controller()
export class RegistryReadController {
  constructor(
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    private readonly jurisdictions: JurisdictionService,
  ) {}

  /**
   * Who the caller is, with the names the UI shows (region, unit, supervisor and assigned schools): from the
   * registry snapshot the jurisdictions come from (no query per request; an import refreshes it at once).
   */
  @Get('me')
  async me(@CurrentActor() actor: AuthenticatedActor) {
    const directory = await this.jurisdictions.directory();
    const region = directory.regions.get(actor.regionId) ?? null;
    const unit = actor.unitId ? (directory.units.get(actor.unitId) ?? null) : null;
    const supervisor = actor.supervisorId ? (directory.supervisors.get(actor.supervisorId) ?? null) : null;
    // The guard's own record of the user (its cache): no query on the request path.
    const user = userRecordOf(actor) ?? (await this.registry.findUser(actor.id));
    const names = user
      ? displayNameOf(user, { region: region ?? undefined, unit: unit ?? undefined, supervisor: supervisor ?? undefined })
      : { displayName: actor.username, displayNameEn: actor.username };
    return {
      id: actor.id,
      username: actor.username,
      ...names,
      role: actor.role,
      regionId: actor.regionId,
      regionName: region?.name ?? null,
      regionNameEn: region?.nameEn ?? null,
      unit,
      supervisor,
    };
  }

  @Get('registry/units')
  async units(@CurrentActor() actor: AuthenticatedActor): Promise<Unit[]> {
    return this.unitsInScope(actor);
  }

  @Get('registry/zones')
  async zones(@CurrentActor() actor: AuthenticatedActor) {
    const units = await this.unitsInScope(actor);
    const zoneIds = new Set(units.map((u) => u.zoneId).filter(Boolean));
    return (await this.registry.listZones()).filter((z) => zoneIds.has(z.id));
  }

  @Get('registry/categories')
  categories() {
    return this.registry.listCategories();
  }

  /** The same jurisdiction as every other read (a zone leader sees the whole zone). */
  private async unitsInScope(actor: AuthenticatedActor): Promise<Unit[]> {
    const [all, scope] = await Promise.all([this.registry.listUnits(), this.jurisdictions.scopeFilter(actor)]);
    const regions = scope.regionIds ? new Set(scope.regionIds) : null;
    const units = scope.unitIds ? new Set(scope.unitIds) : null;
    return all.filter((u) => (!regions || regions.has(u.regionId)) && (!units || units.has(u.id)));
  }
}
