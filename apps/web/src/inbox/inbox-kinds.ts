import type { Role } from '../api/types';

/** The to-do kinds each role works on (shown even when empty); later features add theirs (interviews, complaints, look-backs). */
export const ROLE_KINDS: Record<Role, string[]> = {
  supervisor: ['order', 'recheck', 'extension', 'close', 'lookBack', 'complaint_verify', 'complaint_reply'],
  unit: ['rectify'],
  coordinator: ['order', 'extension', 'recheck', 'interview', 'report', 'criticism', 'close', 'lookBack', 'complaint_assign', 'complaint_verify', 'complaint_reply', 'complaint_close', 'case_statement', 'case_decision'],
  leader: ['interview', 'accountability', 'case_approval'],
  auditor: [],
  admin: [],
};
