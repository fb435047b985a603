/**
 * THE jurisdiction rules (DESIGN §4 "Scope"), in one place and pure: no Nest, no database, no clock.
 *
 *   system (worker, process managers)     → everything
 *   admin, leader, coordinator, auditor   → their region and every region below it (the city sees both counties)
 *   supervisor                            → their assigned schools; the leader of a responsibility zone → the whole zone
 *   unit                                  → its own unit
 *   anything else (public, unknown)       → nothing
 *
 * The same jurisdiction limits reads and commands alike. How a refusal answers:
 *   - a single resource (issue, bulletin) outside the jurisdiction is indistinguishable from one that does not
 *     exist: 404, for reads AND commands (existence must not leak);
 *   - a command the role may not send is 403 (checked before anything is read, so it leaks nothing);
 *   - a command naming a registry unit outside the jurisdiction (POST /issues, POST /visits) is 403 — units are
 *     registry data, not secrets.
 * Rule-level checks that need identity (RECHECKER_NOT_INDEPENDENT) use the same actor, in the decider.
 */

export type ScopeRole = 'admin' | 'leader' | 'coordinator' | 'auditor' | 'supervisor' | 'unit' | 'system' | 'public';

/** Who is asking, as far as scoping is concerned (AuthenticatedActor and the domain Actor both fit). */
export interface ScopedActor {
  id: string;
  role: ScopeRole | string;
  regionId?: string;
  unitId?: string;
  supervisorId?: string;
}

/** The slice of the registry the rules need. */
export interface RegistrySnapshot {
  regions: ReadonlyArray<{ id: string; parentId: string | null }>;
  zones: ReadonlyArray<{ id: string; regionId: string; leaderSupervisorId?: string | null }>;
  units: ReadonlyArray<{ id: string; regionId: string; zoneId?: string | null }>;
  supervisors: ReadonlyArray<{ id: string; regionId: string; zoneId?: string | null; assignedUnitIds: readonly string[] }>;
}

export type Jurisdiction =
  | { kind: 'all' }
  /** a region subtree: every unit whose region is listed */
  | { kind: 'regions'; regionIds: string[] }
  /** an explicit set of units (supervisor, zone leader, unit user); zoneIds are the zones the actor leads */
  | { kind: 'units'; unitIds: string[]; zoneIds: string[] }
  | { kind: 'none' };

/** What a scoped resource is attached to. Issues, visits and bulletins carry these in their first event. */
export interface ScopeTarget {
  unitId?: string | null;
  regionId?: string | null;
}

export const REGION_SCOPED_ROLES: readonly string[] = ['admin', 'leader', 'coordinator', 'auditor'];

/** The region and every region below it (cycle-safe). */
export function regionSubtree(regionId: string, regions: RegistrySnapshot['regions']): string[] {
  if (!regions.some((r) => r.id === regionId)) return [];
  const result = [regionId];
  const seen = new Set(result);
  for (let i = 0; i < result.length; i++) {
    for (const region of regions) {
      if (region.parentId === result[i] && !seen.has(region.id)) {
        seen.add(region.id);
        result.push(region.id);
      }
    }
  }
  return result;
}

export function computeJurisdiction(actor: ScopedActor, registry: RegistrySnapshot): Jurisdiction {
  if (actor.role === 'system') return { kind: 'all' };
  if (REGION_SCOPED_ROLES.includes(actor.role)) {
    const regionIds = actor.regionId ? regionSubtree(actor.regionId, registry.regions) : [];
    return regionIds.length ? { kind: 'regions', regionIds } : { kind: 'none' };
  }
  if (actor.role === 'supervisor') {
    const supervisor = actor.supervisorId ? registry.supervisors.find((s) => s.id === actor.supervisorId) : undefined;
    if (!supervisor) return { kind: 'none' };
    // A supervisor never reaches beyond their own region, whatever an import says.
    const allowedRegions = new Set(regionSubtree(actor.regionId ?? supervisor.regionId, registry.regions));
    const unitsById = new Map(registry.units.map((u) => [u.id, u]));
    const zoneIds = registry.zones.filter((z) => z.leaderSupervisorId === supervisor.id && allowedRegions.has(z.regionId)).map((z) => z.id);
    const unitIds = new Set<string>();
    for (const id of supervisor.assignedUnitIds) {
      const unit = unitsById.get(id);
      if (unit && allowedRegions.has(unit.regionId)) unitIds.add(id);
    }
    const led = new Set(zoneIds);
    for (const unit of registry.units) if (unit.zoneId && led.has(unit.zoneId) && allowedRegions.has(unit.regionId)) unitIds.add(unit.id);
    return unitIds.size ? { kind: 'units', unitIds: [...unitIds].sort(), zoneIds } : { kind: 'none' };
  }
  if (actor.role === 'unit') {
    const unit = actor.unitId ? registry.units.find((u) => u.id === actor.unitId) : undefined;
    return unit ? { kind: 'units', unitIds: [unit.id], zoneIds: [] } : { kind: 'none' };
  }
  return { kind: 'none' };
}

