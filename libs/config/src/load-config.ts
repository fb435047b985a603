import type { AppConfig, WebhookReceiver } from './app-config';
import { ConfigError, type ConfigProblem } from './config-error';
import { readCountedMonths } from './counted-months.config';
import { readNumberPatterns } from './number-patterns';

type Env = Record<string, string | undefined>;

class Reader {
  readonly problems: ConfigProblem[] = [];
  constructor(private readonly env: Env) {}

  string(name: string, fallback: string): string {
    const value = this.env[name];
    return value === undefined || value === '' ? fallback : value;
  }

  optional(name: string): string | null {
    const value = this.env[name];
    return value === undefined || value === '' ? null : value;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
      this.problems.push({ variable: name, message: `must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}` });
      return fallback;
    }
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
    this.problems.push({ variable: name, message: `must be 1/true/yes/on or 0/false/no/off, got ${JSON.stringify(raw)}` });
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push({ variable: name, message: `must be one of ${allowed.join(', ')}, got ${JSON.stringify(raw)}` });
    return fallback;
  }

  url(name: string, protocols: string[]): string | null {
    const raw = this.optional(name);
    if (raw === null) return null;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) throw new Error('protocol');
      return raw;
    } catch {
      this.problems.push({ variable: name, message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` });
      return null;
    }
  }
}

export function loadConfig(env: Env = process.env): AppConfig {
  const read = new Reader(env);
  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const databaseUrl = read.url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const eventStoreKind = read.oneOf('EVENT_STORE', ['postgres', 'kurrentdb'] as const, 'postgres');
  const kurrentdbUrl = read.url('KURRENTDB_URL', ['kurrentdb:', 'kurrentdb+discover:', 'esdb:', 'esdb+discover:']);
  const jwtSecret = read.optional('JWT_SECRET');
  const mode = databaseUrl ? 'external' : 'embedded';

  if (eventStoreKind === 'kurrentdb' && !kurrentdbUrl) {
    read.problems.push({ variable: 'KURRENTDB_URL', message: 'is required when EVENT_STORE=kurrentdb' });
  }
  if (jwtSecret !== null && jwtSecret.length < 32) {
    read.problems.push({ variable: 'JWT_SECRET', message: 'must be at least 32 characters' });
  }
  if (nodeEnv === 'production' && jwtSecret === null) {
    read.problems.push({ variable: 'JWT_SECRET', message: 'is required when NODE_ENV=production' });
  }
  if (nodeEnv === 'production' && mode === 'embedded') {
    read.problems.push({ variable: 'DATABASE_URL', message: 'is required when NODE_ENV=production (the embedded database is for trying it out)' });
  }

  const piiMasterKey = readMasterKey(read, 'PII_MASTER_KEY');
  if (nodeEnv === 'production' && piiMasterKey === null && read.optional('PII_MASTER_KEY') === null) {
    read.problems.push({ variable: 'PII_MASTER_KEY', message: 'is required when NODE_ENV=production (32 random bytes as 64 hex digits or base64, e.g. `openssl rand -base64 32`)' });
  }

  const oidcIssuer = read.url('OIDC_ISSUER', ['https:', 'http:']);
  const oidcJwksUrl = read.url('OIDC_JWKS_URL', ['https:', 'http:']);
  const oidcAudience = read.optional('OIDC_AUDIENCE');
  const oidcGiven = [oidcIssuer, oidcJwksUrl, oidcAudience].filter((v) => v !== null).length;
  if (oidcGiven > 0 && oidcGiven < 3) {
    for (const [name, value] of [['OIDC_ISSUER', oidcIssuer], ['OIDC_JWKS_URL', oidcJwksUrl], ['OIDC_AUDIENCE', oidcAudience]] as const) {
      if (value === null && read.optional(name) === null) read.problems.push({ variable: name, message: 'OIDC needs OIDC_ISSUER, OIDC_JWKS_URL and OIDC_AUDIENCE together' });
    }
  }
  if (nodeEnv === 'production' && oidcJwksUrl !== null && !oidcJwksUrl.startsWith('https:')) {
    read.problems.push({ variable: 'OIDC_JWKS_URL', message: 'must be https:// when NODE_ENV=production' });
  }
  const algorithms = read.string('OIDC_ALGORITHMS', 'RS256,ES256').split(',').map((a) => a.trim()).filter(Boolean);
  if (!algorithms.length || algorithms.some((a) => a !== 'RS256' && a !== 'ES256')) {
    read.problems.push({ variable: 'OIDC_ALGORITHMS', message: `must list RS256 and/or ES256, got ${JSON.stringify(algorithms.join(','))}` });
  }
  const oidc =
    oidcIssuer && oidcJwksUrl && oidcAudience
      ? {
          issuer: oidcIssuer,
          jwksUrl: oidcJwksUrl,
          audience: oidcAudience,
          algorithms: algorithms.filter((a): a is 'RS256' | 'ES256' => a === 'RS256' || a === 'ES256'),
          claims: {
            role: read.string('OIDC_ROLE_CLAIM', 'role'),
            region: read.string('OIDC_REGION_CLAIM', 'region_id'),
            unit: read.string('OIDC_UNIT_CLAIM', 'unit_id'),
            supervisor: read.string('OIDC_SUPERVISOR_CLAIM', 'supervisor_id'),
            username: read.string('OIDC_USERNAME_CLAIM', 'preferred_username'),
          },
          jwksCacheSeconds: read.int('OIDC_JWKS_CACHE_SECONDS', 600, 0, 7 * 24 * 3600),
          jwksTimeoutMs: read.int('OIDC_JWKS_TIMEOUT_MS', 3000, 100, 60_000),
          clockToleranceSeconds: read.int('OIDC_CLOCK_TOLERANCE_SECONDS', 30, 0, 600),
        }
      : null;

  const config: AppConfig = {
    env: nodeEnv,
    port: read.int('PORT', 3000, 0, 65535),
    host: read.string('HOST', '0.0.0.0'),
    database: {
      mode,
      url: databaseUrl,
      embeddedDataDir: read.string('EMBEDDED_PG_DIR', '.data/postgres'),
      embeddedPort: read.int('EMBEDDED_PG_PORT', 54329, 1024, 65535),
      poolSize: read.int('DATABASE_POOL_SIZE', 20, 1, 500),
    },
    eventStore: { kind: eventStoreKind, kurrentdbUrl },
    // The embedded default is a demo; against a real database demo data only on request.
    demo: read.bool('DEMO', mode === 'embedded' && nodeEnv !== 'production'),
    demoHistory: false,
    numbering: readNumberPatterns(env.NUMBER_PATTERNS, read.problems),
    accountabilityCommittee: {},
    auth: {
      jwtSecret,
      // Short-lived by default: a working day's session is a fresh login, not a week-long token.
      tokenTtlSeconds: read.int('TOKEN_TTL_SECONDS', 2 * 3600, 60, 7 * 24 * 3600),
      oidc,
      loginRateLimit: {
        windowSeconds: read.int('LOGIN_RATE_WINDOW_SECONDS', 900, 1, 24 * 3600),
        perUsername: read.int('LOGIN_RATE_PER_USERNAME', 10, 1, 100_000),
        perClient: read.int('LOGIN_RATE_PER_CLIENT', 100, 1, 1_000_000),
      },
      publicComplaintRateLimit: {
        filingsPerHour: read.int('PUBLIC_COMPLAINTS_PER_HOUR', 5, 1, 1_000_000),
        lookupsPerHour: read.int('PUBLIC_COMPLAINT_LOOKUPS_PER_HOUR', 60, 1, 1_000_000),
      },
      streamRecheckIntervalMs: read.int('STREAM_RECHECK_INTERVAL_MS', 60_000, 100, 60_000),
    },
    healthStallSeconds: read.int('HEALTH_STALL_SECONDS', 30, 1, 3600),
    deadlineScanIntervalMs: read.int('DEADLINE_SCAN_INTERVAL_MS', 60_000, 100, 24 * 3600 * 1000),
    calendarRefreshMs: read.int('CALENDAR_REFRESH_MS', 1_000, 0, 3600 * 1000),
    policy: {
      dueSoonWorkingDays: read.int('POLICY_DUE_SOON_WORKING_DAYS', 3, 0, 30),
      superviseAfterWorkingDays: read.int('POLICY_SUPERVISE_AFTER_WORKING_DAYS', 5, 1, 60),
      interviewAfterWorkingDays: read.int('POLICY_INTERVIEW_AFTER_WORKING_DAYS', 5, 1, 60),
      interviewDeadlineWorkingDays: read.int('POLICY_INTERVIEW_DEADLINE_WORKING_DAYS', 10, 1, 60),
      maxDeadlineCalendarDays: read.int('POLICY_MAX_DEADLINE_DAYS', 90, 1, 366),
      maxExtensions: read.int('POLICY_MAX_EXTENSIONS', 2, 0, 10),
    },
    coverage: { countedMonths: readCountedMonths(env.COVERAGE_COUNTED_MONTHS, env.COVERAGE_COUNTED_MONTHS_BY_REGION, read.problems) },
    projections: {
      pollIntervalMs: read.int('PROJECTION_POLL_INTERVAL_MS', 100, 10, 60_000),
      batchSize: read.int('PROJECTION_BATCH_SIZE', 2000, 1, 20_000),
    },
    webhooks: {
      receivers: readWebhooks(read, env.WEBHOOKS),
      maxAttempts: read.int('WEBHOOK_MAX_ATTEMPTS', 12, 1, 100),
      retryBaseMs: read.int('WEBHOOK_RETRY_BASE_MS', 2000, 10, 3_600_000),
      timeoutMs: read.int('WEBHOOK_TIMEOUT_MS', 5000, 100, 120_000),
    },
    personalData: { masterKey: piiMasterKey },
    workerInProcess: read.bool('WORKER_IN_PROCESS', true),
    files: readFiles(read),
    bodyLimit: read.string('BODY_LIMIT', '256kb'),
    publicCacheMs: read.int('PUBLIC_CACHE_MS', 5000, 0, 600_000),
    corsOrigins: read.string('CORS_ORIGINS', '').split(',').map((s) => s.trim()).filter(Boolean),
    logLevel: read.oneOf('LOG_LEVEL', ['error', 'warn', 'log', 'debug'] as const, 'log'),
  };
  if (!/^\d+(b|kb|mb)$/i.test(config.bodyLimit)) {
    read.problems.push({ variable: 'BODY_LIMIT', message: `must look like 256kb or 1mb, got ${JSON.stringify(config.bodyLimit)}` });
  }
  // Tests start on a registry-only database unless they ask for the seeded semester.
  config.demoHistory = config.demo && read.bool('DEMO_HISTORY', nodeEnv !== 'test');
  config.accountabilityCommittee = readCommittee(read.string('ACCOUNTABILITY_COMMITTEE', config.demo ? 'leader:chair,cityleader:chair,leaderb:chair' : ''));
  if (read.problems.length) throw new ConfigError(read.problems);
  return config;
}

function readFiles(read: Reader): AppConfig['files'] {
  const bucket = read.optional('S3_BUCKET');
  const s3 = bucket
    ? {
        endpoint: read.url('S3_ENDPOINT', ['http:', 'https:']),
        region: read.string('S3_REGION', 'us-east-1'),
        bucket,
        accessKeyId: read.optional('S3_ACCESS_KEY_ID'),
        secretAccessKey: read.optional('S3_SECRET_ACCESS_KEY'),
        forcePathStyle: read.bool('S3_FORCE_PATH_STYLE', true),
      }
    : null;
  const store = read.oneOf('FILE_STORE', ['local', 's3'] as const, s3 ? 's3' : 'local');
  if (store === 's3' && !s3) read.problems.push({ variable: 'S3_BUCKET', message: 'is required when FILE_STORE=s3' });
  return { store, localDir: read.string('FILES_DIR', '.data/files'), maxBytes: read.int('FILE_MAX_BYTES', 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024), s3 };
}

/** WEBHOOKS='[{"name":"ops","url":"https://…","secret":"…"}]' */
function readWebhooks(read: Reader, raw: string | undefined): WebhookReceiver[] {
  if (raw === undefined || raw.trim() === '') return [];
  const fail = (message: string): WebhookReceiver[] => {
    read.problems.push({ variable: 'WEBHOOKS', message });
    return [];
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return fail('must be JSON: [{"name":"ops","url":"https://…","secret":"…"}]');
  }
  if (!Array.isArray(parsed)) return fail('must be a JSON array of {name?, url, secret}');
  const receivers: WebhookReceiver[] = [];
  for (const [index, entry] of parsed.entries()) {
    const { name, url, secret } = (entry ?? {}) as Record<string, unknown>;
    let valid = typeof url === 'string';
    try {
      valid = valid && ['http:', 'https:'].includes(new URL(url as string).protocol);
    } catch {
      valid = false;
    }
    if (!valid) return fail(`entry ${index}: url must be an http(s) URL`);
    if (typeof secret !== 'string' || secret.length < 16) return fail(`entry ${index}: secret must be at least 16 characters`);
    const receiverName = typeof name === 'string' && /^[\w.-]{1,64}$/.test(name) ? name : `receiver-${index + 1}`;
    if (receivers.some((r) => r.name === receiverName)) return fail(`entry ${index}: duplicate name ${receiverName}`);
    receivers.push({ name: receiverName, url: url as string, secret });
  }
  return receivers;
}

/** 32 bytes, as 64 hex digits or as base64 / base64url (with or without padding); null when it is not one. */
export function parseMasterKey(raw: string): Buffer | null {
  const text = raw.trim();
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : /^[A-Za-z0-9+/_-]{43}=?$/.test(text) ? Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64') : null;
  return key && key.length === 32 ? key : null;
}

function readMasterKey(read: Reader, name: string): Buffer | null {
  const raw = read.optional(name)?.trim() ?? null;
  if (raw === null) return null;
  const key = parseMasterKey(raw);
  if (!key) {
    read.problems.push({ variable: name, message: 'must be 32 bytes: 64 hex digits or 44 base64 characters (e.g. `openssl rand -base64 32`)' });
    return null;
  }
  return key;
}

/** 'username:chair,username:vice_chair' → { username: position }; entries of another shape are ignored. */
function readCommittee(raw: string): Record<string, 'chair' | 'vice_chair'> {
  const committee: Record<string, 'chair' | 'vice_chair'> = {};
  for (const entry of raw.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [username, position] = entry.split(':').map((p) => p.trim());
    if (username && (position === 'chair' || position === 'vice_chair')) committee[username] = position;
  }
  return committee;
}
