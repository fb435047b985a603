import fc from 'fast-check';
import type { Actor } from '../../shared/actor';
import type { IssueCommand } from '../../issue/issue.commands';
import type { AccountabilityTarget } from '../../issue/issue.types';

/**
 * One step of a random story: who acts, how far the clock moves first, and what they try. Commands are
 * described abstractly so that a counterexample prints readably and can be pasted into a regression spec.
 */
export type Move =
  /** the natural next step of the loop for the issue as it stands (keeps stories moving to a close and beyond) */
  | { kind: 'progress'; roll: number }
  | { kind: 'feedBack' }
  | { kind: 'order'; rule: 'workingDays' | 'calendarDays' | 'hours'; amount: number }
  | { kind: 'requestExtension'; days: number }
  | { kind: 'decideExtension'; approved: boolean }
  | { kind: 'report' }
  | { kind: 'recheck'; method: 'on_site' | 'document'; outcome: 'passed' | 'failed' }
  | { kind: 'decideAccountability'; target: 'own' | 'superior' | 'person' | 'neighbour' | 'foreign' | 'unknown' }
  /** a bulletin listing the issue is published now: its snapshot sees the current version */
  | { kind: 'publishBulletin' }
  /** the process manager delivers the result of the n-th published bulletin not yet delivered (it may lag) */
  | { kind: 'deliverResult'; which: number }
  | { kind: 'close' }
  | { kind: 'lookBack'; outcome: 'sustained' | 'relapsed' }
  | { kind: 'withdraw' }
  | { kind: 'clock'; what: 'MarkDueSoon' | 'MarkOverdue' | 'urge' | 'supervise' };

export type ActorName = 'sup01' | 'sup02' | 'sup03-conflicted' | 'coordinator' | 'leader' | 'unit001' | 'system';

export interface Step {
  /** milliseconds the clock moves before the move */
  advance: number;
  actor: ActorName;
  move: Move;
}

