import { clockOf, type ActiveCaseState, type CaseState, type StatutoryClock } from '@app/domain';
import type { InboxItem } from '../inbox/inbox-item';

/**
 * What an accountability case waits for, and from whom (DESIGN §3.6; each kind starts with `case_`, the subject is the
 * case). The office's steps go to coordinators, the committee's to leaders; due dates are the statutory clocks.
 *   case_investigate  opened: form the investigation group            coordinators   (investigation, 60 days)
 *   case_facts        investigating: determine the facts              coordinators   (investigation)
 *   case_notice       facts determined: serve facts and proposal      coordinators
 *   case_statement    notice served: record the statement or waiver   coordinators   (statement, 5 working days)
 *   case_opinion      heard: form the opinion                         coordinators
 *   case_approval     opinion formed: approve (chair, vice-chair)     leaders
 *   case_decision     approved: issue the decision document           coordinators
 *   case_measures     decided: measures not yet executed or referred  coordinators
 *   case_review       a review requested, not decided                 leaders        (review decision, 30 days)
 *   case_appeal       an appeal filed, not decided                    leaders        (appeal decision, 60 days)
 */
export function caseToDos(caseId: string, state: CaseState): InboxItem[] {
  if (state.stage === 'initial' || state.stage === 'dismissed' || state.stage === 'archived') return [];
  const s = state;
  const base = {
    subjectId: caseId, unitId: s.subjects[0]?.unitId ?? '', regionId: s.regionId, number: s.number ?? null,
    title: (s.grounds[0] ?? '').slice(0, 120), severity: null,
  };
  const items: InboxItem[] = [];
  const add = (kind: string, audience: 'role:coordinator' | 'role:leader', since: string, clock?: StatutoryClock) =>
    items.push({ ...base, kind, audience, since, dueAt: clock ? dueOf(s, clock) : null });
  switch (s.stage) {
    case 'opened': add('case_investigate', 'role:coordinator', s.openedAt, 'investigation'); break;
    case 'investigating': add('case_facts', 'role:coordinator', s.openedAt, 'investigation'); break;
    case 'facts_determined': add('case_notice', 'role:coordinator', s.openedAt); break;
    case 'notice_served': add('case_statement', 'role:coordinator', s.openedAt, 'statement'); break;
    case 'heard': add('case_opinion', 'role:coordinator', s.statement?.at ?? s.openedAt); break;
    case 'opinion_formed': add('case_approval', 'role:leader', s.openedAt); break;
    case 'approved': add('case_decision', 'role:coordinator', s.approval?.at ?? s.openedAt); break;
    case 'decided': {
      const decision = s.decision;
      if (decision && decision.measures.some((_, i) => !s.measureStatus[i])) add('case_measures', 'role:coordinator', decision.issuedAt);
      if (s.review && !s.review.decidedAt) add('case_review', 'role:leader', s.review.requestedAt, 'review_decision');
      if (s.appeal && !s.appeal.decidedAt) add('case_appeal', 'role:leader', s.appeal.filedAt, 'appeal_decision');
      break;
    }
  }
  return items;
}

function dueOf(state: ActiveCaseState, clock: StatutoryClock): string | null {
  const running = clockOf(state, clock);
  return running && running.state !== 'met' ? running.dueAt : null;
}
