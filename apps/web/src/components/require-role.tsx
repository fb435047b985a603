import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useUser } from '../auth/session-context';
import { useI18n } from '../i18n/i18n-context';
import { PAGE_ROLES } from './nav-items';

/** A page the role may not use says so before anything else is drawn (no buttons that would only be refused). */
export function RequireRole({ page, children }: { page: keyof typeof PAGE_ROLES | string; children: ReactNode }) {
  const user = useUser();
  const { t } = useI18n();
  const allowed = PAGE_ROLES[page];
  if (allowed && !allowed.includes(user.role)) {
    return (
      <div className="card notice" role="alert" data-testid="forbidden-page">
        <h1>{t('access.deniedTitle')}</h1>
        <p>{t('access.deniedBody', { role: t(`role.${user.role}`) })}</p>
        <Link className="btn" to="/inbox">{t('access.toInbox')}</Link>
      </div>
    );
  }
  return <>{children}</>;
}
