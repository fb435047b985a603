import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { featureEn, featureZh } from './features';
import type { MessageKey } from './message-key';
import { zh } from './zh';

export type Lang = 'zh' | 'en';
const STORAGE_KEY = 'sl.lang';
const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh: { ...zh, ...featureZh }, en: { ...en, ...featureEn } };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
  /** a label for a dynamic key (e.g. `status.${s}`), falling back to the raw value */
  tk(prefix: string, value: string | null | undefined): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'zh' ? stored : 'zh';
}

/** `fixed`: a part of the page that is always in one language (the printed dossier is an official Chinese document). */
export function I18nProvider({ children, fixed }: { children: ReactNode; fixed?: Lang }) {
  const [chosen, setLangState] = useState<Lang>(initialLang);
  const lang = fixed ?? chosen;
  useEffect(() => {
    if (!fixed) document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang, fixed]);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dict = dictionaries[lang];
    const t: Translate = (key, vars) =>
      (dict[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`));
    const tk = (prefix: string, v: string | null | undefined) => {
      if (v === null || v === undefined || v === '') return '—';
      const key = `${prefix}.${v}` as MessageKey;
      return dict[key] ?? v;
    };
    return { lang, setLang, t, tk };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
