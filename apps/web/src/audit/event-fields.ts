/** How each field of an event reads to a person: its label key, and what kind of value it holds. */
export type FieldKind = 'text' | 'instant' | 'person' | 'unit' | 'category' | 'enum' | 'bool' | 'evidence' | 'targets' | 'list' | 'rule' | 'source' | 'visit' | 'bulletin' | 'number';

export const EVENT_FIELDS: Record<string, { label: string; kind: FieldKind; enumPrefix?: string }> = {
  number: { label: 'number', kind: 'number' },
  orderNumber: { label: 'orderNumber', kind: 'number' },
  unitId: { label: 'unit', kind: 'unit' },
  category: { label: 'category', kind: 'category' },
  severity: { label: 'severity', kind: 'enum', enumPrefix: 'severity' },
  safetyHazard: { label: 'safetyHazard', kind: 'bool' },
  title: { label: 'title', kind: 'text' },
  description: { label: 'description', kind: 'text' },
  source: { label: 'source', kind: 'source' },
  evidence: { label: 'evidence', kind: 'evidence' },
  foundAt: { label: 'foundAt', kind: 'instant' },
  foundBy: { label: 'foundBy', kind: 'person' },
  note: { label: 'note', kind: 'text' },
  channel: { label: 'channel', kind: 'enum', enumPrefix: 'channel' },
  fedBackAt: { label: 'fedBackAt', kind: 'instant' },
  fedBackBy: { label: 'fedBackBy', kind: 'person' },
  requirements: { label: 'requirements', kind: 'text' },
  deadline: { label: 'deadline', kind: 'instant' },
  previousDeadline: { label: 'previousDeadline', kind: 'instant' },
  deadlineRule: { label: 'deadlineRule', kind: 'rule' },
  orderedAt: { label: 'orderedAt', kind: 'instant' },
  orderedBy: { label: 'orderedBy', kind: 'person' },
  proposedDeadline: { label: 'proposedDeadline', kind: 'instant' },
  reason: { label: 'reason', kind: 'text' },
  requestedAt: { label: 'requestedAt', kind: 'instant' },
  requestedBy: { label: 'requestedBy', kind: 'person' },
  approved: { label: 'approved', kind: 'bool' },
  newDeadline: { label: 'newDeadline', kind: 'instant' },
  decidedAt: { label: 'decidedAt', kind: 'instant' },
  decidedBy: { label: 'decidedBy', kind: 'person' },
  detectedAt: { label: 'detectedAt', kind: 'instant' },
  level: { label: 'level', kind: 'enum', enumPrefix: 'reminder' },
  issuedAt: { label: 'issuedAt', kind: 'instant' },
  issuedBy: { label: 'issuedBy', kind: 'person' },
  measures: { label: 'measures', kind: 'list', enumPrefix: 'measure' },
  reportedAt: { label: 'reportedAt', kind: 'instant' },
  reportedBy: { label: 'reportedBy', kind: 'person' },
  late: { label: 'late', kind: 'bool' },
  method: { label: 'method', kind: 'enum', enumPrefix: 'method' },
  outcome: { label: 'outcome', kind: 'enum', enumPrefix: 'outcome' },
  findings: { label: 'findings', kind: 'text' },
  recheckedAt: { label: 'recheckedAt', kind: 'instant' },
  recheckedBy: { label: 'recheckedBy', kind: 'person' },
  targets: { label: 'targets', kind: 'targets' },
  basis: { label: 'basis', kind: 'text' },
  reasons: { label: 'reasons', kind: 'list', enumPrefix: 'reason' },
  scope: { label: 'scope', kind: 'enum', enumPrefix: 'scope' },
  bulletinId: { label: 'bulletin', kind: 'bulletin' },
  bulletinNumber: { label: 'bulletinNumber', kind: 'number' },
  publishedAt: { label: 'publishedAt', kind: 'instant' },
  closedAt: { label: 'closedAt', kind: 'instant' },
  closedBy: { label: 'closedBy', kind: 'person' },
  conductedAt: { label: 'conductedAt', kind: 'instant' },
  conductedBy: { label: 'conductedBy', kind: 'person' },
  reopenedAt: { label: 'reopenedAt', kind: 'instant' },
  reopenedBy: { label: 'reopenedBy', kind: 'person' },
  withdrawnAt: { label: 'withdrawnAt', kind: 'instant' },
  withdrawnBy: { label: 'withdrawnBy', kind: 'person' },
  dueAt: { label: 'dueAt', kind: 'instant' },
  calendarVersion: { label: 'calendarVersion', kind: 'text' },
};

/** Fields that say nothing to a reader (ids already shown as names elsewhere, internal counters). */
export const HIDDEN_FIELDS = new Set(['issueId', 'regionId', 'orderNo', 'reportedVersion', 'issueVersion', 'caseId', 'visitId']);

/** The actor ids an event's data names (to look their names up in one go). */
export function personIds(data: Record<string, unknown> | undefined): string[] {
  if (!data) return [];
  return Object.entries(data).filter(([key, value]) => EVENT_FIELDS[key]?.kind === 'person' && typeof value === 'string').map(([, value]) => value as string);
}
