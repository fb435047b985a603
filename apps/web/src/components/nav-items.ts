import type { Role } from '../api/types';
import type { MessageKey } from '../i18n/message-key';

export interface NavItem {
  to: string;
  label: MessageKey;
  badge?: 'inbox' | 'alerts';
}

const INBOX: NavItem = { to: '/inbox', label: 'nav.inbox', badge: 'inbox' };
const ALERTS: NavItem = { to: '/alerts', label: 'nav.alerts', badge: 'alerts' };

/** What each person works with, in the order they need it; the to-do inbox first, for everyone. */
export const NAV: Record<Role, NavItem[]> = {
  leader: [
    INBOX,
    { to: '/dashboard', label: 'nav.dashboard' },
    { to: '/overdue', label: 'nav.overdue' },
    ALERTS,
    { to: '/issues', label: 'nav.issues' },
    { to: '/bulletins', label: 'nav.bulletins' },
    { to: '/accountability-cases', label: 'case.nav' },
    { to: '/visits', label: 'nav.visits' },
    { to: '/matters', label: 'nav.matters' },
    { to: '/evaluations', label: 'nav.evaluations' },
    { to: '/complaints', label: 'nav.complaints' },
    { to: '/look-backs', label: 'nav.lookBacks' },
    { to: '/activities', label: 'nav.activities' },
    { to: '/supervisors', label: 'nav.supervisors' },
  ],
  supervisor: [
    INBOX,
    { to: '/schools', label: 'nav.schools' },
    { to: '/visits', label: 'nav.visits' },
    { to: '/issues', label: 'nav.issues' },
    { to: '/issues/new', label: 'nav.newIssue' },
    { to: '/overdue', label: 'nav.overdue' },
    ALERTS,
    { to: '/complaints', label: 'nav.complaints' },
    { to: '/activities', label: 'nav.activities' },
    { to: '/evaluations', label: 'nav.evaluations' },
    { to: '/duties', label: 'nav.myDuties' },
  ],
  unit: [INBOX, { to: '/issues', label: 'nav.myIssues' }, ALERTS, { to: '/visits', label: 'nav.visits' }, { to: '/matters', label: 'nav.matters' }, { to: '/activities', label: 'nav.activities' }],
  coordinator: [
    INBOX,
    { to: '/issues', label: 'nav.aggregate' },
    { to: '/bulletins', label: 'nav.bulletins' },
    { to: '/accountability-cases', label: 'case.nav' },
    { to: '/issues/new', label: 'nav.newIssue' },
    { to: '/dashboard', label: 'nav.dashboard' },
    { to: '/overdue', label: 'nav.overdue' },
    ALERTS,
    { to: '/visits', label: 'nav.visits' },
    { to: '/matters', label: 'nav.matters' },
    { to: '/evaluations', label: 'nav.evaluations' },
    { to: '/activities', label: 'nav.activities' },
    { to: '/supervisors', label: 'nav.supervisors' },
    { to: '/numbers', label: 'nav.numbers' },
    { to: '/complaints', label: 'nav.complaints' },
    { to: '/look-backs', label: 'nav.lookBacks' },
  ],
  auditor: [
    INBOX,
    { to: '/issues', label: 'nav.issues' },
    { to: '/dashboard', label: 'nav.dashboard' },
    { to: '/overdue', label: 'nav.overdue' },
    { to: '/visits', label: 'nav.visits' },
    { to: '/matters', label: 'nav.matters' },
    { to: '/evaluations', label: 'nav.evaluations' },
    { to: '/numbers', label: 'nav.numbers' },
    { to: '/complaints', label: 'nav.complaints' },
    { to: '/look-backs', label: 'nav.lookBacks' },
  ],
  admin: [
    INBOX,
    { to: '/issues', label: 'nav.issues' },
    ALERTS,
    { to: '/calendar', label: 'calendar.nav' },
    { to: '/personal-data', label: 'personalData.nav' },
    { to: '/numbers', label: 'nav.numbers' },
  ],
};

export const homeOf = (_role: Role) => '/inbox';

/**
 * Who may open which page: a page outside the role says so at once, without drawing buttons the API would refuse.
 * Pages not listed are open to every signed-in role.
 */
export const PAGE_ROLES: Record<string, readonly Role[]> = {
  '/dashboard': ['leader', 'coordinator', 'auditor'],
  '/overdue': ['leader', 'coordinator', 'auditor', 'supervisor'],
  '/bulletins': ['leader', 'coordinator'],
  '/accountability-cases': ['leader', 'coordinator', 'auditor'],
  '/issues/new': ['supervisor', 'coordinator'],
  '/schools': ['supervisor', 'leader', 'coordinator'],
  '/visits': ['leader', 'coordinator', 'auditor', 'supervisor', 'unit'],
  '/matters': ['leader', 'coordinator', 'auditor', 'unit'],
  '/matters/new': ['leader', 'coordinator'],
  '/evaluations': ['leader', 'coordinator', 'auditor', 'unit', 'supervisor'],
  '/activities': ['leader', 'coordinator', 'auditor', 'supervisor', 'unit'],
  '/supervisors': ['leader', 'coordinator', 'auditor', 'supervisor'],
  '/duties': ['supervisor'],
  '/numbers': ['admin', 'leader', 'coordinator', 'auditor'],
  '/calendar': ['admin'],
  '/personal-data': ['admin'],
  '/complaints': ['leader', 'coordinator', 'auditor', 'supervisor'],
  '/look-backs': ['leader', 'coordinator', 'auditor'],
  timeline: ['auditor', 'leader', 'coordinator', 'supervisor'],
};
