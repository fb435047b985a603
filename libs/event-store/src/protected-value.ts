/**
 * A personal value as an event stores it (DESIGN §3.11): the subject it belongs to, a salted commitment to the value
 * and the value encrypted with that subject's data key. The hash chain covers `$pii`, `subject` and `commitment`
 * only — never the ciphertext (nor, of course, the plaintext) — so destroying the subject's key, or even dropping
 * the ciphertext, leaves every chain verifiable. The salt travels inside the ciphertext: once the key is gone the
 * commitment cannot be brute-forced from a list of likely names.
 *
 * The event store knows nothing else about personal data: encrypting, revealing and erasing live above the port
 * (libs/application/src/personal-data).
 */
export interface ProtectedValue {
  $pii: 1;
  /** `subj_<uuid>`: one person (or one flagged text) within one stream */
  subject: string;
  /** base64url SHA-256 over a domain tag, a random salt and the value's canonical JSON */
  commitment: string;
  /** base64url AES-256-GCM (iv ‖ tag ‖ ciphertext) of {salt, value}; absent if ever purged */
  ciphertext?: string;
}

/** The part of a protected value the hash chain covers. */
export type ProtectedValueHashForm = Pick<ProtectedValue, '$pii' | 'subject' | 'commitment'>;

const SUBJECT = /^subj_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const KEYS = new Set(['$pii', 'subject', 'commitment', 'ciphertext']);

/**
 * Strict on purpose: an object is a protected value only with exactly these keys and formats. Anything else is
 * hashed whole, so no field can ride along outside the chain by looking like a marker.
 */
export function isProtectedValue(value: unknown): value is ProtectedValue {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  if (v.$pii !== 1) return false;
  for (const key of Object.keys(v)) if (!KEYS.has(key)) return false;
  return (
    typeof v.subject === 'string' &&
    SUBJECT.test(v.subject) &&
    typeof v.commitment === 'string' &&
    v.commitment.length === 43 &&
    BASE64URL.test(v.commitment) &&
    (v.ciphertext === undefined || (typeof v.ciphertext === 'string' && BASE64URL.test(v.ciphertext)))
  );
}

export function protectedValueHashForm(value: ProtectedValue): ProtectedValueHashForm {
  return { $pii: 1, subject: value.subject, commitment: value.commitment };
}

export function isSubjectRef(value: unknown): value is string {
  return typeof value === 'string' && SUBJECT.test(value);
}
