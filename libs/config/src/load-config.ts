import type { AppConfig } from './app-config';
import { ConfigError, type ConfigProblem } from './config-error';

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
    auth: { jwtSecret, tokenTtlSeconds: read.int('TOKEN_TTL_SECONDS', 8 * 3600, 60, 7 * 24 * 3600) },
    deadlineScanIntervalMs: read.int('DEADLINE_SCAN_INTERVAL_MS', 60_000, 100, 24 * 3600 * 1000),
    workerInProcess: read.bool('WORKER_IN_PROCESS', true),
    bodyLimit: read.string('BODY_LIMIT', '256kb'),
    corsOrigins: read.string('CORS_ORIGINS', '').split(',').map((s) => s.trim()).filter(Boolean),
    logLevel: read.oneOf('LOG_LEVEL', ['error', 'warn', 'log', 'debug'] as const, 'log'),
  };
  if (!/^\d+(b|kb|mb)$/i.test(config.bodyLimit)) {
    read.problems.push({ variable: 'BODY_LIMIT', message: `must look like 256kb or 1mb, got ${JSON.stringify(config.bodyLimit)}` });
  }
  if (read.problems.length) throw new ConfigError(read.problems);
  return config;
}
