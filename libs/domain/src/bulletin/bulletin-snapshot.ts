import type { ActiveIssueState, ActiveIssueStatus } from '../issue/issue.state';
import type { RecheckMethod, RecheckOutcome, Severity } from '../issue/issue.types';
import { instantMillis } from '../shared/instant';

/**
 * One listed issue as the bulletin saw it when it was published (DESIGN §3.4): what the bulletin reports, what
 * its document and the public page show, and — through `issueVersion` — exactly which state of the issue its
 * ResultReported covers. Public: it holds no names of persons (a person held accountable appears only as the
 * unit they belong to).
 */
export interface BulletinItem {
  issueId: string;
  /** the issue's stream version the snapshot was taken at (ResultReported.reportedVersion) */
  issueVersion: number;
  /** the issue's human-readable number, when it has one */
  number: string | null;
  unitId: string;
  unitName: string;
  regionId: string;
  category: string;
  severity: Severity;
  safetyHazard: boolean;
  title: string;
  status: ActiveIssueStatus;
  /** the deadline of the latest rectification order, if any */
  deadline: string | null;
  /** an order went past its deadline unreported (recorded, or found so at publication) */
  overdue: boolean;
  /** the latest rectification report's measures */
  rectificationSummary: string | null;
  reportedLate: boolean | null;
  recheckOutcome: RecheckOutcome | null;
  recheckMethod: RecheckMethod | null;
  recheckedAt: string | null;
  /** the measures of the latest accountability decision, and the units it held accountable */
  accountabilityMeasures: string[];
  accountabilityUnits: Array<{ kind: 'unit' | 'person'; unitId: string | null; unitName: string | null }>;
}

/** Unit names by id, looked up in the registry by the publishing handler. */
export type UnitNames = Readonly<Record<string, string>>;

/** The snapshot of one issue at `now` (pure: the handler reads the stream and the registry, this shapes them). */
export function snapshotIssue(issue: ActiveIssueState, unitNames: UnitNames, now: string): BulletinItem {
  const order = issue.currentOrder;
  const overdueNow = issue.status === 'rectifying' && instantMillis(now) > instantMillis(issue.deadline);
  const accountability = issue.lastAccountability;
  return {
    issueId: issue.issueId,
    issueVersion: issue.version,
    number: issue.number ?? null,
    unitId: issue.unitId,
    unitName: unitNames[issue.unitId] ?? issue.unitId,
    regionId: issue.regionId,
    category: issue.category,
    severity: issue.severity,
    safetyHazard: issue.safetyHazard,
    title: issue.title,
    status: issue.status,
    deadline: order?.deadline ?? null,
    overdue: issue.accountabilityReasons.includes('overdue') || overdueNow,
    rectificationSummary: issue.lastReport?.measures ?? null,
    reportedLate: issue.lastReport ? issue.lastReport.late : null,
    recheckOutcome: issue.lastRecheck?.outcome ?? null,
    recheckMethod: issue.lastRecheck?.method ?? null,
    recheckedAt: issue.lastRecheck?.recheckedAt ?? null,
    accountabilityMeasures: accountability ? [...accountability.measures] : [],
    accountabilityUnits: (accountability?.targets ?? []).map(({ kind, unitId }) => ({
      kind,
      unitId,
      unitName: unitId === null ? null : (unitNames[unitId] ?? unitId),
    })),
  };
}
