import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { get } from '../api/client';
import { useSession } from '../auth/session-context';

interface InboxAnswer {
  counts: Record<string, number>;
  total: number;
  alerts: number;
}

interface InboxCounts {
  /** to-dos by kind */
  counts: Record<string, number>;
  total: number;
  /** unresolved alerts I have not dismissed */
  alerts: number;
  refresh(): void;
  /** the counts a fuller GET /inbox (the inbox page's own) answered: the menu shows the same numbers */
  update(answer: InboxAnswer): void;
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
  // The inbox page's own answer may come back before the menu's, which was asked earlier: the older must not win.
  const updatedAt = useRef(0);

  useEffect(() => {
    if (!user) return;
    const controller = new AbortController();
    const askedAt = Date.now();
    get<{ counts: Record<string, number>; total: number; alerts: number }>('/inbox?pageSize=1', controller.signal)
      .then((answer) => {
        if (updatedAt.current > askedAt) return;
        setState({ counts: answer.counts ?? {}, total: answer.total ?? 0, alerts: answer.alerts ?? 0 });
      })
      .catch(() => undefined);
    const timer = setTimeout(refresh, POLL_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [user, location.pathname, tick, refresh]);

  const update = useCallback((answer: InboxAnswer) => {
    updatedAt.current = Date.now();
    setState((current) =>
      current.total === answer.total && current.alerts === answer.alerts && JSON.stringify(current.counts) === JSON.stringify(answer.counts)
        ? current
        : { counts: answer.counts ?? {}, total: answer.total ?? 0, alerts: answer.alerts ?? 0 },
    );
  }, []);
  const value = useMemo(() => ({ ...state, refresh, update }), [state, refresh, update]);
  return <InboxCountsContext.Provider value={value}>{children}</InboxCountsContext.Provider>;
}

export function useInboxCounts(): InboxCounts {
  const value = useContext(InboxCountsContext);
  if (!value) throw new Error('useInboxCounts outside InboxCountsProvider');
  return value;
}
