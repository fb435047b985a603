import type { Complainant, ComplaintChannel, ReplyChannel, VerificationOutcome } from './complaint.types';

export type ReceiveComplaint = {
  type: 'ReceiveComplaint';
  complaintId: string;
  unitId: string;
  regionId: string;
  channel: ComplaintChannel;
  summary: string;
  anonymous: boolean;
  complainant: Complainant | null;
  /** the school's responsibility supervisor, looked up by the handler (null when the school has none) */
  defaultSupervisorId: string | null;
  /** sha256 of the tracking code handed to a public filer (the code itself is never stored) */
  trackingHash?: string;
  /** claimed from the region's counter after the command was found acceptable (DESIGN §3.1) */
  number?: string;
};
export type AssignComplaint = { type: 'AssignComplaint'; supervisorId: string; note?: string };
export type VerifyComplaint = {
  type: 'VerifyComplaint';
  outcome: VerificationOutcome;
  findings: string;
  /** the issues registered for what was found true (substantiated/partly), linked by source.complaintId */
  issueIds: string[];
};
export type ReplyToComplainant = { type: 'ReplyToComplainant'; channel: ReplyChannel; content: string };
export type CloseComplaint = { type: 'CloseComplaint'; note?: string };
/** Sent by the complaint clock: idempotent, a no-op once verified or already marked. */
export type MarkComplaintDueSoon = { type: 'MarkComplaintDueSoon' };
export type MarkComplaintOverdue = { type: 'MarkComplaintOverdue' };

export type ComplaintCommand =
  | ReceiveComplaint
  | AssignComplaint
  | VerifyComplaint
  | ReplyToComplainant
  | CloseComplaint
  | MarkComplaintDueSoon
  | MarkComplaintOverdue;
