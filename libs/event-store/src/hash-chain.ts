import { createHash } from 'node:crypto';
import type { ChainVerification, EventMetadata, RecordedEvent } from './event-store.port';
import { isProtectedValue, protectedValueHashForm } from './protected-value';

/**
 * JSON with object keys sorted at every depth, so a jsonb round trip (which reorders keys) hashes the same.
 * A protected personal value (protected-value.ts) is written as its hash form: subject and commitment, never the
 * ciphertext — erasing a subject's key, or dropping its ciphertext, changes no hash.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  if ('$pii' in value && isProtectedValue(value)) value = protectedValueHashForm(value);
  const entries = Object.keys(value as Record<string, unknown>)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

export function genesisHash(stream: string): string {
  return createHash('sha256').update(`stream:${stream}`).digest('hex');
}

export function eventHash(prevHash: string, type: string, data: unknown, metadata: EventMetadata): string {
  return createHash('sha256')
    .update(prevHash)
    .update(canonicalJson({ type, data, metadata }))
    .digest('hex');
}

/** Recomputes the chain of one stream's events (in stream order) and names the first version that breaks it. */
export function verifyChain(stream: string, events: RecordedEvent[]): ChainVerification {
  let prevHash = genesisHash(stream);
  for (const [index, event] of events.entries()) {
    const expectedVersion = index + 1;
    const recomputed = eventHash(prevHash, event.type, event.data, event.metadata);
    if (event.version !== expectedVersion || event.prevHash !== prevHash || event.hash !== recomputed) {
      return { valid: false, events: events.length, brokenAtVersion: event.version };
    }
    prevHash = event.hash;
  }
  return { valid: true, events: events.length };
}
