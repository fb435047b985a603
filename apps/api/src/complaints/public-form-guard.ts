import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { resolveJwtSecret } from '../auth/jwt-secret';
import { SlidingWindowLimiter } from '../auth/sliding-window-limiter';
import { TooManyRequestsException, ValidationFailedException } from '../http/problem';

/** A person needs at least this long to read the form and write a complaint; a script posting at once is refused. */
export const MIN_FILL_SECONDS = 5;
/** A form token older than this is refused (reload the form). */
export const MAX_FORM_AGE_SECONDS = 2 * 3600;

/**
 * The public complaint form's anti-abuse measures, none of which needs an outside service (no CAPTCHA):
 *  - a signed time token (HMAC of issue time + nonce): a filing must come at least MIN_FILL_SECONDS after the form
 *    was served and within MAX_FORM_AGE_SECONDS, and each token files once;
 *  - a honeypot field (`website`) that people never see and scripts fill in;
 *  - a per-address rate limit on filings and on tracking-code look-ups (PUBLIC_COMPLAINTS_PER_HOUR, default 5, and
 *    PUBLIC_COMPLAINT_LOOKUPS_PER_HOUR, default 60; in memory, per process, like the login's).
 * Time is the service clock, so tests drive it.
 */
@Injectable()
export class PublicFormGuard {
  private readonly key: Buffer;
  private readonly used = new Map<string, number>();
  private readonly filings: SlidingWindowLimiter;
  private readonly lookups: SlidingWindowLimiter;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(CLOCK) private readonly clock: Clock) {
    this.key = createHash('sha256').update(`public-complaint-form|${resolveJwtSecret(config)}`).digest();
    const now = () => Date.parse(this.clock.now());
    const limits = config.auth.publicComplaintRateLimit;
    this.filings = new SlidingWindowLimiter(limits.filingsPerHour, 3_600_000, 50_000, now);
    this.lookups = new SlidingWindowLimiter(limits.lookupsPerHour, 3_600_000, 50_000, now);
  }

  issue(): { formToken: string; minFillSeconds: number } {
    const body = `${Date.parse(this.clock.now())}.${randomBytes(12).toString('base64url')}`;
    return { formToken: `${body}.${this.sign(body)}`, minFillSeconds: MIN_FILL_SECONDS };
  }

  /** Throws 429 or 400 (field `formToken` / `website`); a token that passes is spent. */
  admitFiling(client: string, formToken: string, honeypot: string | undefined): void {
    const wait = this.filings.retryAfterSeconds(client);
    if (wait > 0) throw new TooManyRequestsException(wait, 'too many complaints from this address; try again later');
    this.filings.hit(client);
    if (honeypot) throw new ValidationFailedException([{ field: 'website', message: 'must be left empty' }]);
    const [issued, nonce, signature] = (formToken ?? '').split('.');
    const now = Date.parse(this.clock.now());
    const refuse = (message: string) => new ValidationFailedException([{ field: 'formToken', message }]);
    if (!issued || !nonce || !signature || !this.verify(`${issued}.${nonce}`, signature)) throw refuse('not a form token from this service: reload the form');
    const age = (now - Number(issued)) / 1000;
    if (age < MIN_FILL_SECONDS) throw refuse(`sent ${age.toFixed(1)} s after the form was served; take at least ${MIN_FILL_SECONDS} s`);
    if (age > MAX_FORM_AGE_SECONDS) throw refuse('the form has expired: reload it');
    this.forgetExpired(now);
    if (this.used.has(nonce)) throw refuse('this form was already sent: reload it to file another complaint');
    this.used.set(nonce, Number(issued));
  }

  admitLookup(client: string): void {
    const wait = this.lookups.retryAfterSeconds(client);
    if (wait > 0) throw new TooManyRequestsException(wait, 'too many look-ups from this address; try again later');
    this.lookups.hit(client);
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }

  private verify(body: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private forgetExpired(now: number): void {
    if (this.used.size < 1000) return;
    for (const [nonce, issued] of this.used) if (now - issued > MAX_FORM_AGE_SECONDS * 1000) this.used.delete(nonce);
  }
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A tracking code of 16 characters (80 bits) in groups of four, without look-alike characters. */
export function newTrackingCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** What is stored instead of the code: its sha256 (the code itself is shown once, to the filer). */
export function trackingHash(code: string): string {
  return createHash('sha256').update(`complaint-tracking|${code.toUpperCase().replace(/[^A-Z0-9]/g, '')}`).digest('hex');
}
