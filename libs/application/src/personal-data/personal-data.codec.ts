import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { canonicalJson, type ProtectedValue } from '@app/event-store';

/**
 * The vault's cryptography, pure (node:crypto only). AES-256-GCM everywhere: a value is sealed with its subject's
 * data key; data keys are wrapped with the key-encryption key derived from PII_MASTER_KEY.
 *
 * commitment = SHA-256("sl-pii-commitment-v1" ‖ 0 ‖ salt ‖ canonical JSON of the value), salt 32 random bytes kept
 * only inside the ciphertext. The chain hashes the commitment: while the key exists a reader can prove the value it
 * decrypted is the one the chain committed to; once the key is gone nobody can test a guessed name against it.
 */
const COMMITMENT_TAG = Buffer.from('sl-pii-commitment-v1\0', 'utf8');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT_BYTES = 32;

export type OpenResult = { ok: true; value: unknown } | { ok: false; reason: 'undecryptable' | 'commitment_mismatch' | 'no_ciphertext' };

export function generateKey(): Buffer {
  return randomBytes(32);
}

export function commitmentOf(salt: Buffer, value: unknown): string {
  return createHash('sha256').update(COMMITMENT_TAG).update(salt).update(canonicalJson(value), 'utf8').digest('base64url');
}

/** AES-256-GCM of `plaintext` with `aad` bound in: base64url(iv ‖ tag ‖ ciphertext). */
export function encrypt(key: Buffer, plaintext: Buffer, aad: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The plaintext, or null when the key, the aad or the bytes are not the ones it was sealed with. */
export function decrypt(key: Buffer, sealed: string, aad: string): Buffer | null {
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

const valueAad = (subject: string, commitment: string) => `sl-pii-value-v1\0${subject}\0${commitment}`;
const keyAad = (subject: string) => `sl-pii-key-v1\0${subject}`;

/** A value → the marker an event stores in its place. */
export function sealValue(dataKey: Buffer, subject: string, value: unknown): ProtectedValue {
  const salt = randomBytes(SALT_BYTES);
  const commitment = commitmentOf(salt, value);
  const plaintext = Buffer.from(JSON.stringify({ s: salt.toString('base64url'), v: value }), 'utf8');
  return { $pii: 1, subject, commitment, ciphertext: encrypt(dataKey, plaintext, valueAad(subject, commitment)) };
}

/** The marker → its value, checked against the commitment the chain covers. */
export function openValue(dataKey: Buffer, marker: ProtectedValue): OpenResult {
  if (marker.ciphertext === undefined) return { ok: false, reason: 'no_ciphertext' };
  const plaintext = decrypt(dataKey, marker.ciphertext, valueAad(marker.subject, marker.commitment));
  if (!plaintext) return { ok: false, reason: 'undecryptable' };
  let parsed: { s?: unknown; v?: unknown };
  try {
    parsed = JSON.parse(plaintext.toString('utf8')) as { s?: unknown; v?: unknown };
  } catch {
    return { ok: false, reason: 'undecryptable' };
  }
  if (typeof parsed.s !== 'string' || !('v' in parsed)) return { ok: false, reason: 'undecryptable' };
  if (commitmentOf(Buffer.from(parsed.s, 'base64url'), parsed.v) !== marker.commitment) return { ok: false, reason: 'commitment_mismatch' };
  return { ok: true, value: parsed.v };
}

/** A data key wrapped by the key-encryption key, bound to its subject (a wrapped key cannot be moved to another). */
export function wrapKey(kek: Buffer, subject: string, dataKey: Buffer): string {
  return encrypt(kek, dataKey, keyAad(subject));
}

export function unwrapKey(kek: Buffer, subject: string, wrapped: string): Buffer | null {
  const key = decrypt(kek, wrapped, keyAad(subject));
  return key && key.length === 32 ? key : null;
}
