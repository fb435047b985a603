import type { SessionUser } from '../api/types';
import type { ActivityDetail } from './activity-types';

/** What the reader may do here (the API decides; this only avoids drawing buttons it would refuse). */
export function activityRights(user: SessionUser, mySupervisorId: string | null | undefined, a: ActivityDetail) {
  const office = user.role === 'coordinator' || user.role === 'leader';
  const member = !!mySupervisorId && a.memberSupervisorIds.includes(mySupervisorId);
  const teamLeader = !!mySupervisorId && a.state.team?.leaderId === mySupervisorId;
  const runs = office || (a.kind === 'joint' && user.role === 'supervisor' && (a.state.team ? teamLeader : true));
  const open = a.status !== 'closed';
  return { runs: runs && open, member: member && open, records: (runs || member) && open };
}
