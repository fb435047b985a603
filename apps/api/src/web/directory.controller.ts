import { BadRequestException, Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { JurisdictionService, regionSubtree, REGISTRY } from '@app/application';
import type { Region, RegistryRepository, Supervisor, Unit, UserRecord } from '@app/registry';
import { CurrentActor } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { displayNameOf, type DirectoryUser } from './display-names';

const MAX_IDS = 200;

/**
 * Display names for the ids people read (DESIGN §4 `/directory`), limited to what the caller may know: users of the
 * caller's region and the regions below and above it, units within the caller's jurisdiction.
 */
@ApiTags('registry')
@ApiBearerAuth()
@Controller('directory')
export class DirectoryController {
  constructor(
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    private readonly jurisdictions: JurisdictionService,
  ) {}

  @Get('users')
  async users(@CurrentActor() actor: AuthenticatedActor, @Query('ids') ids?: string): Promise<{ items: DirectoryUser[] }> {
    const wanted = [...new Set((ids ?? '').split(',').map((id) => id.trim()).filter(Boolean))];
    if (wanted.length > MAX_IDS || wanted.some((id) => id.length > 200)) {
      throw new BadRequestException(`ids: at most ${MAX_IDS} ids of at most 200 characters`);
    }
    const [users, regions, units, supervisors] = await Promise.all([
      this.registry.findUsers(wanted),
      this.registry.listRegions(),
      this.registry.listUnits(),
      this.registry.listSupervisors(),
    ]);
    const visible = new Set([...regionSubtree(actor.regionId, regions), ...ancestors(actor.regionId, regions)]);
    const lookups = { regions: byId(regions), units: byId(units), supervisors: byId(supervisors) };
    return { items: users.filter((u) => visible.has(u.regionId)).map((u) => toEntry(u, lookups)) };
  }

  @Get('units')
  async units(@CurrentActor() actor: AuthenticatedActor) {
    const [all, zones, scope] = await Promise.all([this.registry.listUnits(), this.registry.listZones(), this.jurisdictions.scopeFilter(actor)]);
    const zoneNames = new Map(zones.map((z) => [z.id, z.name]));
    const mine = new Set(actor.supervisorId ? ((await this.registry.findSupervisor(actor.supervisorId))?.assignedUnitIds ?? []) : []);
    const items = all
      .filter((u) => (!scope.regionIds || scope.regionIds.includes(u.regionId)) && (!scope.unitIds || scope.unitIds.includes(u.id)))
      .map((u) => ({ id: u.id, name: u.name, type: u.type, regionId: u.regionId, zoneId: u.zoneId ?? null, zoneName: u.zoneId ? (zoneNames.get(u.zoneId) ?? null) : null, assigned: mine.has(u.id) }));
    return { items, total: items.length };
  }
}

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

function ancestors(regionId: string, regions: Region[]): string[] {
  const parents = new Map(regions.map((r) => [r.id, r.parentId]));
  const result: string[] = [];
  for (let at = parents.get(regionId); at && !result.includes(at); at = parents.get(at)) result.push(at);
  return result;
}

function toEntry(user: UserRecord, lookups: { regions: Map<string, Region>; units: Map<string, Unit>; supervisors: Map<string, Supervisor> }): DirectoryUser {
  const region = lookups.regions.get(user.regionId);
  const unit = user.unitId ? lookups.units.get(user.unitId) : undefined;
  const supervisor = user.supervisorId ? lookups.supervisors.get(user.supervisorId) : undefined;
  return {
    id: user.id,
    role: user.role,
    ...displayNameOf(user, { region, unit, supervisor }),
    regionId: user.regionId,
    unitId: user.unitId ?? null,
    unitName: unit?.name ?? null,
  };
}
