import fc from 'fast-check';
import { runStory } from '../testing/issue-model/issue-model.run';
import { storyArb, type Story } from '../testing/issue-model/issue-model.steps';
import { decideIssue } from './issue.decide';

const laxReport: typeof decideIssue = (command, state, context) =>
  decideIssue(command.type === 'ReportResult' ? { ...command, reportedVersion: state.version } : command, state, context);

const clockOnlyOverdue: typeof decideIssue = (command, state, context) =>
  command.type === 'MarkOverdue' ? decideIssue(command, state, context) : decideIssue(command, state, context).filter((event) => event.type !== 'RectificationOverdue');

/*
 * Model-based test of the issue decider (issue #9): random stories — commands, actors (right and wrong ones)
 * and clock steps, with bulletins whose results the process manager delivers late — applied through
 * decide/evolve. After every step the invariants of issue-model.invariants.ts must hold:
 *   - an IssueClosed only follows a passed (on-site where required) recheck after the latest report;
 *   - and a result reported by a bulletin whose snapshot was taken at or after that recheck / decision;
 *   - and, after any order passed its deadline unreported, two failed rechecks or a relapse, a later
 *     accountability decision;
 *   - an open order past its deadline is recorded overdue (once) by any accepted command; `late` is true.
 * A failure prints fast-check's seed and path (replay: MODEL_SEED=… MODEL_PATH=… npx jest issue-decider.model),
 * and the shrunk story: keep it in REGRESSIONS.
 */

const RUNS = Number(process.env.MODEL_RUNS ?? 3000);
/** MODEL_SEED=<seed> (and MODEL_PATH=<path>) replays the failure fast-check printed. */
const REPLAY = process.env.MODEL_SEED ? { seed: Number(process.env.MODEL_SEED), path: process.env.MODEL_PATH } : {};

describe('the issue decider, model-based', () => {
  it(`keeps the three iron rules in ${RUNS} random stories`, () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        runStory(story);
      }),
      { numRuns: RUNS, ...REPLAY },
    );
  });

  it.each(REGRESSIONS())('regression: %s', (_name, story, bypass) => {
    expect(() => runStory(story)).not.toThrow();
    expect(() => runStory(story, bypass)).toThrow(); // the story does reach the rule it is kept for
  });

  // The model must be able to fail: the two timing bypasses of issue #9, put back into the decider, are found.
  it.each([
    ['a result delivered late counts for the state at delivery (must report, bypassed)', laxReport, /no bulletin saw/],
    ['commands do not record the overdue, only the clock does (must be held accountable, bypassed)', clockOnlyOverdue, /did not record it overdue/],
  ] as Array<[string, typeof decideIssue, RegExp]>)('finds the bug when %s', (_what, decide, message) => {
    const found = fc.check(fc.property(storyArb, (story) => { runStory(story, decide); }), { numRuns: RUNS, seed: 9 });
    expect(found.failed).toBe(true);
    expect(String(found.errorInstance)).toMatch(message);
  });
});

/** Shrunk counterexamples found while building the rules, kept so that they stay fixed. */
function REGRESSIONS(): Array<[string, Story, typeof decideIssue]> {
  return [
    [
      'must report: a bulletin published before the recheck, delivered after it',
      {
        severity: 'general', safetyHazard: false,
        steps: [
          { advance: 0, actor: 'sup01', move: { kind: 'order', rule: 'workingDays', amount: 5 } },
          { advance: 3_600_000, actor: 'unit001', move: { kind: 'report' } },
          { advance: 60_000, actor: 'coordinator', move: { kind: 'publishBulletin' } },
          { advance: 60_000, actor: 'sup01', move: { kind: 'recheck', method: 'on_site', outcome: 'passed' } },
          { advance: 60_000, actor: 'system', move: { kind: 'deliverResult', which: 0 } },
          { advance: 60_000, actor: 'sup01', move: { kind: 'close' } },
        ],
      },
      laxReport,
    ],
    [
      'must be held accountable: reported after the deadline before any clock scan',
      {
        severity: 'general', safetyHazard: false,
        steps: [
          { advance: 0, actor: 'sup01', move: { kind: 'order', rule: 'hours', amount: 2 } },
          { advance: 3 * 3_600_000, actor: 'unit001', move: { kind: 'report' } },
          { advance: 60_000, actor: 'sup01', move: { kind: 'recheck', method: 'on_site', outcome: 'passed' } },
          { advance: 60_000, actor: 'coordinator', move: { kind: 'publishBulletin' } },
          { advance: 60_000, actor: 'system', move: { kind: 'deliverResult', which: 0 } },
          { advance: 60_000, actor: 'sup01', move: { kind: 'close' } },
        ],
      },
      clockOnlyOverdue,
    ],
  ];
}
