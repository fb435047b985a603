import { createHash } from 'node:crypto';

/** The same uuid for the same key on every run: a resumed or repeated seeding lands on the same streams. */
export function demoId(key: string): string {
  const hex = createHash('sha256').update(`demo-history|${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A piece of evidence as the browser records it: a file name and the SHA-256 of its content. */
export function demoEvidence(name: string): { name: string; sha256: string } {
  return { name, sha256: createHash('sha256').update(`demo-evidence|${name}`).digest('hex') };
}

export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
