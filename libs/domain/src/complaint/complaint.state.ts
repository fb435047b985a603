import type { ComplaintReceived } from './complaint.events';
import type { VerificationOutcome } from './complaint.types';

type Received = Omit<ComplaintReceived['data'], 'verifyByRule' | 'complainant'> & {
  hasComplainant: boolean;
  supervisorId: string | null;
  dueSoonMarked: boolean;
  overdueMarked: boolean;
  replies: number;
  lastRepliedAt: string | null;
  version: number;
};

type Verified = { outcome: VerificationOutcome; findings: string; issueIds: string[]; verifiedAt: string };

/**
 * received (nobody assigned yet) → assigned → verified → closed. Replies are counted beside the status; the
 * complainant's name and contact are not kept in the state (the vault holds them; no rule needs them).
 */
export type ComplaintState =
  | { status: 'initial'; version: number }
  | (Received & { status: 'received' })
  | (Received & { status: 'assigned'; supervisorId: string })
  | (Received & Verified & { status: 'verified' })
  | (Received & Verified & { status: 'closed'; closedAt: string });

export type LiveComplaint = Exclude<ComplaintState, { status: 'initial' }>;

export const initialComplaintState: ComplaintState = Object.freeze({ status: 'initial', version: 0 }) as ComplaintState;
