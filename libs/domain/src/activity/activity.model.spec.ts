import fc from 'fast-check';
import { coordinator, testContext } from '../testing/given';
import { DomainError } from '../shared/domain-error';
import type { ActivityContext } from './activity-context';
import type { ActivityCommand } from './activity.commands';
import { decideActivity } from './activity.decide';
import type { ActivityEvent } from './activity.events';
import { evolveActivity, foldActivity } from './activity.evolve';
import { initialActivityState } from './activity.state';
import type { SiteFinding } from './activity.types';
import type { VisitMethod } from '../visit/visit.types';

/*
 * Model-based test of the activity decider: random sequences of commands (right and wrong ones), each with random
 * facts about conflicts and the listed issues' orders, on a clock that only moves forward. Whatever was accepted, the
 * history must keep the procedure's rules:
 *   - a special/comprehensive team has at least three members, none conflicted with a target, at the time formed;
 *   - no special/comprehensive site visit before a written notice;
 *   - every opinion letter lists only issues that had an open order when it was issued;
 *   - a special/comprehensive activity closes only after its reports were published to the public;
 *   - nothing is decided after the close; the version is the number of events; a refusal appends nothing.
 */
const UNITS = ['unit-1', 'unit-2'];
const SUPERVISORS = ['s-1', 's-2', 's-3', 's-4'];

const commandArb: fc.Arbitrary<ActivityCommand> = fc.oneof(
  fc.record({ type: fc.constant('FormTeam' as const), leaderId: fc.constantFrom(...SUPERVISORS), members: fc.subarray(SUPERVISORS, { minLength: 1 }).map((ids) => ids.map((supervisorId) => ({ supervisorId, matters: ['safety'] }))) }),
  fc.constant<ActivityCommand>({ type: 'SendNotice', content: '书面通知' }),
  fc.record({ type: fc.constant('RecordSiteVisit' as const), unitId: fc.constantFrom(...UNITS, 'unit-b'), date: fc.constant('2026-03-02'), methods: fc.constant<VisitMethod[]>(['briefing']), findings: fc.constant<SiteFinding[]>([]) }),
  fc.record({ type: fc.constant('IssuePreliminaryOpinion' as const), unitId: fc.constantFrom(...UNITS), opinion: fc.constant('初步意见'), issueIds: fc.subarray(['i-1', 'i-2']) }),
  fc.record({ type: fc.constant('ReceiveStatement' as const), unitId: fc.constantFrom(...UNITS), statement: fc.constant('陈述') }),
  fc.record({ type: fc.constant('IssueOpinionLetter' as const), unitId: fc.constantFrom(...UNITS), evaluation: fc.constant('良好'), issueIds: fc.subarray(['i-1', 'i-2']) }),
  fc.record({ type: fc.constant('FinalizeUnitReport' as const), unitId: fc.constantFrom(...UNITS), report: fc.constant('报告') }),
  fc.record({ type: fc.constant('PublishActivityReport' as const), scope: fc.constantFrom('internal' as const, 'public' as const) }),
  fc.constant<ActivityCommand>({ type: 'CloseActivity', note: '' }),
);

const stepArb = fc.record({
  command: commandArb,
  conflicted: fc.subarray(SUPERVISORS),
  ordered: fc.subarray(['i-1', 'i-2']),
  days: fc.integer({ min: 0, max: 6 }),
});

/** Half the stories begin with a proper start (a team of three, the notice, both schools visited) to reach the far end. */
const quiet = (command: ActivityCommand) => ({ command, conflicted: [] as string[], ordered: [] as string[], days: 0 });
const START = [
  quiet({ type: 'FormTeam', leaderId: 's-1', members: ['s-1', 's-2', 's-3'].map((supervisorId) => ({ supervisorId, matters: ['safety'] })) }),
  quiet({ type: 'SendNotice', content: '书面通知' }),
  ...UNITS.map((unitId) => quiet({ type: 'RecordSiteVisit', unitId, date: '', methods: ['briefing'], findings: [] })),
];
const storyArb = fc
  .record({ kind: fc.constantFrom('joint' as const, 'special' as const, 'comprehensive' as const), start: fc.boolean(), steps: fc.array(stepArb, { maxLength: 40 }) })
  .map(({ kind, start, steps }) => ({ kind, steps: start ? [...START, ...steps] : steps }));

describe('the activity decider, model-based', () => {
  it('keeps the procedure in random stories', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(storyArb, ({ kind, steps }) => {
        const formal = kind !== 'joint';
        const plan: ActivityCommand = { type: 'PlanActivity', activityId: 'a-1', regionId: 'county-a', kind, title: 't', matters: ['safety'], targetUnitIds: UNITS, from: '2026-03-02', to: '2026-03-31' };
        let now = Date.parse('2026-03-02T02:00:00.000Z');
        const history: ActivityEvent[] = [...decideActivity(plan, initialActivityState, { ...testContext({ now: new Date(now).toISOString(), actor: coordinator }) })];
        for (const step of steps) {
          now += step.days * 86_400_000;
          const context: ActivityContext = {
            ...testContext({ now: new Date(now).toISOString(), actor: coordinator }),
            supervisorConflicts: Object.fromEntries(step.conflicted.map((id) => [id, ['unit-2']])),
            issues: Object.fromEntries(['i-1', 'i-2'].map((id) => [id, { unitId: 'unit-1', activityId: 'a-1', openOrder: step.ordered.includes(id) }])),
          };
          const before = foldActivity(history);
          // a site visit is dated on the story's day (a date after today is refused, tested elsewhere)
          const command = step.command.type === 'RecordSiteVisit' ? { ...step.command, date: context.now.slice(0, 10) } : step.command;
          let events: ActivityEvent[] = [];
          try {
            events = decideActivity(command, before, context);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            continue; // a refusal appends nothing
          }
          if (before.status === 'closed') throw new Error('decided after the close');
          for (const event of events) {
            if (event.type === 'TeamFormed' && formal) {
              expect(event.data.members.length).toBeGreaterThanOrEqual(3);
              expect(event.data.members.some((m) => step.conflicted.includes(m.supervisorId))).toBe(false);
            }
            if (event.type === 'SiteVisited' && formal) expect(history.some((e) => e.type === 'NoticeSent')).toBe(true);
            if (event.type === 'OpinionLetterIssued') expect(event.data.issueIds.every((id) => step.ordered.includes(id))).toBe(true);
            if (event.type === 'ActivityClosed' && formal) expect(history.some((e) => e.type === 'ReportPublished' && e.data.scope === 'public')).toBe(true);
          }
          for (const event of events) seen.add(`${kind}:${event.type}`);
          history.push(...events);
          expect(foldActivity(history).version).toBe(history.length);
        }
      }),
      { numRuns: Number(process.env.MODEL_RUNS ?? 1000) },
    );
    // the stories get past the refusals (the far end of a special activity is walked in activity-rules.spec.ts)
    for (const reached of ['special:SiteVisited', 'special:PreliminaryOpinionIssued', 'special:StatementReceived', 'joint:OpinionLetterIssued', 'joint:UnitReportFinalized', 'joint:ActivityClosed']) expect(seen).toContain(reached);
  });

  it('evolve never throws on junk and ignores events before the plan', () => {
    expect(() => evolveActivity(initialActivityState, { type: 'TeamFormed', data: null } as never)).not.toThrow();
    expect(evolveActivity(initialActivityState, { type: 'NoticeSent', data: { noticeNumber: null, content: 'x', sentBy: 'u', sentAt: 'x' } })).toBe(initialActivityState);
  });
});
