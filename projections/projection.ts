import type { RecordedEvent } from '@app/event-store';

/** A transaction a projection writes in; the runner stores the checkpoint in the same one. */
export interface ProjectionTx {
  query<R = any>(text: string, values?: unknown[]): Promise<{ rows: R[]; rowCount: number | null }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The physical name of one of the projection's tables in the generation being written (e.g. issue_summary_g2). */
  table(name: string): string;
  /** True while replaying into fresh tables: side effects (webhooks) are not enqueued then. */
  rebuilding: boolean;
}

/**
 * A read model: `apply` never throws on a recorded event and applying an event twice changes nothing.
 * `tables` are logical names: readers use a view of that name, the runner writes `<name>_g<generation>`.
 */
export interface Projection {
  name: string;
  version: number;
  handles: readonly string[];
  streamPrefixes: readonly string[];
  tables: readonly string[];
  apply(tx: ProjectionTx, event: RecordedEvent): Promise<void>;
  /** The same as apply for each event in order, in a few multi-row statements. */
  applyBatch?(tx: ProjectionTx, events: RecordedEvent[]): Promise<void>;
}

export type BatchProjection = Omit<Projection, 'apply' | 'applyBatch'> & {
  applyBatch(tx: ProjectionTx, events: RecordedEvent[]): Promise<void>;
};

/** A projection written batch-first; applying one event is a batch of one. */
export function batchProjection(definition: BatchProjection): Projection {
  return { ...definition, apply: (tx, event) => definition.applyBatch(tx, [event]) };
}

export function physicalTable(name: string, generation: number): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || !Number.isInteger(generation)) throw new Error(`bad table name ${name}`);
  return `${name}_g${generation}`;
}
