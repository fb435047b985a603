import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent } from '@app/event-store';

export interface SeededIssues {
  issues: number;
  events: number;
  overdue: number;
}

/**
 * Appends `count` issue streams straight to the log (registered + ordered, every third also overdue), the way the
 * command path would have recorded them. Used to give the projection runner real work in crash tests.
 */
export async function seedIssueEvents(store: EventStore, count: number, concurrency = 8, deadlineBase = Date.UTC(2026, 1, 1)): Promise<SeededIssues> {
  let events = 0;
  let overdue = 0;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const issueId = randomUUID();
      const unitId = `u-${String((i % 93) + 1).padStart(3, '0')}`;
      const at = new Date(Date.UTC(2026, 0, 5) + i * 60_000).toISOString();
      const deadline = new Date(deadlineBase + (i % 500) * 3_600_000).toISOString();
      const batch: NewEvent[] = [
        { type: 'IssueRegistered', data: { issueId, unitId, regionId: 'r-demo-county', category: 'safety', severity: i % 2 ? 'general' : 'serious', safetyHazard: false, title: `问题 ${i}`, description: 'seeded', source: { kind: 'visit' }, evidence: [], foundAt: at, foundBy: 'user-sup01' } },
        { type: 'RectificationOrdered', data: { orderNo: 1, requirements: 'fix', deadline, deadlineRule: { kind: 'explicit', explicit: deadline, calendarVersion: 'seed' }, orderedAt: at, orderedBy: 'user-sup01' } },
      ];
      if (i % 3 === 0) {
        batch.push({ type: 'RectificationOverdue', data: { orderNo: 1, deadline, detectedAt: deadline } });
        overdue += 1;
      }
      await store.append(`issue-${issueId}`, batch, {
        expectedVersion: 0,
        metadata: { commandId: randomUUID(), correlationId: 'seed', causationId: null, actor: { id: 'seed', role: 'system' }, recordedAt: at },
      });
      events += batch.length;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { issues: count, events, overdue };
}
