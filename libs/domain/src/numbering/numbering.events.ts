/** The kinds of document that carry a human-readable number (DESIGN §3.1); later features add theirs. */
export type NumberedKind = 'issue' | 'order' | 'bulletin' | (string & {});

/** One number handed to one command creating one stream; `seq` is unique and gapless per counter stream. */
export type NumberAssigned = {
  type: 'NumberAssigned';
  data: {
    kind: NumberedKind;
    regionId: string;
    year: number;
    seq: number;
    number: string;
    /** the stream the number was claimed for (issue-…, bulletin-…) */
    streamId: string;
    /** the creating command: a retry of it reuses this claim */
    commandId: string;
    assignedAt: string;
  };
};

/** A claim whose command was refused after claiming: the number goes back and is the next one handed out. */
export type NumberReleased = {
  type: 'NumberReleased';
  data: { seq: number; number: string; commandId: string; reason: string; releasedAt: string };
};

export type NumberingEvent = NumberAssigned | NumberReleased;
export const NUMBERING_EVENT_TYPES: readonly NumberingEvent['type'][] = ['NumberAssigned', 'NumberReleased'];
