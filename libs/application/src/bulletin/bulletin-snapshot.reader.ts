import { Inject, Injectable } from '@nestjs/common';
import { foldIssue, issueStream, snapshotIssue, type BulletinItem, type IssueEvent } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import type { RegistryRepository } from '@app/registry';
import { REGISTRY } from '../infrastructure/tokens';

const READ_CONCURRENCY = 16;

/**
 * Takes a bulletin's snapshot: reads each listed issue's own stream (its version and state right now) and the
 * unit names from the registry, and lets the domain shape each item (snapshotIssue). An issue whose stream is
 * gone is left out, and the domain then refuses the incomplete snapshot.
 */
@Injectable()
export class BulletinSnapshotReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
  ) {}

  async snapshot(issueIds: readonly string[], now: string): Promise<BulletinItem[]> {
    const states = [];
    for (let i = 0; i < issueIds.length; i += READ_CONCURRENCY) {
      const batch = issueIds.slice(i, i + READ_CONCURRENCY);
      states.push(...(await Promise.all(batch.map(async (id) => foldIssue((await this.store.readStream(issueStream(id))) as unknown as IssueEvent[])))));
    }
    const issues = states.filter((state) => state.status !== 'initial');
    const unitIds = new Set<string>();
    for (const issue of issues) {
      unitIds.add(issue.unitId);
      for (const target of issue.lastAccountability?.targets ?? []) if (target.unitId) unitIds.add(target.unitId);
    }
    const names = Object.fromEntries((await this.registry.unitsWithSuperiors([...unitIds])).map((unit) => [unit.id, unit.name]));
    return issues.map((issue) => snapshotIssue(issue, names, now));
  }
}