export const ACTORS: Record<ActorName, Actor> = {
  sup01: { id: 'sup01', role: 'supervisor', regionId: 'county-a' },
  sup02: { id: 'sup02', role: 'supervisor', regionId: 'county-a' },
  'sup03-conflicted': { id: 'sup03', role: 'supervisor', regionId: 'county-a' },
  coordinator: { id: 'coordinator', role: 'coordinator', regionId: 'county-a' },
  leader: { id: 'leader', role: 'leader', regionId: 'county-a' },
  unit001: { id: 'unit001', role: 'unit', unitId: 'unit-1', regionId: 'county-a' },
  system: { id: 'system:clock', role: 'system' },
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const TARGETS: Record<Extract<Move, { kind: 'decideAccountability' }>['target'], AccountabilityTarget> = {
  own: { kind: 'unit', name: '第一小学', unitId: 'unit-1' },
  superior: { kind: 'unit', name: '甲县教育局', unitId: 'bureau-1' },
  person: { kind: 'person', name: '张校长', unitId: 'unit-1' },
  neighbour: { kind: 'unit', name: '第二小学', unitId: 'unit-2' },
  foreign: { kind: 'unit', name: '乙县小学', unitId: 'unit-b' },
  unknown: { kind: 'unit', name: '不存在', unitId: 'unit-404' },
};

/** What the model knows when it turns a move into a command. */
export interface Known {
  now: string;
  /** the latest order's number and deadline in force */
  orderNo: number;
  deadline: string | null;
  /** the snapshot version of the bulletin whose result a deliverResult move delivers */
  snapshot: { bulletinId: string; version: number; publishedAt: string } | undefined;
}

/** The command a move stands for, or null for a move that is no issue command (publishing a bulletin). */
export function commandOf(move: Move, { now, orderNo, deadline, snapshot }: Known): IssueCommand | null {
  switch (move.kind) {
    case 'feedBack':
      return { type: 'FeedBackIssue', note: '反馈', channel: 'on_site' };
    case 'order': {
      const deadlineRule = move.rule === 'hours'
        ? { kind: 'explicit' as const, deadline: new Date(Date.parse(now) + move.amount * HOUR).toISOString() }
        : { kind: move.rule, days: move.amount };
      return { type: 'OrderRectification', requirements: '整改', deadline: deadlineRule };
    }
    case 'requestExtension':
      return { type: 'RequestExtension', proposedDeadline: new Date(Date.parse(deadline ?? now) + move.days * DAY).toISOString(), reason: '延期' };
    case 'decideExtension':
      return { type: 'DecideExtension', approved: move.approved };
    case 'report':
      return { type: 'ReportRectification', measures: '已整改', evidence: [] };
    case 'recheck':
      return { type: 'ConductRecheck', method: move.method, outcome: move.outcome, findings: '复查', evidence: [] };
    case 'decideAccountability':
      return { type: 'DecideAccountability', targets: [TARGETS[move.target]], measures: ['interview'], basis: '问责办法' };
    case 'deliverResult':
      return !snapshot ? null : { type: 'ReportResult', bulletinId: snapshot.bulletinId, scope: 'public', publishedAt: snapshot.publishedAt, reportedVersion: snapshot.version };
    case 'close':
      return { type: 'CloseIssue' };
    case 'lookBack':
      return { type: 'ConductLookBack', outcome: move.outcome, findings: '回头看' };
    case 'withdraw':
      return { type: 'WithdrawIssue', reason: '撤销' };
    case 'clock':
      if (move.what === 'MarkDueSoon' || move.what === 'MarkOverdue') return { type: move.what, orderNo };
      return { type: 'IssueReminder', orderNo, level: move.what };
    case 'publishBulletin':
    case 'progress':
      return null;
  }
}

const moveArb: fc.Arbitrary<Move> = fc.oneof(
  { weight: 40, arbitrary: fc.record({ kind: fc.constant('progress' as const), roll: fc.integer({ min: 0, max: 9 }) }) },
  { weight: 1, arbitrary: fc.constant<Move>({ kind: 'feedBack' }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('order' as const), rule: fc.constantFrom('workingDays' as const, 'calendarDays' as const, 'hours' as const), amount: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('requestExtension' as const), days: fc.integer({ min: 1, max: 20 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('decideExtension' as const), approved: fc.boolean() }) },
  { weight: 5, arbitrary: fc.constant<Move>({ kind: 'report' }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('recheck' as const), method: fc.constantFrom('on_site' as const, 'document' as const), outcome: fc.constantFrom('passed' as const, 'failed' as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('decideAccountability' as const), target: fc.constantFrom('own' as const, 'superior' as const, 'person' as const, 'neighbour' as const, 'foreign' as const, 'unknown' as const) }) },
  { weight: 3, arbitrary: fc.constant<Move>({ kind: 'publishBulletin' }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('deliverResult' as const), which: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 5, arbitrary: fc.constant<Move>({ kind: 'close' }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('lookBack' as const), outcome: fc.constantFrom('sustained' as const, 'relapsed' as const) }) },
  { weight: 1, arbitrary: fc.constant<Move>({ kind: 'withdraw' }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('clock' as const), what: fc.constantFrom('MarkDueSoon' as const, 'MarkOverdue' as const, 'urge' as const, 'supervise' as const) }) },
);

/** Mostly the actor a move expects, sometimes anyone (a wrong actor must be refused, never slip through). */
const actorFor = (move: Move): fc.Arbitrary<ActorName> => {
  const usual: Record<Move['kind'], ActorName[]> = {
    progress: ['system'], feedBack: ['sup01'], order: ['sup01', 'coordinator'], requestExtension: ['unit001'], decideExtension: ['sup01', 'coordinator', 'sup02'],
    report: ['unit001'], recheck: ['sup01', 'coordinator', 'sup03-conflicted'], decideAccountability: ['leader'], publishBulletin: ['coordinator'],
    deliverResult: ['system'], close: ['sup01', 'coordinator'], lookBack: ['sup02', 'sup03-conflicted'], withdraw: ['coordinator'], clock: ['system'],
  };
  if (move.kind === 'progress') return fc.constant<ActorName>('system'); // the runner picks the right actor
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...usual[move.kind]) },
    { weight: 1, arbitrary: fc.constantFrom(...(Object.keys(ACTORS) as ActorName[])) },
  );
};

/** Clock steps: none, minutes, hours, a day or two, or a long jump past any deadline. */
const advanceArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 120 }).map((minutes) => minutes * 60_000) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 48 }).map((hours) => hours * HOUR) },
  { weight: 1, arbitrary: fc.integer({ min: 3, max: 20 }).map((days) => days * DAY) },
);

export const stepArb: fc.Arbitrary<Step> = moveArb.chain((move) => fc.record({ advance: advanceArb, actor: actorFor(move), move: fc.constant(move) }));

export const storyArb = fc.record({
  severity: fc.constantFrom('general' as const, 'serious' as const, 'major' as const),
  safetyHazard: fc.boolean(),
  steps: fc.array(stepArb, { minLength: 1, maxLength: 60, size: 'max' }),
});

export type Story = { severity: 'general' | 'serious' | 'major'; safetyHazard: boolean; steps: Step[] };
