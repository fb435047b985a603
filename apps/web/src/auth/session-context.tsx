import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { request, SESSION_STORAGE_KEY, setUnauthenticatedHandler } from '../api/client';
import type { SessionUser } from '../api/types';

interface Session {
  user: SessionUser | null;
  /** set when the server refused the stored token, so the login page can say why */
  expired: boolean;
  login(username: string, password: string): Promise<SessionUser>;
  logout(): void;
}

const SessionContext = createContext<Session | null>(null);

function readStored(): SessionUser | null {
  try {
    return (JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? 'null') as { user?: SessionUser } | null)?.user ?? null;
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(readStored);
  const [expired, setExpired] = useState(false);

  const logout = useCallback(() => {
    localStorage.removeItem(SESSION_STORAGE_KEY);
    setUser(null);
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setExpired(true);
      logout();
    });
    return () => setUnauthenticatedHandler(null);
  }, [logout]);

  const login = useCallback(async (username: string, password: string) => {
    const answer = await request<{ accessToken: string; user: SessionUser }>('POST', '/auth/login', { body: { username, password }, auth: false });
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: answer.accessToken, user: answer.user }));
    setExpired(false);
    setUser(answer.user);
    return answer.user;
  }, []);

  const value = useMemo(() => ({ user, expired, login, logout }), [user, expired, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only used under RequireAuth. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('no user');
  return user;
}
