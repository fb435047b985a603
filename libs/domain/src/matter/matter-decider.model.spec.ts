import fc from 'fast-check';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/domain-error';
import { instantMillis } from '../shared/instant';
import { at, coordinator, systemActor } from '../testing/given';
import { assign, assistingUser, leadUser, M, register } from '../testing/matter';
import type { MatterCommand } from './matter.commands';
import { decideMatter } from './matter.decide';
import type { MatterEvent } from './matter.events';
import { foldMatter } from './matter.evolve';
import { isBeingHandled } from './matter.state';

/*
 * Model-based test of the matter decider: random stories of commands by random actors (the office, the lead unit, an
 * assisting unit, a stranger unit, the clock) at random moments moving forward, after registration and assignment.
 * After every step: overdue is recorded by any accepted command once a handled matter is past due with no extension
 * pending, never twice for
 * one due date; extensions were asked before the due date in force; a submission is late exactly when after it, and
 * only by the lead unit; a close follows an accepted review of the latest submission, and nothing follows a close.
 */
const stranger: Actor = { id: 'unit009', role: 'unit', unitId: 'unit-9', regionId: 'county-a' };
const actors = [coordinator, leadUser, assistingUser, stranger, systemActor];
const day = 86_400_000;
const commandArb: fc.Arbitrary<MatterCommand> = fc.oneof(
  fc.constant<MatterCommand>({ type: 'ReportMatterProgress', progress: '进展' }),
  fc.constantFrom<MatterCommand>({ type: 'IssueMatterReminder', level: 'urge' }, { type: 'IssueMatterReminder', level: 'supervise' }),
  fc.constant<MatterCommand>({ type: 'MarkMatterOverdue' }),
  fc.integer({ min: -3, max: 40 }).map<MatterCommand>((d) => ({ type: 'RequestMatterExtension', proposedDueAt: new Date(Date.parse(M.dueNormal) + d * day).toISOString(), reason: '理由', progress: '进展' })),
  fc.boolean().map<MatterCommand>((approved) => ({ type: 'DecideMatterExtension', approved })),
  fc.constant<MatterCommand>({ type: 'SubmitMatterCompletion', result: '结果', evidence: [] }),
  fc.constantFrom<MatterCommand>({ type: 'ReviewMatterCompletion', outcome: 'accepted', note: '' }, { type: 'ReviewMatterCompletion', outcome: 'returned', note: '退回' }),
  fc.constant<MatterCommand>({ type: 'CloseMatter' }),
);
const stepArb = fc.record({ command: commandArb, actor: fc.integer({ min: 0, max: actors.length - 1 }), hours: fc.integer({ min: 0, max: 96 }) });

function check(events: MatterEvent[], now: string, accepted: boolean): void {
  const state = foldMatter(events);
  // a refused command appends nothing, overdue included (the clock or the next accepted command records it)
  if (accepted && isBeingHandled(state) && !state.pendingExtension && instantMillis(now) > instantMillis(state.assignment.dueAt)) expect(state.overdue).toBe(true);
  const overdueDues = events.filter((e) => e.type === 'MatterOverdue').map((e) => e.data.dueAt);
  expect(new Set(overdueDues).size).toBe(overdueDues.length);
  let dueAt = '';
  let lastSubmittedAt = '';
  let acceptedAfterSubmission = false;
  events.forEach((e, i) => {
    if (e.type === 'MatterAssigned') dueAt = e.data.dueAt;
    if (e.type === 'MatterExtensionDecided' && e.data.newDueAt) dueAt = e.data.newDueAt;
    if (e.type === 'MatterExtensionRequested') expect(instantMillis(e.data.requestedAt)).toBeLessThanOrEqual(instantMillis(dueAt));
    if (e.type === 'MatterCompletionSubmitted') {
      expect(e.data.late).toBe(instantMillis(e.data.submittedAt) > instantMillis(dueAt));
      expect(e.data.submittedBy).toBe('unit001');
      lastSubmittedAt = e.data.submittedAt;
      acceptedAfterSubmission = false;
    }
    if (e.type === 'MatterCompletionReviewed' && e.data.outcome === 'accepted' && lastSubmittedAt) acceptedAfterSubmission = true;
    if (e.type === 'MatterClosed') {
      expect(acceptedAfterSubmission).toBe(true);
      expect(i).toBe(events.length - 1);
    }
  });
}

describe('the matter decider, model-based', () => {
  it('keeps its rules in random stories', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        const units = { 'unit-1': { unitId: 'unit-1', name: '甲', regionId: 'county-a', superiorUnitIds: [], inActorJurisdiction: true }, 'unit-2': { unitId: 'unit-2', name: '乙', regionId: 'county-a', superiorUnitIds: [], inActorJurisdiction: true } };
        let events = decideMatter(register(), foldMatter([]), at(M.registered, coordinator));
        events = [...events, ...decideMatter(assign(), foldMatter(events), { ...at(M.assigned, coordinator), units })];
        let now = Date.parse(M.assigned);
        for (const step of steps) {
          now += step.hours * 3_600_000;
          const context = at(new Date(now).toISOString(), actors[step.actor]);
          let accepted = true;
          try {
            events = [...events, ...decideMatter(step.command, foldMatter(events), context)];
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            accepted = false;
          }
          check(events, context.now, accepted);
        }
      }),
      { numRuns: Number(process.env.MODEL_RUNS ?? 1000) },
    );
  });
});
