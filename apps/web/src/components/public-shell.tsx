import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n-context';
import { LangSwitch } from './lang-switch';

export type PublicSection = 'bulletins' | 'rectification' | 'evaluations' | 'complaints';

/**
 * Every public page's frame (no login): the service's name, the language, and the other public sections — bulletins,
 * rectification status, evaluation reports, the complaint form — with the staff sign-in. `printable` keeps the header
 * off paper.
 */
export function PublicShell({ current, printable = false, children }: { current: PublicSection | null; printable?: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const sections: [PublicSection, string, string][] = [
    ['bulletins', '/public/bulletins', t('publicRect.bulletins')],
    ['rectification', '/public/rectification', t('publicRect.link')],
    ['evaluations', '/public/evaluations', t('publicEval.link')],
    ['complaints', '/public/complaints', t('publicComplaint.nav')],
  ];
  return (
    <div className="public-shell">
      <header className={printable ? 'topbar no-print' : 'topbar'}>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">督</span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <nav className="topbar-user" aria-label={t('public.title')}>
          <LangSwitch />
          {sections.filter(([key]) => key !== current).map(([key, to, label]) => (
            <Link key={key} className="btn btn-ghost" to={to}>{label}</Link>
          ))}
          <Link className="btn btn-ghost" to="/login">{t('public.login')}</Link>
        </nav>
      </header>
      <main id="main" className="public-content">{children}</main>
    </div>
  );
}
