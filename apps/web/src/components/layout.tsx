import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { useAlertStream } from '../alerts/alert-stream-context';
import { useRegistry } from '../api/registry-context';
import { useUser, useSession } from '../auth/session-context';
import { useI18n } from '../i18n/i18n-context';
import { useInboxCounts } from '../inbox/inbox-counts-context';
import { LangSwitch } from './lang-switch';
import { NAV, type NavItem } from './nav-items';

/** The signed-in frame: top bar (who by name, where, language, sign out), the role's navigation with counts, the page. */
export function Layout() {
  const user = useUser();
  const { logout } = useSession();
  const { me } = useRegistry();
  const { t, lang } = useI18n();
  const inbox = useInboxCounts();
  const alerts = useAlertStream();
  const navigate = useNavigate();
  const name = me ? (lang === 'en' ? me.displayNameEn : me.displayName) : '';
  const place = me?.unit ? '' : ((lang === 'en' ? (me?.regionNameEn ?? me?.regionName) : me?.regionName) ?? '');
  const count = (item: NavItem) => (item.badge === 'inbox' ? inbox.total : item.badge === 'alerts' ? Math.max(inbox.alerts, alerts.unseen) : 0);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">督</span>
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-sub">{t('app.subtitle')}</span>
        </div>
        <div className="topbar-user">
          <span className="who" data-testid="current-user">
            <strong>{name}</strong>
            <span className="role-tag">{t(`role.${user.role}`)}</span>
            {place && <span className="place">{place}</span>}
          </span>
          <LangSwitch />
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => {
              logout();
              navigate('/login');
            }}
          >
            {t('auth.logout')}
          </button>
        </div>
      </header>
      <nav className="sidenav" aria-label={t('nav.menu')}>
        <ul>
          {NAV[user.role].map((item) => {
            const n = count(item);
            return (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/issues'}>
                  {t(item.label)}
                  {n > 0 && (
                    <span className={`count-badge badge-${item.badge}`} data-testid={`${item.badge}-badge`} aria-label={t(item.badge === 'inbox' ? 'inbox.countLabel' : 'alerts.newCount', { n })}>
                      {n > 99 ? '99+' : n}
                    </span>
                  )}
                </NavLink>
              </li>
            );
          })}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
