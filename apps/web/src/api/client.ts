import { ApiError, toProblem } from './problem';
import { noteServerTime } from './server-clock';

const SESSION_KEY = 'sl.session';
let onUnauthenticated: (() => void) | null = null;
/** The log position of this tab's latest command: read-model queries wait for it (`?minPosition=`, read-your-writes). */
let lastPosition: string | null = null;
const READ_MODEL = /^\/(issues(\/[0-9a-f-]{36})?|overdue|dashboard|coverage|alerts|bulletins(\/[0-9a-f-]{36})?|public\/bulletins(\/[0-9a-f-]{36})?|inbox|matters(\/summary)?|evaluations|visits(\/[0-9a-f-]{36})?|look-back-samples)(\?|$)/;

function withMinPosition(method: string, path: string): string {
  if (method !== 'GET' || !lastPosition || !READ_MODEL.test(path)) return path;
  return `${path}${path.includes('?') ? '&' : '?'}minPosition=${encodeURIComponent(lastPosition)}`;
}

export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

export function storedToken(): string | null {
  try {
    return (JSON.parse(localStorage.getItem(SESSION_KEY) ?? 'null') as { token?: string } | null)?.token ?? null;
  } catch {
    return null;
  }
}

export interface CommandResult {
  id: string;
  version: number;
  position: string | null;
}

interface RequestOptions {
  body?: unknown;
  /** the version the user was looking at: a change in between is refused (412) instead of overwritten */
  ifMatch?: number;
  /** retries of the same submission land once */
  idempotencyKey?: string;
  signal?: AbortSignal;
  auth?: boolean;
}

/** fetch against /api, JSON in and out; any non-2xx answer becomes an ApiError with its problem details. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  const token = options.auth === false ? null : storedToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let response: Response;
  const url = `/api${withMinPosition(method, path)}`;
  try {
    const init = { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body), signal: options.signal };
    response = await fetch(url, init);
    // A read model still behind this tab's last command answers marked stale: ask again for a while, so a person
    // always sees what they just did (a busy service can take longer than the server's own wait).
    for (let retry = 0; retry < 3 && response.ok && response.headers.get('read-model-stale') === 'true'; retry++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      response = await fetch(url, init);
    }
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, { title: 'Network error', status: 0, code: 'NETWORK', detail: String((error as Error).message ?? error) }, path);
  }
  noteServerTime(response.headers.get('x-server-time'));
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  if (!response.ok) {
    if (response.status === 401 && token) onUnauthenticated?.();
    throw new ApiError(response.status, toProblem(response.status, body, response.statusText), path);
  }
  if ((method === 'POST' || method === 'PUT') && body && typeof body === 'object' && typeof (body as { position?: unknown }).position === 'string') {
    lastPosition = (body as { position: string }).position;
  }
  return body as T;
}

export const get = <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, { signal });

export const newIdempotencyKey = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `k-${Date.now()}-${Math.random().toString(36).slice(2)}`;

export const SESSION_STORAGE_KEY = SESSION_KEY;
