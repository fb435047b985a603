const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of an ISO instant with an explicit offset, or NaN. */
export function instantMillis(value: string): number {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return Number.NaN;
  return Date.parse(value);
}

export function isInstant(value: string): boolean {
  return !Number.isNaN(instantMillis(value));
}

/** The canonical UTC form ('…T…:…:….000Z') so stored instants compare as strings too. */
export function normalizeInstant(value: string): string {
  return new Date(instantMillis(value)).toISOString();
}
