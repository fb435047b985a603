import { computeDeadline } from '../calendar/deadline';
import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { instantMillis } from '../shared/instant';
import type { AssignMatter, CloseMatter, RegisterMatter, ReportMatterProgress, ReviewMatterCompletion, SubmitMatterCompletion } from './matter.commands';
import type { MatterEvent } from './matter.events';
import { assertBeingHandled, assertHandlingUnit, assertLeadUnit, assertMatterExists, invalidTransition } from './matter.guards';
import type { MatterState } from './matter.state';
import { MATTER_SOURCE_KINDS, MATTER_TIER_DAYS, MATTER_TIERS } from './matter.types';

/** 立项: a number, a source, requirements and a tier. */
export function decideRegisterMatter(command: RegisterMatter, state: MatterState, context: DecisionContext): MatterEvent[] {
  if (state.status !== 'initial') throw new DomainError('ALREADY_EXISTS', `matter ${command.matterId} already exists`);
  if (!MATTER_TIERS.includes(command.tier)) throw new DomainError('MATTER_TIER_DAYS_INVALID', `unknown tier '${command.tier}'`, [{ field: 'tier', message: `one of ${MATTER_TIERS.join(', ')}` }]);
  if (!MATTER_SOURCE_KINDS.includes(command.source?.kind)) {
    throw new DomainError('INVALID_TRANSITION', `unknown source '${command.source?.kind}'`, [{ field: 'source.kind', message: `one of ${MATTER_SOURCE_KINDS.join(', ')}` }]);
  }
  const { matterId, regionId, title, requirements, tier } = command;
  return [
    {
      type: 'MatterRegistered',
      data: { matterId, number: command.number ?? null, regionId, title, source: { kind: command.source.kind, ref: command.source.ref ?? '' }, requirements, tier, registeredBy: context.actor.id, registeredAt: context.now },
    },
  ];
}

/**
 * 交办: a lead unit and assisting units the office may reach (looked up into `context.units`), and the tier's
 * limit counted from today — urgent 1–5 days, normal 15, difficult 30 — in calendar days, or working days where
 * the office says so; a count ending on a rest day moves to the next working day.
 */
export function decideAssignMatter(command: AssignMatter, state: MatterState, context: DecisionContext): MatterEvent[] {
  assertMatterExists(state);
  if (state.status !== 'registered') throw invalidTransition(state, 'assign');
  const assisting = [...new Set(command.assistingUnitIds ?? [])];
  for (const [field, unitId] of [['leadUnitId', command.leadUnitId], ...assisting.map((id) => ['assistingUnitIds', id])] as const) {
    const unit = context.units?.[unitId];
    if (!unit || !unit.inActorJurisdiction) throw new DomainError('MATTER_UNIT_INVALID', `unit ${unitId} is unknown or outside your jurisdiction`, [{ field, message: `unknown unit ${unitId}` }]);
  }
  if (assisting.includes(command.leadUnitId)) {
    throw new DomainError('MATTER_UNIT_INVALID', 'the lead unit cannot also assist', [{ field: 'assistingUnitIds', message: 'must not contain the lead unit' }]);
  }
  const limits = MATTER_TIER_DAYS[state.tier];
  const days = command.days ?? limits.default;
  if (!Number.isInteger(days) || days < limits.min || days > limits.max) {
    const allowed = limits.min === limits.max ? `${limits.min}` : `${limits.min}–${limits.max}`;
    throw new DomainError('MATTER_TIER_DAYS_INVALID', `a ${state.tier} matter has ${allowed} days, not ${days}`, [{ field: 'days', message: `must be ${allowed}` }]);
  }
  const kind = command.dayCount ?? context.policy.matterDayCount ?? 'calendarDays';
  const { deadline, deadlineRule } = computeDeadline(context.now, { kind, days }, context.calendar);
  return [{ type: 'MatterAssigned', data: { leadUnitId: command.leadUnitId, assistingUnitIds: assisting, dueAt: deadline, deadlineRule, assignedBy: context.actor.id, assignedAt: context.now } }];
}

/** 办理: the lead or an assisting unit reports how far it got. */
export function decideReportMatterProgress(command: ReportMatterProgress, state: MatterState, context: DecisionContext): MatterEvent[] {
  assertBeingHandled(state, 'report progress on');
  assertHandlingUnit(state, context);
  return [{ type: 'MatterProgressReported', data: { unitId: context.actor.unitId!, progress: command.progress, reportedBy: context.actor.id, reportedAt: context.now } }];
}

/** The lead unit submits the result; after the due date in force it is recorded late. */
export function decideSubmitMatterCompletion(command: SubmitMatterCompletion, state: MatterState, context: DecisionContext): MatterEvent[] {
  assertBeingHandled(state, 'submit a completion of');
  assertLeadUnit(state, context);
  const { dueAt } = state.assignment;
  const late = instantMillis(context.now) > instantMillis(dueAt);
  return [{ type: 'MatterCompletionSubmitted', data: { result: command.result, evidence: (command.evidence ?? []).map((e) => ({ ...e })), late, dueAt, submittedBy: context.actor.id, submittedAt: context.now } }];
}

/** 审结 or 退办: the office accepts the submission or sends it back (with a reason) to be handled again. */
export function decideReviewMatterCompletion(command: ReviewMatterCompletion, state: MatterState, context: DecisionContext): MatterEvent[] {
  assertMatterExists(state);
  if (state.status !== 'submitted') throw invalidTransition(state, 'review');
  if (command.outcome !== 'accepted' && command.outcome !== 'returned') throw new DomainError('INVALID_TRANSITION', `unknown outcome '${command.outcome}'`, [{ field: 'outcome', message: 'accepted or returned' }]);
  if (command.outcome === 'returned' && !command.note?.trim()) {
    throw new DomainError('INVALID_TRANSITION', 'a matter is sent back with its reason', [{ field: 'note', message: 'the reason for sending it back' }]);
  }
  return [{ type: 'MatterCompletionReviewed', data: { outcome: command.outcome, note: command.note ?? '', reviewedBy: context.actor.id, reviewedAt: context.now } }];
}

/** 办结: only an accepted matter closes. */
export function decideCloseMatter(command: CloseMatter, state: MatterState, context: DecisionContext): MatterEvent[] {
  assertMatterExists(state);
  if (state.status !== 'accepted') throw invalidTransition(state, 'close');
  return [{ type: 'MatterClosed', data: { note: command.note ?? '', closedBy: context.actor.id, closedAt: context.now } }];
}