/** Does the jurisdiction reach this resource? A unit-scoped jurisdiction needs the unit; a region one the region. */
export function covers(jurisdiction: Jurisdiction, target: ScopeTarget): boolean {
  switch (jurisdiction.kind) {
    case 'all':
      return true;
    case 'regions':
      return !!target.regionId && jurisdiction.regionIds.includes(target.regionId);
    case 'units':
      return !!target.unitId && jurisdiction.unitIds.includes(target.unitId);
    default:
      return false;
  }
}

/**
 * The filter every list applies (AND-ed with the caller's own filters, which can only narrow it).
 * `{}` means unrestricted; an empty array means nothing.
 */
export interface ScopeFilter {
  regionIds?: string[];
  unitIds?: string[];
}

export function toScopeFilter(jurisdiction: Jurisdiction): ScopeFilter {
  switch (jurisdiction.kind) {
    case 'all':
      return {};
    case 'regions':
      return { regionIds: [...jurisdiction.regionIds] };
    case 'units':
      return { unitIds: [...jurisdiction.unitIds] };
    default:
      return { unitIds: [] };
  }
}

/** Does a row (with its unit and region) pass a scope filter? For in-memory filtering (alerts, SSE). */
export function passesScopeFilter(filter: ScopeFilter, row: ScopeTarget): boolean {
  if (filter.regionIds && !(row.regionId && filter.regionIds.includes(row.regionId))) return false;
  if (filter.unitIds && !(row.unitId && filter.unitIds.includes(row.unitId))) return false;
  return true;
}

