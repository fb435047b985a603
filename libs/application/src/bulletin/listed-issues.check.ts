import { issueStream } from '@app/domain';
import type { EventStore } from '@app/event-store';
import type { CommandEnvelope } from '../command-envelope';
import { authorizeCommand, markOutOfJurisdiction, type Jurisdiction } from '../jurisdiction/jurisdiction.policy';
import { ForbiddenError, NotFoundError } from '../preconditions';

/** A bulletin may only list issues that exist and lie in the sender's jurisdiction (one outside answers as missing). */
export async function assertListedIssues(store: EventStore, envelope: CommandEnvelope, jurisdiction: Jurisdiction, commandType: string, issueIds: readonly string[]): Promise<void> {
  for (const issueId of new Set(issueIds)) {
    const [first] = await store.readStream(issueStream(issueId), { toVersion: 1 });
    if (!first) throw new NotFoundError(`issue ${issueId} does not exist`);
    const { unitId, regionId } = first.data as { unitId?: string; regionId?: string };
    const verdict = authorizeCommand(envelope.actor, jurisdiction, commandType, { unitId, regionId });
    if (!verdict.allowed && verdict.status === 404) throw markOutOfJurisdiction(new NotFoundError(`issue ${issueId} does not exist`), verdict.reason);
    if (!verdict.allowed) throw markOutOfJurisdiction(new ForbiddenError(verdict.reason), verdict.reason);
  }
}
