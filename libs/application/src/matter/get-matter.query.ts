import { Query } from '@nestjs/cqrs';
import type { ActiveMatter } from '@app/domain';
import type { ScopedActor } from '../jurisdiction/jurisdiction.policy';

export interface MatterTimelineEntry {
  version: number;
  type: string;
  data: unknown;
  actor: { id: string; role: string };
  recordedAt: string;
}

export interface MatterView {
  state: ActiveMatter;
  history: MatterTimelineEntry[];
}

/** One matter folded from its own stream (always current), with its timeline; scoped by `actor` (404 outside). */
export class GetMatterQuery extends Query<MatterView> {
  constructor(
    readonly matterId: string,
    readonly actor: ScopedActor,
  ) {
    super();
  }
}
