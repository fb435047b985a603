import { useCallback, useRef, useState } from 'react';
import { newIdempotencyKey, request, type CommandResult } from './client';
import { ApiError } from './problem';

export interface Command {
  busy: boolean;
  error: ApiError | null;
  result: CommandResult | null;
  /** sends once per submission: a retry after a network failure reuses the same Idempotency-Key */
  run(path: string, body: unknown, options?: { ifMatch?: number; method?: 'POST' | 'PUT' }): Promise<CommandResult | null>;
  reset(): void;
}

export function useCommand(): Command {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<CommandResult | null>(null);
  const key = useRef(newIdempotencyKey());
  const lastBody = useRef<string | null>(null);

  const run = useCallback(async (path: string, body: unknown, options: { ifMatch?: number; method?: 'POST' | 'PUT' } = {}) => {
    const serialized = JSON.stringify([path, body]);
    if (lastBody.current !== null && lastBody.current !== serialized) key.current = newIdempotencyKey();
    lastBody.current = serialized;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const answer = await request<CommandResult>(options.method ?? 'POST', path, { body, ifMatch: options.ifMatch, idempotencyKey: key.current });
      key.current = newIdempotencyKey();
      lastBody.current = null;
      setResult(answer);
      return answer;
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, { title: String(e), status: 0, code: 'INTERNAL_ERROR' }, path));
      // A refusal is final for this body; only a network failure keeps the key for a retry.
      if (!(e instanceof ApiError && e.status === 0)) {
        key.current = newIdempotencyKey();
        lastBody.current = null;
      }
      return null;
    } finally {
      setBusy(false);
    }
  }, []);

  const reset = useCallback(() => {
    setError(null);
    setResult(null);
  }, []);

  return { busy, error, result, run, reset };
}
