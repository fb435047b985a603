import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { ManualClock, type Clock } from '@app/application';
import { startService, type RunningService } from '../../../apps/api/src/bootstrap/start-service';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  url: string;
  service: RunningService;
  database: TestDatabase;
  clock: Clock;
  login(username: string, password?: string): Promise<string>;
  /** fetch against /api with JSON in and out; `token` adds the bearer header. */
  api(method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<ApiResponse>;
  stop(): Promise<void>;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The whole service on a fresh database (demo registry loaded), listening on a free port. */
export async function startTestApp(options: { env?: Record<string, string>; clock?: ManualClock; database?: TestDatabase } = {}): Promise<TestApp> {
  // A given database is shared (e.g. a restart test) and is not dropped by stop().
  const database = options.database ?? (await createTestDatabase());
  // Evidence files go to a directory of this app's own (a test may tamper with them), removed on stop.
  const filesDir = mkdtempSync(join(tmpdir(), 'sl-files-'));
  const config = loadConfig({ FILES_DIR: filesDir, DATABASE_URL: database.url, DEMO: '1', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', JWT_SECRET: 'test-secret-test-secret-test-secret-1234', NODE_ENV: 'test', DATABASE_POOL_SIZE: '10', ...options.env });
  const service = await startService(config, { clock: options.clock });
  const url = service.url.replace('localhost', '127.0.0.1');
  const tokens = new Map<string, string>();

  const api: TestApp['api'] = async (method, path, { token, body, headers } = {}) => {
    const response = await fetch(`${url}/api${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.status, headers: response.headers, body: parsed };
  };

  return {
    url,
    service,
    database,
    clock: options.clock ?? { now: () => new Date().toISOString() },
    api,
    async login(username, password = 'demo12345') {
      const cached = tokens.get(`${username}:${password}`);
      if (cached) return cached;
      const response = await api('POST', '/auth/login', { body: { username, password } });
      if (response.status !== 200) throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
      tokens.set(`${username}:${password}`, response.body.accessToken);
      return response.body.accessToken as string;
    },
    async stop() {
      await service.stop();
      if (!options.database) await database.drop();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
