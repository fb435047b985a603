import type { Actor, ActivityCommand, ExistingActivity } from '@app/domain';
import { covers, type Jurisdiction } from '../jurisdiction/jurisdiction.policy';

/** What every team member may do in an activity of any kind. */
const MEMBER_COMMANDS: readonly ActivityCommand['type'][] = ['RecordSiteVisit', 'SubmitMemberSummary', 'FinalizeUnitReport'];

export type ActivityAccess = { allowed: true } | { allowed: false; status: 403 | 404; reason: string };

/**
 * Who may act on an existing activity. The office (coordinator, leader) acts within its regions. A supervisor sees
 * an activity they are on the team of, or whose targets lie in their schools or the zone they lead; a member records
 * site visits, their own summary and the school reports; the leader of a joint visit's team (联合视导 is a zone's
 * own work) runs the rest of it. Out of sight → 404; in sight but not theirs → 403.
 */
export function activityAccess(actor: Actor, supervisorId: string | null, jurisdiction: Jurisdiction, type: ActivityCommand['type'], state: ExistingActivity): ActivityAccess {
  if (actor.role === 'system') return { allowed: true };
  const office = actor.role === 'coordinator' || actor.role === 'leader';
  if (office) {
    return covers(jurisdiction, { regionId: state.regionId }) ? { allowed: true } : { allowed: false, status: 404, reason: `${type}: activity outside the jurisdiction of ${actor.id}` };
  }
  if (actor.role !== 'supervisor') return { allowed: false, status: 403, reason: `${type}: the role ${actor.role} may not do this` };
  const member = !!supervisorId && !!state.team?.members.some((m) => m.supervisorId === supervisorId);
  const inSight = member || state.plannedBy === actor.id || state.targetUnitIds.some((unitId) => covers(jurisdiction, { unitId }));
  if (!inSight) return { allowed: false, status: 404, reason: `${type}: activity outside the jurisdiction of ${actor.id}` };
  if (member && MEMBER_COMMANDS.includes(type)) return { allowed: true };
  const runsIt = state.kind === 'joint' && (state.team ? state.team.leaderId === supervisorId : state.plannedBy === actor.id);
  return runsIt ? { allowed: true } : { allowed: false, status: 403, reason: `${type}: only the office or the joint team's leader may do this` };
}
