import { ConcurrencyConflictError, type EventStore } from '@app/event-store';

/** Streams of operational alerts: one stream per failing item, so an item raises its alert once. */
export const OPS_ALERT_PREFIX = 'ops-alert-';

/**
 * Something a background process could not do for one item (DESIGN §2 "Timers are events": a failing item is
 * logged, retried and raised as an admin alert). The alerts read model shows it; webhooks deliver it.
 */
export type OpsAlertRaised = {
  type: 'OpsAlertRaised';
  data:
    | {
        kind: 'deadline_clock_failed';
        issueId: string;
        orderNo: number;
        deadline: string;
        /** what the clock was doing: due_soon, overdue, urge, supervise */
        step: string;
        error: string;
        raisedAt: string;
      }
    // the 督查事项 clock (apps/worker/src/matter-clock): overdue, urge, supervise
    | { kind: 'matter_clock_failed'; matterId: string; dueAt: string; step: string; error: string; raisedAt: string }
    // the complaint clock (DESIGN §3.9) could not remind or record the overdue of one complaint
    | { kind: 'complaint_clock_failed'; complaintId: string; step: string; error: string; raisedAt: string };
};

/** Appends the alert unless this key raised one before; true when it was raised now. */
export async function raiseOpsAlert(store: EventStore, key: string, data: OpsAlertRaised['data']): Promise<boolean> {
  const stream = `${OPS_ALERT_PREFIX}${key}`;
  try {
    const result = await store.append(stream, [{ type: 'OpsAlertRaised', data }], {
      expectedVersion: 0,
      metadata: { commandId: `ops-alert:${key}`, correlationId: `ops-alert:${key}`, causationId: null, actor: { id: 'system:ops', role: 'system' }, recordedAt: data.raisedAt },
    });
    return !result.replayed;
  } catch (error) {
    if (error instanceof ConcurrencyConflictError) return false;
    throw error;
  }
}
