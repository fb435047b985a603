import { computeDeadline } from '../calendar/deadline';
import { workingDaysBefore } from '../calendar/working-days';
import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { instantMillis } from '../shared/instant';
import type { AssignComplaint, CloseComplaint, ComplaintCommand, ReceiveComplaint, ReplyToComplainant, VerifyComplaint } from './complaint.commands';
import type { ComplaintEvent } from './complaint.events';
import { evolveComplaint } from './complaint.evolve';
import type { ComplaintState, LiveComplaint } from './complaint.state';
import { COMPLAINT_DUE_SOON_WORKING_DAYS, COMPLAINT_VERIFY_WORKING_DAYS } from './complaint.types';

/**
 * The events a command produces on a complaint, or a DomainError naming the rule it breaks. Time first, as on
 * issues: a complaint found unverified past its deadline is recorded overdue (once) before the command's own
 * events, in the same append — no rule depends on whether the complaint clock has scanned yet.
 */
export function decideComplaint(command: ComplaintCommand, state: ComplaintState, context: DecisionContext): ComplaintEvent[] {
  const overdue = command.type === 'ReceiveComplaint' ? [] : overdueDetected(state, context);
  const events = decideCommand(command, overdue.reduce(evolveComplaint, state), context);
  return [...overdue, ...events];
}

function decideCommand(command: ComplaintCommand, state: ComplaintState, context: DecisionContext): ComplaintEvent[] {
  switch (command.type) {
    case 'ReceiveComplaint':
      return decideReceive(command, state, context);
    case 'AssignComplaint':
      return decideAssign(command, state, context);
    case 'VerifyComplaint':
      return decideVerify(command, state, context);
    case 'ReplyToComplainant':
      return decideReply(command, state, context);
    case 'CloseComplaint':
      return decideClose(command, state, context);
    case 'MarkComplaintDueSoon':
      return dueSoonDetected(live(state), context);
    case 'MarkComplaintOverdue':
      live(state);
      return []; // recorded by decideComplaint before any command, when due
    default:
      throw new DomainError('INVALID_TRANSITION', `unknown complaint command '${(command as { type?: string }).type}'`);
  }
}

function decideReceive(command: ReceiveComplaint, state: ComplaintState, context: DecisionContext): ComplaintEvent[] {
  if (state.status !== 'initial') throw new DomainError('ALREADY_EXISTS', `complaint ${state.complaintId} already exists`);
  const anonymous = command.anonymous === true;
  const name = command.complainant?.name?.trim() ?? '';
  const phone = command.complainant?.phone?.trim() ?? '';
  if (!anonymous && (!name || !phone)) {
    throw new DomainError('COMPLAINANT_REQUIRED', 'a complaint that is not anonymous needs the complainant’s name and contact', [
      { field: 'complainant', message: 'name and phone are required unless anonymous' },
    ]);
  }
  const { deadline: verifyBy, deadlineRule: verifyByRule } = computeDeadline(context.now, { kind: 'workingDays', days: COMPLAINT_VERIFY_WORKING_DAYS }, context.calendar);
  const { complaintId, unitId, regionId, channel, summary } = command;
  const events: ComplaintEvent[] = [
    {
      type: 'ComplaintReceived',
      data: {
        complaintId, ...(command.number ? { number: command.number } : {}), channel, unitId, regionId, summary, anonymous,
        complainant: anonymous ? null : { name, phone }, verifyBy, verifyByRule,
        ...(command.trackingHash ? { trackingHash: command.trackingHash } : {}),
        receivedAt: context.now, receivedBy: context.actor.id,
      },
    },
  ];
  if (command.defaultSupervisorId) {
    events.push({ type: 'ComplaintAssigned', data: { supervisorId: command.defaultSupervisorId, verifyBy, reason: 'default', assignedAt: context.now, assignedBy: context.actor.id } });
  }
  return events;
}

function decideAssign(command: AssignComplaint, state: ComplaintState, context: DecisionContext): ComplaintEvent[] {
  const complaint = unverified(state);
  if (complaint.supervisorId === command.supervisorId) return [];
  const note = command.note ? { note: command.note } : {};
  return [{ type: 'ComplaintAssigned', data: { supervisorId: command.supervisorId, verifyBy: complaint.verifyBy, reason: complaint.supervisorId ? 'reassigned' : 'default', ...note, assignedAt: context.now, assignedBy: context.actor.id } }];
}

