/**
 * What a school reads of its own issue's history: every step of the loop, without the office's internal notes
 * (the closing note) and without the names of persons held accountable (personal information, DESIGN §3.11).
 */
export function redactForUnit(type: string, data: Record<string, unknown>): Record<string, unknown> {
  if (type === 'IssueClosed') {
    const { note: _internal, ...rest } = data;
    return rest;
  }
  if (type === 'AccountabilityDecided' && Array.isArray(data.targets)) {
    return {
      ...data,
      targets: (data.targets as { kind?: string; name?: string }[]).map((target) => (target.kind === 'person' ? { ...target, name: '' } : target)),
    };
  }
  return data;
}

/** The metadata a school needs: who (by id, named through the directory) and when; no command ids or fingerprints. */
export function unitMetadata(metadata: { actor?: unknown; recordedAt?: string; eventId?: string }): Record<string, unknown> {
  return { actor: metadata.actor, recordedAt: metadata.recordedAt, eventId: metadata.eventId };
}
