import type { Role } from '../api/types';
import type { MessageKey } from '../i18n/message-key';

export interface NavItem {
  to: string;
  label: MessageKey;
  badge?: 'alerts';
}

/** What each person works with, in the order they need it. */
export const NAV: Record<Role, NavItem[]> = {
  leader: [
    { to: '/dashboard', label: 'nav.dashboard' },
    { to: '/overdue', label: 'nav.overdue' },
    { to: '/alerts', label: 'nav.alerts', badge: 'alerts' },
    { to: '/issues', label: 'nav.issues' },
    { to: '/bulletins', label: 'nav.bulletins' },
  ],
  supervisor: [
    { to: '/schools', label: 'nav.schools' },
    { to: '/issues', label: 'nav.issues' },
    { to: '/issues/new', label: 'nav.newIssue' },
    { to: '/overdue', label: 'nav.overdue' },
    { to: '/alerts', label: 'nav.alerts', badge: 'alerts' },
  ],
  unit: [
    { to: '/issues', label: 'nav.myIssues' },
    { to: '/alerts', label: 'nav.alerts', badge: 'alerts' },
  ],
  coordinator: [
    { to: '/issues', label: 'nav.aggregate' },
    { to: '/bulletins', label: 'nav.bulletins' },
    { to: '/issues/new', label: 'nav.newIssue' },
    { to: '/dashboard', label: 'nav.dashboard' },
    { to: '/overdue', label: 'nav.overdue' },
    { to: '/alerts', label: 'nav.alerts', badge: 'alerts' },
  ],
  auditor: [
    { to: '/issues', label: 'nav.issues' },
    { to: '/dashboard', label: 'nav.dashboard' },
    { to: '/overdue', label: 'nav.overdue' },
  ],
  admin: [
    { to: '/dashboard', label: 'nav.dashboard' },
    { to: '/issues', label: 'nav.issues' },
    { to: '/calendar', label: 'calendar.nav' },
    { to: '/personal-data', label: 'personalData.nav' },
  ],
};

export const homeOf = (role: Role) => NAV[role][0]?.to ?? '/issues';
