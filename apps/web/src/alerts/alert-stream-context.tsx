import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { storedToken } from '../api/client';
import type { Loose } from '../api/types';
import { useSession } from '../auth/session-context';

export type StreamStatus = 'connecting' | 'live' | 'offline' | 'unavailable';

interface AlertStream {
  status: StreamStatus;
  /** alerts received over the stream since sign-in, newest first */
  live: Loose[];
  unseen: number;
  markSeen(): void;
}

const AlertStreamContext = createContext<AlertStream | null>(null);

/** Parses a text/event-stream body; calls `onEvent` for every `data:` block. */
async function readSse(body: ReadableStream<Uint8Array>, onEvent: (type: string, data: string) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
      let type = 'message';
      const data: string[] = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith('event:')) type = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) onEvent(type, data.join('\n'));
    }
  }
}

/**
 * GET /api/alerts/stream with the bearer token (fetch, not EventSource, so the token stays in a header).
 * Reconnects with back-off; a missing route (404) stops trying and shows the stream as unavailable.
 */
export function AlertStreamProvider({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const [live, setLive] = useState<Loose[]>([]);
  const [unseen, setUnseen] = useState(0);
  const attempt = useRef(0);

  useEffect(() => {
    if (!user) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connect = async () => {
      setStatus('connecting');
      try {
        const token = storedToken();
        const response = await fetch('/api/alerts/stream', {
          headers: { accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          signal: controller.signal,
        });
        if (response.status === 404 || response.status === 403 || response.status === 401) {
          setStatus('unavailable');
          return;
        }
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        setStatus('live');
        attempt.current = 0;
        await readSse(response.body, (type, data) => {
          if (type === 'ping' || type === 'heartbeat') return;
          let alert: Loose;
          try {
            alert = JSON.parse(data) as Loose;
          } catch {
            return;
          }
          setLive((list) => [alert, ...list].slice(0, 200));
          setUnseen((n) => n + 1);
        });
        throw new Error('stream ended');
      } catch {
        if (controller.signal.aborted) return;
        setStatus('offline');
        attempt.current += 1;
        timer = setTimeout(() => void connect(), Math.min(30_000, 1_000 * 2 ** attempt.current));
      }
    };
    void connect();
    return () => {
      controller.abort();
      if (timer) clearTimeout(timer);
    };
  }, [user]);

  const markSeen = useCallback(() => setUnseen(0), []);
  const value = useMemo(() => ({ status, live, unseen, markSeen }), [status, live, unseen, markSeen]);
  return <AlertStreamContext.Provider value={value}>{children}</AlertStreamContext.Provider>;
}

export function useAlertStream(): AlertStream {
  const value = useContext(AlertStreamContext);
  if (!value) throw new Error('useAlertStream outside AlertStreamProvider');
  return value;
}