function decideVerify(command: VerifyComplaint, state: ComplaintState, context: DecisionContext): ComplaintEvent[] {
  const complaint = unverified(state);
  if (complaint.status !== 'assigned') throw new DomainError('INVALID_TRANSITION', 'assign the complaint to a supervisor before verifying it');
  const actor = context.actor;
  if (actor.role === 'supervisor' && actor.supervisorId !== complaint.supervisorId) {
    throw new DomainError('VERIFIER_NOT_ASSIGNED', `complaint ${complaint.complaintId} is assigned to another supervisor`);
  }
  const issueIds = [...new Set(command.issueIds ?? [])];
  const needsIssues = command.outcome !== 'unsubstantiated';
  if (needsIssues !== issueIds.length > 0) {
    throw new DomainError(
      'VERIFICATION_ISSUES_INVALID',
      needsIssues ? 'a substantiated or partly substantiated complaint registers at least one issue' : 'an unsubstantiated complaint registers no issue',
      [{ field: 'issues', message: needsIssues ? 'at least one issue is required' : 'must be empty' }],
    );
  }
  const late = instantMillis(context.now) > instantMillis(complaint.verifyBy);
  return [{ type: 'ComplaintVerified', data: { outcome: command.outcome, findings: command.findings, issueIds, late, verifiedAt: context.now, verifiedBy: actor.id } }];
}

function decideReply(command: ReplyToComplainant, state: ComplaintState, context: DecisionContext): ComplaintEvent[] {
  const complaint = live(state);
  if (complaint.status === 'closed') throw new DomainError('COMPLAINT_CLOSED', `complaint ${complaint.complaintId} is closed`);
  if (complaint.status !== 'verified') throw new DomainError('COMPLAINT_NOT_VERIFIED', 'reply with the result once the complaint is verified');
  return [{ type: 'ComplainantReplied', data: { channel: command.channel, content: command.content, repliedAt: context.now, repliedBy: context.actor.id } }];
}

/** 事事有回音: no close without a reply to the complainant, unless they stayed anonymous. */
function decideClose(command: CloseComplaint, state: ComplaintState, context: DecisionContext): ComplaintEvent[] {
  const complaint = live(state);
  if (complaint.status === 'closed') throw new DomainError('COMPLAINT_CLOSED', `complaint ${complaint.complaintId} is closed`);
  if (complaint.status !== 'verified') throw new DomainError('COMPLAINT_NOT_VERIFIED', 'a complaint closes only once verified');
  if (!complaint.anonymous && complaint.replies === 0) throw new DomainError('REPLY_REQUIRED', 'reply to the complainant before closing');
  const note = command.note ? { note: command.note } : {};
  return [{ type: 'ComplaintClosed', data: { ...note, closedAt: context.now, closedBy: context.actor.id } }];
}

/** The verification deadline passed unverified and nobody recorded it yet → that event (once). */
export function overdueDetected(state: ComplaintState, context: DecisionContext): ComplaintEvent[] {
  if ((state.status !== 'received' && state.status !== 'assigned') || state.overdueMarked) return [];
  if (!(instantMillis(context.now) > instantMillis(state.verifyBy))) return [];
  return [{ type: 'ComplaintVerificationOverdue', data: { verifyBy: state.verifyBy, detectedAt: context.now } }];
}

function dueSoonDetected(state: LiveComplaint, context: DecisionContext): ComplaintEvent[] {
  if ((state.status !== 'received' && state.status !== 'assigned') || state.dueSoonMarked || state.overdueMarked) return [];
  const now = instantMillis(context.now);
  const from = workingDaysBefore(state.verifyBy, COMPLAINT_DUE_SOON_WORKING_DAYS, context.calendar);
  if (now < instantMillis(from) || now > instantMillis(state.verifyBy)) return [];
  return [{ type: 'ComplaintVerificationDueSoon', data: { verifyBy: state.verifyBy, detectedAt: context.now } }];
}

function live(state: ComplaintState): LiveComplaint {
  if (state.status === 'initial') throw new DomainError('NOT_FOUND', 'no such complaint');
  return state;
}

function unverified(state: ComplaintState) {
  const complaint = live(state);
  if (complaint.status === 'closed') throw new DomainError('COMPLAINT_CLOSED', `complaint ${complaint.complaintId} is closed`);
  if (complaint.status === 'verified') throw new DomainError('COMPLAINT_ALREADY_VERIFIED', `complaint ${complaint.complaintId} is already verified`);
  return complaint;
}
