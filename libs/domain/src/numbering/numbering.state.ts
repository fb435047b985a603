import type { NumberAssigned } from './numbering.events';

export interface NumberClaim {
  seq: number;
  number: string;
  streamId: string;
}

/** One counter (kind × region × year): the next fresh seq, the released seqs waiting to be reused, live claims. */
export interface NumberingState {
  version: number;
  /** the highest seq ever assigned (0 before the first) */
  highest: number;
  /** seqs released and not reassigned yet, ascending */
  released: number[];
  /** live claims by the creating command's id */
  claims: Record<string, NumberClaim>;
}

export const initialNumberingState: NumberingState = Object.freeze({ version: 0, highest: 0, released: [], claims: {} }) as NumberingState;

export type NumberAssignedData = NumberAssigned['data'];
