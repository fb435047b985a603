import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { useAlertStream } from '../alerts/alert-stream-context';
import { useRegistry } from '../api/registry-context';
import { useUser, useSession } from '../auth/session-context';
import { useI18n } from '../i18n/i18n-context';
import { LangSwitch } from './lang-switch';
import { NAV } from './nav-items';

/** The signed-in frame: top bar (who, where, language, sign out), the role's navigation, the page. */
export function Layout() {
  const user = useUser();
  const { logout } = useSession();
  const { me } = useRegistry();
  const { t, lang } = useI18n();
  const alerts = useAlertStream();
  const navigate = useNavigate();
  const place = me?.unit?.name ?? (lang === 'en' ? (me?.regionNameEn ?? me?.regionName) : me?.regionName) ?? '';
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
            <strong>{me?.supervisor?.name ?? user.username}</strong>
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
          {NAV[user.role].map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/issues'}>
                {t(item.label)}
                {item.badge === 'alerts' && alerts.unseen > 0 && (
                  <span className="count-badge" data-testid="alert-badge" aria-label={t('alerts.newCount', { n: alerts.unseen })}>
                    {alerts.unseen > 99 ? '99+' : alerts.unseen}
                  </span>
                )}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