/** Which roles may send which command (DESIGN §4, "who"); the HTTP routes say the same with @Roles. */
export const COMMAND_ROLES: Readonly<Record<string, readonly string[]>> = {
  RegisterIssue: ['supervisor', 'coordinator'],
  FeedBackIssue: ['supervisor', 'coordinator'],
  OrderRectification: ['supervisor', 'coordinator'],
  RequestExtension: ['unit'],
  DecideExtension: ['supervisor', 'coordinator'],
  ReportRectification: ['unit'],
  ConductRecheck: ['supervisor', 'coordinator'],
  DecideAccountability: ['leader'],
  CloseIssue: ['supervisor', 'coordinator'],
  ConductLookBack: ['supervisor', 'coordinator'],
  WithdrawIssue: ['coordinator'],
  ReportResult: [],
  MarkDueSoon: [],
  MarkOverdue: [],
  IssueReminder: [],
  RemindIssue: ['supervisor', 'coordinator'],
  HoldInterview: ['leader', 'coordinator'],
  AdvanceLadder: [],
  // accountability cases (DESIGN §3.6): the office works the case, leaders approve and decide remedies
  OpenCase: ['leader', 'coordinator'],
  FormInvestigationGroup: ['leader', 'coordinator'],
  DetermineFacts: ['leader', 'coordinator'],
  ServeFactsAndProposal: ['leader', 'coordinator'],
  HearStatement: ['leader', 'coordinator'],
  WaiveStatement: ['leader', 'coordinator'],
  FormOpinion: ['leader', 'coordinator'],
  ApproveDecision: ['leader'],
  IssueDecision: ['leader', 'coordinator'],
  ExecuteMeasure: ['leader', 'coordinator'],
  ReferMeasure: ['leader', 'coordinator'],
  PublishDecision: ['leader', 'coordinator'],
  RequestReview: ['leader', 'coordinator'],
  DecideReview: ['leader'],
  FileAppeal: ['leader', 'coordinator'],
  DecideAppeal: ['leader'],
  CorrectDecision: ['leader', 'coordinator'],
  ArchiveCase: ['leader', 'coordinator'],
  CheckCaseClocks: [],
  RecomputeDeadline: [],
  PublishCalendarYear: ['admin'],
  SeedCalendarYear: [],
  RecordVisit: ['supervisor'],
  SubmitVisitReport: ['supervisor'],
  MarkVisitReportOverdue: [],
  DraftBulletin: ['coordinator', 'leader'],
  PublishBulletin: ['coordinator', 'leader'],
  // 督查事项 (DESIGN §3.7): the office registers, assigns, reminds, decides and reviews; the units answer
  RegisterMatter: ['coordinator', 'leader'],
  AssignMatter: ['coordinator', 'leader'],
  ReportMatterProgress: ['unit'],
  IssueMatterReminder: ['coordinator', 'leader'],
  MarkMatterOverdue: [],
  RequestMatterExtension: ['unit'],
  DecideMatterExtension: ['coordinator', 'leader'],
  SubmitMatterCompletion: ['unit'],
  ReviewMatterCompletion: ['coordinator', 'leader'],
  CloseMatter: ['coordinator', 'leader'],
  // 督政 (DESIGN §3.7): the office launches, reviews and concludes; the government (or the office for it) self-evaluates
  LaunchEvaluation: ['coordinator', 'leader'],
  SubmitSelfEvaluation: ['unit', 'coordinator'],
  ReviewIndicator: ['coordinator', 'leader'],
  ConcludeEvaluation: ['coordinator', 'leader'],
  PublishEvaluation: ['coordinator', 'leader'],
  ReceiveComplaint: ['supervisor', 'coordinator'],
  AssignComplaint: ['coordinator'],
  VerifyComplaint: ['supervisor', 'coordinator'],
  ReplyToComplainant: ['supervisor', 'coordinator'],
  CloseComplaint: ['supervisor', 'coordinator'],
  MarkComplaintDueSoon: [],
  MarkComplaintOverdue: [],
  ScheduleLookBack: [],
  DrawLookBackSample: ['coordinator'],
  MarkRecheckOverdue: [],
  MarkLookBackOverdue: [],
  // supervision activities (DESIGN §3.5): finer rules (team members, the joint team's leader) in activity-access.ts
  PlanActivity: ['coordinator', 'leader', 'supervisor'],
  ReviseBulletin: ['coordinator', 'leader'],
};

export type Authorization = { allowed: true } | { allowed: false; status: 403 | 404; reason: string };

/**
 * May this actor send this command to a resource attached to `target`? Out of jurisdiction → 404 (as if it did
 * not exist); in jurisdiction but not the actor's role → 403. The system actor may do anything.
 * `target` null means "not found" (the resource does not exist); the caller answers that itself.
 */
export function authorizeCommand(actor: ScopedActor, jurisdiction: Jurisdiction, commandType: string, target: ScopeTarget): Authorization {
  if (actor.role === 'system') return { allowed: true };
  if (!covers(jurisdiction, target)) {
    return { allowed: false, status: 404, reason: `${commandType}: ${target.unitId ?? target.regionId ?? 'resource'} is outside the jurisdiction of ${actor.id}` };
  }
  const roles = COMMAND_ROLES[commandType];
  if (!roles || !roles.includes(actor.role)) {
    return { allowed: false, status: 403, reason: `${commandType}: the role ${actor.role} may not do this` };
  }
  return { allowed: true };
}

/**
 * A command that creates something at a registry unit (RegisterIssue, RecordVisit): the unit is named in the
 * body and is no secret, so out of jurisdiction is 403.
 */
export function authorizeUnitCommand(actor: ScopedActor, jurisdiction: Jurisdiction, commandType: string, unit: ScopeTarget): Authorization {
  const result = authorizeCommand(actor, jurisdiction, commandType, unit);
  if (!result.allowed && result.status === 404) return { allowed: false, status: 403, reason: result.reason };
  return result;
}

/** A marker on an error raised because something lay outside the actor's jurisdiction (for the denied-attempts log). */
export const OUT_OF_JURISDICTION = Symbol.for('supervision-loop.out-of-jurisdiction');

export function markOutOfJurisdiction<E extends Error>(error: E, reason: string): E {
  Object.defineProperty(error, OUT_OF_JURISDICTION, { value: reason, enumerable: false });
  return error;
}

export function outOfJurisdictionReason(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const reason = (error as Record<symbol, unknown>)[OUT_OF_JURISDICTION];
  return typeof reason === 'string' ? reason : null;
}
