/** 督查事项 sources (DESIGN §3.7): 上级交办, 会议议定, 领导批示, 群众反映, 其他. */
export type MatterSourceKind = 'superior_assignment' | 'meeting_decision' | 'leader_instruction' | 'public_report' | 'other';
export const MATTER_SOURCE_KINDS: readonly MatterSourceKind[] = ['superior_assignment', 'meeting_decision', 'leader_instruction', 'public_report', 'other'];

/** Tiered limits (domain-rules §5.4, §7.4 matter_tiers): urgent 1–5 days, normal 15, difficult 30. */
export type MatterTier = 'urgent' | 'normal' | 'difficult';
export const MATTER_TIERS: readonly MatterTier[] = ['urgent', 'normal', 'difficult'];
export const MATTER_TIER_DAYS: Readonly<Record<MatterTier, { min: number; max: number; default: number }>> = {
  urgent: { min: 1, max: 5, default: 3 },
  normal: { min: 15, max: 15, default: 15 },
  difficult: { min: 30, max: 30, default: 30 },
};

/** How the office counts a matter's days: calendar days by default (§7.4), working days where it says so. */
export type MatterDayCount = 'calendarDays' | 'workingDays';
export const MATTER_DAY_COUNTS: readonly MatterDayCount[] = ['calendarDays', 'workingDays'];

/** 催办 urge → 督办 supervise (escalated supervision). */
export type MatterReminderLevel = 'urge' | 'supervise';
export const MATTER_REMINDER_LEVELS: readonly MatterReminderLevel[] = ['urge', 'supervise'];
export const matterReminderRank = (level: MatterReminderLevel | null | undefined): number => (level === 'supervise' ? 2 : level === 'urge' ? 1 : 0);

export type MatterReviewOutcome = 'accepted' | 'returned';
export const MATTER_REVIEW_OUTCOMES: readonly MatterReviewOutcome[] = ['accepted', 'returned'];

/**
 * registered 已立项 → assigned 办理中 (交办) → submitted 待审核 → accepted 已审结 → closed 已办结;
 * a returned submission (退办) goes back to `returned`, handled again like `assigned`.
 */
export type MatterStatus = 'registered' | 'assigned' | 'submitted' | 'returned' | 'accepted' | 'closed';
export const MATTER_STATUSES: readonly MatterStatus[] = ['registered', 'assigned', 'submitted', 'returned', 'accepted', 'closed'];

/** Like an issue's evidence: an uploaded file (fileId = its SHA-256), or a name and a fingerprint typed in. */
export interface MatterEvidence {
  name: string;
  sha256: string;
  fileId?: string;
  size?: number;
  mediaType?: string;
}
