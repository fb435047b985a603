import type { Actor } from '@app/domain';

/** What travels with every command besides its body: who, which request, and the caller's preconditions. */
export interface CommandEnvelope {
  commandId: string;
  /** sha256 of the canonical request body; the same commandId with another fingerprint is refused. */
  fingerprint: string;
  actor: Actor;
  correlationId: string;
  causationId: string | null;
  /** From `If-Match`: the stream version the caller last saw; a mismatch is 412. */
  expectedVersion?: number;
}

export interface CommandResult {
  id: string;
  version: number;
  position: string | null;
  replayed: boolean;
  /** the document number a creating command claimed (DESIGN §3.1) */
  number?: string;
}
