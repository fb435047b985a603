import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { get } from '../api/client';
import { useSession } from '../auth/session-context';

interface InboxCounts {
  /** to-dos by kind */
  counts: Record<string, number>;
  total: number;
  /** unresolved alerts I have not dismissed */
  alerts: number;
  refresh(): void;
}

const InboxCountsContext = createContext<InboxCounts | null>(null);
const POLL_MS = 30_000;

/** The menu's counts (GET /inbox answers them from maintained counts), refreshed on every page change and every 30 s. */
export function InboxCountsProvider({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  const [state, setState] = useState<{ counts: Record<string, number>; total: number; alerts: number }>({ counts: {}, total: 0, alerts: 0 });
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    if (!user) return;
    const controller = new AbortController();
    get<{ counts: Record<string, number>; total: number; alerts: number }>('/inbox?pageSize=1', controller.signal)
      .then((answer) => setState({ counts: answer.counts ?? {}, total: answer.total ?? 0, alerts: answer.alerts ?? 0 }))
      .catch(() => undefined);
    const timer = setTimeout(refresh, POLL_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [user, location.pathname, tick, refresh]);

  const value = useMemo(() => ({ ...state, refresh }), [state, refresh]);
  return <InboxCountsContext.Provider value={value}>{children}</InboxCountsContext.Provider>;
}

export function useInboxCounts(): InboxCounts {
  const value = useContext(InboxCountsContext);
  if (!value) throw new Error('useInboxCounts outside InboxCountsProvider');
  return value;
}
