import type { IssueEvent } from '../../issue/issue.events';

/** What the model recorded: the events with the time each was decided at, and facts the decider never sees. */
export interface Log {
  events: IssueEvent[];
  times: string[];
  severity: 'general' | 'serious' | 'major';
  safetyHazard: boolean;
  /** bulletin id → the issue version its snapshot saw when the model published it */
  snapshots: Map<string, number>;
  /** moments (log positions) from which an accountability decision is owed: overdue orders, seen by the model's clock */
  triggers: Array<{ at: number; reason: string }>;
}

interface OrderFacts {
  orderNo: number;
  deadline: string;
  reported: boolean;
  open: boolean;
}

/** The latest order as the events tell it (deadline in force, reported or not), up to log position `until`. */
function orderAt(log: Log, until = log.events.length): OrderFacts | null {
  let order: OrderFacts | null = null;
  for (const event of log.events.slice(0, until)) {
    if (event.type === 'RectificationOrdered') order = { orderNo: event.data.orderNo, deadline: event.data.deadline, reported: false, open: true };
    else if (!order) continue;
    else if (event.type === 'ExtensionDecided' && event.data.approved && event.data.newDeadline && event.data.orderNo === order.orderNo) order.deadline = event.data.newDeadline;
    else if (event.type === 'DeadlineRecomputed' && event.data.orderNo === order.orderNo) order.deadline = event.data.deadline;
    else if (event.type === 'RectificationReported') order.reported = true;
    else if (['RecheckConducted', 'IssueClosed', 'IssueWithdrawn'].includes(event.type)) order.open = false;
  }
  return order;
}

export function openOrder(log: Log): OrderFacts | null {
  const order = orderAt(log);
  return order?.open ? order : null;
}

/** Every invariant, for the events the step added (from log position `from`); throws naming the first one broken. */
export function checkAfterStep(log: Log, step: { accepted: boolean; overdueOrderAtStart: number | null; from: number }): void {
  const fail = (message: string): never => {
    throw new Error(message);
  };
  const overdueOrders = log.events.flatMap((event) => (event.type === 'RectificationOverdue' ? [event.data.orderNo] : []));
  if (new Set(overdueOrders).size !== overdueOrders.length) fail(`RectificationOverdue recorded twice for an order: ${overdueOrders}`);
  if (step.accepted && step.overdueOrderAtStart !== null && !overdueOrders.includes(step.overdueOrderAtStart)) {
    fail(`an accepted command found order ${step.overdueOrderAtStart} past its deadline unreported and did not record it overdue`);
  }
  log.events.forEach((event, index) => {
    if (index < step.from || event.type !== 'RectificationReported') return;
    const deadline = orderAt(log, index)?.deadline ?? '';
    const late = Date.parse(log.times[index]) > Date.parse(deadline);
    if (event.data.late !== late) fail(`report at ${index + 1} says late=${event.data.late}, but it came ${late ? 'after' : 'by'} the deadline ${deadline}`);
  });
  log.events.forEach((event, index) => {
    if (index >= step.from && event.type === 'IssueClosed') checkClosure(log, index, fail);
  });
}

/** An IssueClosed at `closedAt` follows the three iron rules. */
function checkClosure(log: Log, closedAt: number, fail: (message: string) => never): void {
  const before = log.events.slice(0, closedAt);
  const lastIndex = (match: (event: IssueEvent) => boolean) => before.map((event, i) => (match(event) ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
  // 有问题必复查: the latest recheck came after the latest report, and passed (on site where required).
  const report = lastIndex((event) => event.type === 'RectificationReported');
  const recheckIndex = lastIndex((event) => event.type === 'RecheckConducted');
  const recheck = before[recheckIndex];
  if (report < 0 || recheckIndex < report || recheck?.type !== 'RecheckConducted' || recheck.data.outcome !== 'passed') {
    fail(`closed at ${closedAt + 1} without a passed recheck after the latest report`);
  }
  if ((log.severity !== 'general' || log.safetyHazard) && recheck.type === 'RecheckConducted' && recheck.data.method !== 'on_site') {
    fail(`closed at ${closedAt + 1}: a ${log.severity}${log.safetyHazard ? ' safety-hazard' : ''} issue passed on documents`);
  }
  // 有结果必通报: some bulletin whose snapshot (as the model took it) saw the latest passed recheck / decision.
  const baseline = 1 + lastIndex((event) => (event.type === 'RecheckConducted' && event.data.outcome === 'passed') || event.type === 'AccountabilityDecided');
  const saw = before.flatMap((event) => (event.type === 'ResultReported' ? [log.snapshots.get(event.data.bulletinId) ?? -1] : []));
  if (!saw.some((version) => version >= baseline)) fail(`closed at ${closedAt + 1}: no bulletin saw version ${baseline} (bulletins saw ${saw})`);
  // 不整改必问责: every trigger before the close has an accountability decision after it.
  const failed = before.flatMap((event, i) => (event.type === 'RecheckConducted' && event.data.outcome === 'failed' ? [i] : []));
  const triggers = [
    ...log.triggers.filter((trigger) => trigger.at <= closedAt),
    ...failed.slice(1).map((i) => ({ at: i + 1, reason: 'two failed rechecks' })),
    ...before.flatMap((event, i) => (event.type === 'LookBackConducted' && event.data.outcome === 'relapsed' ? [{ at: i + 1, reason: 'relapse' }] : [])),
  ];
  for (const trigger of triggers) {
    const answered = before.some((event, i) => event.type === 'AccountabilityDecided' && i >= trigger.at);
    if (!answered) fail(`closed at ${closedAt + 1} with no accountability decision after ${trigger.reason} (at ${trigger.at})`);
  }
}
