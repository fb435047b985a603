import type { RecordedEvent } from '@app/event-store';

/** A small seeded PRNG (mulberry32): a failing run names its seed and replays exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomLogOptions {
  issues: number;
  units: { id: string; regionId: string }[];
  categories: string[];
  /** instants are spread from here over `months` months */
  start: number;
  months: number;
}

const DAY = 86_400_000;

/**
 * Issue streams with random histories — any event in any order (evolve must cope), with plausible data — interleaved
 * into one global log order. Deadlines and rechecks straddle month ends in Asia/Shanghai on purpose.
 */
export function randomIssueLog(random: () => number, options: RandomLogOptions): RecordedEvent[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const streams: RecordedEvent[][] = [];
  for (let i = 0; i < options.issues; i++) {
    const issueId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const unit = pick(options.units);
    let at = options.start + Math.floor(random() * options.months * 30 * DAY) + Math.floor(random() * DAY);
    const iso = () => new Date(at).toISOString();
    const events: { type: string; data: Record<string, unknown> }[] = [
      { type: 'IssueRegistered', data: { issueId, unitId: unit.id, regionId: unit.regionId, category: pick(options.categories), severity: pick(['general', 'serious', 'major']), safetyHazard: false, title: `问题 ${i} ${pick(['消防', '食堂', '校舍', 'fire'])}`, description: 'random', source: { kind: 'visit' }, evidence: [], foundAt: iso(), foundBy: 'user-sup01' } },
    ];
    let orderNo = 0;
    let deadline = iso();
    const steps = Math.floor(random() * 9);
    for (let s = 0; s < steps; s++) {
      at += Math.floor(random() * 20 * DAY);
      const kind = pick(['order', 'order', 'overdue', 'extension', 'report', 'recheck', 'recheck', 'feedback', 'close', 'withdraw', 'reopen', 'accountability', 'lookBackScheduled', 'lookBackOverdue', 'lookBack']);
      switch (kind) {
        case 'order':
          orderNo += 1;
          deadline = new Date(at + Math.floor(random() * 40 * DAY)).toISOString();
          events.push({ type: 'RectificationOrdered', data: { orderNo, requirements: 'fix', deadline, deadlineRule: { kind: 'explicit', explicit: deadline, calendarVersion: 't' }, orderedAt: iso(), orderedBy: 'user-sup01' } });
          break;
        case 'overdue':
          events.push({ type: 'RectificationOverdue', data: { orderNo, deadline, detectedAt: iso() } });
          break;
        case 'extension':
          deadline = new Date(Date.parse(deadline) + Math.floor(random() * 30 * DAY)).toISOString();
          events.push({ type: 'ExtensionDecided', data: { orderNo, approved: true, newDeadline: deadline, decidedAt: iso(), decidedBy: 'user-coord' } });
          break;
        case 'report':
          events.push({ type: 'RectificationReported', data: { orderNo, measures: 'done', evidence: [], reportedAt: iso(), reportedBy: 'user-unit' } });
          break;
        case 'recheck':
          events.push({ type: 'RecheckConducted', data: { orderNo, method: 'on_site', outcome: random() < 0.7 ? 'passed' : 'failed', findings: 'seen', evidence: [], recheckedAt: iso(), recheckedBy: 'user-sup02' } });
          break;
        case 'feedback':
          events.push({ type: 'IssueFedBack', data: { note: 'n', channel: 'written', fedBackAt: iso(), fedBackBy: 'user-sup01' } });
          break;
        case 'close':
          events.push({ type: 'IssueClosed', data: { closedAt: iso(), closedBy: 'user-sup01' } });
          // Often a look-back follows a close, and sometimes goes late: the states the look-back counters count.
          if (random() < 0.5) events.push({ type: 'LookBackScheduled', data: { dueAt: new Date(at + 90 * DAY).toISOString(), reason: 'major_issue', scheduledAt: iso() } });
          if (random() < 0.5) events.push({ type: 'LookBackOverdue', data: { dueAt: iso(), detectedAt: iso() } });
          break;
        case 'withdraw':
          events.push({ type: 'IssueWithdrawn', data: { reason: 'r', withdrawnAt: iso(), withdrawnBy: 'user-coord' } });
          break;
        case 'lookBackScheduled':
          events.push({ type: 'LookBackScheduled', data: { dueAt: new Date(at + 90 * DAY).toISOString(), reason: pick(['major_issue', 'sampled']), scheduledAt: iso() } });
          break;
        case 'lookBackOverdue':
          events.push({ type: 'LookBackOverdue', data: { dueAt: iso(), detectedAt: iso() } });
          break;
        case 'lookBack':
          events.push({ type: 'LookBackConducted', data: { outcome: pick(['sustained', 'relapsed']), findings: 'seen', conductedAt: iso(), conductedBy: 'user-sup01' } });
          break;
        case 'reopen':
          events.push({ type: 'IssueReopened', data: { reason: 'relapse', reopenedAt: iso(), reopenedBy: 'user-sup01' } });
          break;
        default:
          events.push({ type: 'AccountabilityDecided', data: { targets: [], measures: ['interview'], basis: 'b', reasons: ['overdue'], decidedAt: iso(), decidedBy: 'user-leader' } });
      }
    }
    streams.push(events.map((e, v) => ({
      stream: `issue-${issueId}`, version: v + 1, position: '', type: e.type, data: e.data,
      metadata: { eventId: `${i}-${v}`, commandId: `${i}-${v}`, correlationId: 'c', causationId: null, actor: { id: 'x', role: 'system' }, recordedAt: iso() },
      recordedAt: iso(), hash: 'h', prevHash: 'p',
    }) as RecordedEvent));
  }
  // Interleave: repeatedly take the next event of a random stream that has one left.
  const log: RecordedEvent[] = [];
  const cursors = streams.map(() => 0);
  let left = streams.reduce((n, s) => n + s.length, 0);
  while (left > 0) {
    const i = Math.floor(random() * streams.length);
    if (cursors[i] >= streams[i].length) continue;
    log.push({ ...streams[i][cursors[i]++], position: `1:${log.length + 1}` });
    left -= 1;
  }
  return log;
}
