import { decideIssue } from '../../issue/issue.decide';
import type { IssueEvent } from '../../issue/issue.events';
import { evolveIssue } from '../../issue/issue.evolve';
import { initialIssueState, type IssueState } from '../../issue/issue.state';
import type { DecisionContext } from '../../shared/decision-context';
import { DomainError } from '../../shared/domain-error';
import { testContext } from '../given';
import { registerIssue } from '../issue-story';
import { checkAfterStep, openOrder, type Log } from './issue-model.invariants';
import { ACTORS, commandOf, type Step, type Story } from './issue-model.steps';

export const MODEL_START = '2026-03-02T02:00:00.000Z';

/** A bulletin the model published: the issue version its snapshot saw, and when. */
interface Published {
  bulletinId: string;
  version: number;
  publishedAt: string;
}

/**
 * Plays a story through decide/evolve only (what the command handler does, without I/O) and checks the
 * invariants after every step; throws with the step and the log on the first violation.
 */
export function runStory(story: Story, decide: typeof decideIssue = decideIssue): Log {
  const log: Log = { events: [], times: [], severity: story.severity, safetyHazard: story.safetyHazard, snapshots: new Map(), triggers: [] };
  let state: IssueState = initialIssueState;
  let now = MODEL_START;
  const append = (events: IssueEvent[]) => {
    for (const event of events) {
      log.events.push(event);
      log.times.push(now);
      state = evolveIssue(state, event);
    }
  };
  append(decide(registerIssue({ severity: story.severity, safetyHazard: story.safetyHazard }), state, context(now, 'sup01')));
  const undelivered: Published[] = [];
  const overdueOrders = new Set<number>();
  story.steps.forEach((step, index) => {
    now = new Date(Date.parse(now) + step.advance).toISOString();
    const pastDeadline = overdueAt(log, now);
    // 不整改必问责 is owed once per order, from the moment its deadline passed unreported (whoever noticed).
    if (pastDeadline !== null && !overdueOrders.has(pastDeadline)) {
      overdueOrders.add(pastDeadline);
      log.triggers.push({ at: log.events.length, reason: `order ${pastDeadline} past its deadline unreported` });
    }
    const from = log.events.length;
    const outcome = play(step, state, now, undelivered, log, decide);
    if (outcome.accepted) append(outcome.events);
    try {
      checkAfterStep(log, { accepted: outcome.accepted, overdueOrderAtStart: pastDeadline, from });
    } catch (error) {
      throw new Error(`after step ${index} ${JSON.stringify(step)}: ${(error as Error).message}\nlog: ${describe(log)}`);
    }
  });
  return log;
}

function play(given: Step, state: IssueState, now: string, undelivered: Published[], log: Log, decide: typeof decideIssue): { accepted: boolean; events: IssueEvent[] } {
  const step = given.move.kind === 'progress' ? progress(given.move.roll, state, undelivered) : given;
  if (!step) return { accepted: false, events: [] };
  if (step.move.kind === 'publishBulletin') {
    const published = { bulletinId: `b-${log.snapshots.size + 1}`, version: state.version, publishedAt: now };
    log.snapshots.set(published.bulletinId, published.version);
    undelivered.push(published);
    return { accepted: false, events: [] };
  }
  const order = openOrder(log) ?? lastOrder(log);
  const snapshot = step.move.kind === 'deliverResult' ? undelivered[step.move.which % Math.max(1, undelivered.length)] : undefined;
  const command = commandOf(step.move, { now, orderNo: order?.orderNo ?? 1, deadline: order?.deadline ?? null, snapshot });
  if (!command) return { accepted: false, events: [] };
  try {
    const events = decide(command, state, context(now, step.actor));
    if (snapshot) undelivered.splice(undelivered.indexOf(snapshot), 1);
    return { accepted: true, events };
  } catch (error) {
    if (error instanceof DomainError) return { accepted: false, events: [] };
    throw error; // anything but a rule refusal is a bug
  }
}

/**
 * The natural next step for the issue as it stands, by the actor who would take it; `roll` (0–9) sometimes
 * takes the unhappy branch. Steering may read the decider's state: the invariants never do.
 */
function progress(roll: number, state: IssueState, undelivered: Published[]): Step | null {
  const step = (actor: Step['actor'], move: Step['move']): Step => ({ advance: 0, actor, move });
  switch (state.status) {
    case 'open':
      return state.accountabilityRequired && roll < 5
        ? step('leader', { kind: 'decideAccountability', target: roll < 3 ? 'own' : 'superior' })
        : step('sup01', { kind: 'order', rule: 'workingDays', amount: 1 + roll });
    case 'rectifying':
      if (state.currentOrder.pendingExtension) return step(roll < 5 ? 'sup01' : 'coordinator', { kind: 'decideExtension', approved: roll < 7 });
      return roll < 2 ? step('unit001', { kind: 'requestExtension', days: 3 + roll }) : step('unit001', { kind: 'report' });
    case 'awaiting_recheck':
      return step(roll < 5 ? 'sup01' : 'coordinator', { kind: 'recheck', method: 'on_site', outcome: roll < 2 ? 'failed' : 'passed' });
    case 'rectified':
      if (state.accountabilityRequired) return step('leader', { kind: 'decideAccountability', target: roll < 5 ? 'own' : 'person' });
      if (!state.resultReported) return undelivered.length > 0 ? step('system', { kind: 'deliverResult', which: 0 }) : step('coordinator', { kind: 'publishBulletin' });
      return step('sup01', { kind: 'close' });
    case 'closed':
      return step('sup02', { kind: 'lookBack', outcome: roll < 3 ? 'relapsed' : 'sustained' });
    default:
      return null;
  }
}

function context(now: string, actor: keyof typeof ACTORS): DecisionContext {
  return testContext({ now, actor: ACTORS[actor], conflictedUnitIds: actor === 'sup03-conflicted' ? ['unit-1'] : [] });
}

/** The open order's number if it is unreported and its deadline in force lies before `now`. */
function overdueAt(log: Log, now: string): number | null {
  const order = openOrder(log);
  return order && !order.reported && Date.parse(now) > Date.parse(order.deadline) ? order.orderNo : null;
}

function lastOrder(log: Log): { orderNo: number; deadline: string } | null {
  const ordered = [...log.events].reverse().find((event) => event.type === 'RectificationOrdered');
  return ordered && ordered.type === 'RectificationOrdered' ? { orderNo: ordered.data.orderNo, deadline: ordered.data.deadline } : null;
}

function describe(log: Log): string {
  return log.events.map((event, i) => `${i + 1}:${event.type}@${log.times[i]}`).join(' ');
}
