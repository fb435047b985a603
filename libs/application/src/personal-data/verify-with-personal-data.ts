import { verifyChain, type ChainVerification, type RecordedEvent } from '@app/event-store';
import type { PersonalDataCheck, PersonalDataVault } from './personal-data.vault';

/** A stream's verification: its hash chain, and — when it holds personal values — those values against it. */
export type StreamVerification = ChainVerification & { personalData?: PersonalDataCheck };

/**
 * The chain is recomputed from the stored events, where personal values count by their commitments, so it verifies
 * before and after any erasure. A value that can still be read must also match its commitment: a ciphertext swapped
 * behind the chain's back breaks verification at its event.
 */
export async function verifyWithPersonalData(vault: PersonalDataVault, stream: string, events: RecordedEvent[]): Promise<StreamVerification> {
  const chain = verifyChain(stream, events);
  const personalData = await vault.check(events);
  if (!personalData) return chain;
  const failedAt = [chain.brokenAtVersion, personalData.failedAtVersion].filter((v): v is number => v !== undefined);
  return failedAt.length ? { valid: false, events: chain.events, brokenAtVersion: Math.min(...failedAt), personalData } : { ...chain, personalData };
}
