/** A row of GET /complaints (the register never holds the complainant's name or contact). */
export interface ComplaintRow {
  complaintId: string;
  number: string | null;
  channel: string;
  unitId: string;
  unitName: string | null;
  summary: string;
  anonymous: boolean;
  supervisorId: string | null;
  supervisorName: string | null;
  status: 'received' | 'assigned' | 'verified' | 'closed';
  verifyBy: string;
  dueSoon: boolean;
  overdue: boolean;
  outcome: string | null;
  issueIds: string[];
  replies: number;
  receivedAt: string;
  verifiedAt: string | null;
  lastRepliedAt: string | null;
  closedAt: string | null;
  version: number;
}

/** GET /complaints/:id: the row, the issues registered, the complainant (staff only), the region's supervisors and the replies. */
export interface ComplaintDetail extends ComplaintRow {
  issues: { issueId: string; number: string | null; title: string; status: string; severity: string }[];
  complainant: { name: string; phone: string } | null;
  supervisors: { id: string; name: string }[];
  /** the answers to the complainant, oldest first (`replies` is their count); `repliedByName` is what the replier is called (never shown as an id) */
  replyHistory: { channel: string; content: string; repliedAt: string; repliedBy: string; repliedByName: string }[];
}
