/**
 * Which fields of which events hold personal information (DESIGN §3.11, PIPL). A pure declaration: the command path
 * encrypts these values before they are appended, readers decrypt them, erasure destroys their key. Declaring a new
 * event's personal fields is one line in PERSONAL_FIELDS (docs/personal-data.md); never remove a line once events
 * of that type were recorded with it.
 *
 * Paths are dot-separated; a segment ending in `[]` means every element of that array.
 */
export type PersonalField = PersonFields | FlaggedText;

/**
 * A person: the object at `at` (each element of it, with `[]`) whose `fields` are personal — name, phone, … — all
 * under one subject. Without fields the element itself is the person's name (e.g. `attendees[]` of strings).
 * `where` keeps only elements with these values (e.g. `{ kind: 'person' }` leaves unit targets in clear).
 */
export interface PersonFields {
  kind: 'person';
  at: string;
  fields: readonly string[];
  where?: Readonly<Record<string, string>>;
}

/** Free text a user marked as naming persons: personal when the event's `flag` field is true. */
export interface FlaggedText {
  kind: 'text';
  at: string;
  flag: string;
}

export const person = (at: string, fields: readonly string[] = [], where?: Readonly<Record<string, string>>): PersonFields => ({ kind: 'person', at, fields, where });
export const flaggedText = (at: string, flag: string): FlaggedText => ({ kind: 'text', at, flag });

/** Event type → its personal fields. One line per event type. */
export const PERSONAL_FIELDS: Readonly<Record<string, readonly PersonalField[]>> = {
  AccountabilityDecided: [person('targets[]', ['name'], { kind: 'person' })],
  IssueRegistered: [flaggedText('description', 'personal')],
  ComplaintReceived: [person('complainant', ['name', 'phone'])],
  InterviewHeld: [person('attendees[]')],
  CaseOpened: [person('subjects[]', ['name'], { kind: 'person' })],
};

/** What every reader shows in place of a value whose subject was erased. */
export const ERASED_PERSONAL_VALUE = '[已删除]';
/** …and in place of one that cannot be read although nobody erased it (a wrong key, a tampered ciphertext): logged. */
export const UNREADABLE_PERSONAL_VALUE = '[无法读取]';

export function hasPersonalFields(eventType: string, declarations: Readonly<Record<string, readonly PersonalField[]>> = PERSONAL_FIELDS): boolean {
  return Object.prototype.hasOwnProperty.call(declarations, eventType);
}
