/** Value types of the complaint stream (举报投诉, DESIGN §3.9). */

/** 12345 hotline, 督导信箱 mailbox, 来信 letter, 网上 online (the public page), 来访 visit */
export type ComplaintChannel = 'hotline' | 'mailbox' | 'letter' | 'online' | 'visit';
export const COMPLAINT_CHANNELS: readonly ComplaintChannel[] = ['hotline', 'mailbox', 'letter', 'online', 'visit'];
/** The channels staff record a complaint from; `online` is the public page's own. */
export const STAFF_COMPLAINT_CHANNELS: readonly ComplaintChannel[] = ['hotline', 'mailbox', 'letter', 'visit'];

/** 属实 substantiated, 部分属实 partly, 不属实 unsubstantiated */
export type VerificationOutcome = 'substantiated' | 'partly' | 'unsubstantiated';
export const VERIFICATION_OUTCOMES: readonly VerificationOutcome[] = ['substantiated', 'partly', 'unsubstantiated'];

/** How the complainant was answered (事事有回音). */
export type ReplyChannel = 'phone' | 'letter' | 'online' | 'in_person' | 'sms';
export const REPLY_CHANNELS: readonly ReplyChannel[] = ['phone', 'letter', 'online', 'in_person', 'sms'];

/** The complainant (personal information, DESIGN §3.11: encrypted by the vault, see PERSONAL_FIELDS). */
export interface Complainant {
  name: string;
  /** phone number or other contact (address, e-mail) */
  phone: string;
}

/** Working days the assigned supervisor has to verify a complaint (挂牌督导: 受理、核实相关举报和投诉). */
export const COMPLAINT_VERIFY_WORKING_DAYS = 15;
/** Working days before the verification deadline that the clock reminds the supervisor. */
export const COMPLAINT_DUE_SOON_WORKING_DAYS = 3;
