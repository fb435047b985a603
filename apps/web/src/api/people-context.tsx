import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/message-key';
import { get } from './client';
import { listPath } from './list-query';

interface Person {
  id: string;
  role: string;
  displayName: string;
  displayNameEn: string;
}

interface People {
  /** what a person is called, in the reader's language; never an id (an unknown person is named by role) */
  name(id: string | null | undefined, role?: string | null): string;
  request(ids: readonly (string | null | undefined)[]): void;
}

const PeopleContext = createContext<People | null>(null);
const BATCH = 100;

/** Display names for the actor ids in streams, looked up in batches from GET /directory/users (scoped by the API). */
export function PeopleProvider({ children }: { children: ReactNode }) {
  const { t, lang } = useI18n();
  const [known, setKnown] = useState<Map<string, Person | null>>(new Map());
  const pending = useRef(new Set<string>());
  const asked = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async () => {
    timer.current = null;
    const ids = [...pending.current];
    pending.current.clear();
    for (let i = 0; i < ids.length; i += BATCH) {
      const chunk = ids.slice(i, i + BATCH);
      try {
        const answer = await get<{ items: Person[] }>(listPath('/directory/users', { ids: chunk.join(',') }));
        setKnown((map) => {
          const next = new Map(map);
          for (const id of chunk) next.set(id, answer.items.find((p) => p.id === id) ?? null);
          return next;
        });
      } catch {
        for (const id of chunk) asked.current.delete(id); // ask again next time
      }
    }
  }, []);

  const request = useCallback((ids: readonly (string | null | undefined)[]) => {
    for (const id of ids) {
      if (!id || id.startsWith('system:') || asked.current.has(id)) continue;
      asked.current.add(id);
      pending.current.add(id);
    }
    if (pending.current.size && !timer.current) timer.current = setTimeout(() => void flush(), 15);
  }, [flush]);

  const value = useMemo<People>(() => ({
    request,
    name: (id, role) => {
      if (!id) return '—';
      if (id.startsWith('system:')) {
        const key = `people.system.${id.slice('system:'.length)}` as MessageKey;
        return t(key) !== key ? t(key) : t('people.system');
      }
      const person = known.get(id);
      if (person) return lang === 'en' ? person.displayNameEn : person.displayName;
      const roleKey = `role.${role ?? ''}` as MessageKey;
      return t(roleKey) !== roleKey ? t(roleKey) : t('people.unknown');
    },
  }), [known, lang, t, request]);

  return <PeopleContext.Provider value={value}>{children}</PeopleContext.Provider>;
}

export function usePeople(ids: readonly (string | null | undefined)[] = []): People {
  const people = useContext(PeopleContext);
  if (!people) throw new Error('usePeople outside PeopleProvider');
  const key = ids.join(',');
  useEffect(() => people.request(ids), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return people;
}

export function PersonName({ id, role }: { id: string | null | undefined; role?: string | null }) {
  const people = usePeople([id]);
  return <span className="person">{people.name(id, role)}</span>;
}
