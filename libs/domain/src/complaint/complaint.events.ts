import type { DeadlineRuleRecord } from '../calendar/deadline';
import type { Complainant, ComplaintChannel, ReplyChannel, VerificationOutcome } from './complaint.types';

export type ComplaintReceived = {
  type: 'ComplaintReceived';
  data: {
    complaintId: string;
    number?: string;
    channel: ComplaintChannel;
    unitId: string;
    regionId: string;
    summary: string;
    anonymous: boolean;
    /** personal (DESIGN §3.11): null when anonymous */
    complainant: Complainant | null;
    /** 15 working days after receipt, end of that Shanghai day */
    verifyBy: string;
    verifyByRule: DeadlineRuleRecord;
    trackingHash?: string;
    receivedAt: string;
    receivedBy: string;
  };
};
export type ComplaintAssigned = {
  type: 'ComplaintAssigned';
  data: { supervisorId: string; verifyBy: string; reason: 'default' | 'reassigned'; note?: string; assignedAt: string; assignedBy: string };
};
export type ComplaintVerificationDueSoon = { type: 'ComplaintVerificationDueSoon'; data: { verifyBy: string; detectedAt: string } };
export type ComplaintVerificationOverdue = { type: 'ComplaintVerificationOverdue'; data: { verifyBy: string; detectedAt: string } };
export type ComplaintVerified = {
  type: 'ComplaintVerified';
  data: { outcome: VerificationOutcome; findings: string; issueIds: string[]; late: boolean; verifiedAt: string; verifiedBy: string };
};
export type ComplainantReplied = { type: 'ComplainantReplied'; data: { channel: ReplyChannel; content: string; repliedAt: string; repliedBy: string } };
export type ComplaintClosed = { type: 'ComplaintClosed'; data: { note?: string; closedAt: string; closedBy: string } };

export type ComplaintEvent =
  | ComplaintReceived
  | ComplaintAssigned
  | ComplaintVerificationDueSoon
  | ComplaintVerificationOverdue
  | ComplaintVerified
  | ComplainantReplied
  | ComplaintClosed;

export const COMPLAINT_EVENT_TYPES: readonly ComplaintEvent['type'][] = [
  'ComplaintReceived',
  'ComplaintAssigned',
  'ComplaintVerificationDueSoon',
  'ComplaintVerificationOverdue',
  'ComplaintVerified',
  'ComplainantReplied',
  'ComplaintClosed',
];
