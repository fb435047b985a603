import { DomainError } from '../shared/domain-error';
import { formatDocumentNumber, isNumberPattern } from './number-format';
import type { NumberedKind, NumberingEvent } from './numbering.events';
import type { NumberingState } from './numbering.state';

export interface ClaimNumber {
  type: 'ClaimNumber';
  kind: NumberedKind;
  regionId: string;
  /** the region's short name as printed (示范县) */
  regionName: string;
  year: number;
  pattern: string;
  streamId: string;
  commandId: string;
}

export interface ReleaseNumber {
  type: 'ReleaseNumber';
  commandId: string;
  reason: string;
}

export type NumberingCommand = ClaimNumber | ReleaseNumber;

/**
 * Hands out the lowest released seq first, else the next fresh one, so the numbers of a year have no gaps.
 * A command that already holds a claim gets no new one (its retry reuses the number): the caller reads the claim.
 */
export function decideNumbering(command: NumberingCommand, state: NumberingState, now: string): NumberingEvent[] {
  if (command.type === 'ReleaseNumber') {
    const claim = state.claims[command.commandId];
    if (!claim) return [];
    return [{ type: 'NumberReleased', data: { seq: claim.seq, number: claim.number, commandId: command.commandId, reason: command.reason, releasedAt: now } }];
  }
  if (state.claims[command.commandId]) return [];
  if (!isNumberPattern(command.pattern)) {
    throw new DomainError('INVALID_TRANSITION', `numbering pattern '${command.pattern}' has no {seq}`);
  }
  const seq = state.released.length > 0 ? state.released[0] : state.highest + 1;
  const { kind, regionId, regionName, year, streamId, commandId } = command;
  return [
    {
      type: 'NumberAssigned',
      data: { kind, regionId, year, seq, number: formatDocumentNumber(command.pattern, { region: regionName, year, seq }), streamId, commandId, assignedAt: now },
    },
  ];
}

/** Never throws: an event that does not apply leaves the state as it was. */
export function evolveNumbering(state: NumberingState, event: NumberingEvent): NumberingState {
  if (!event || typeof event !== 'object' || !event.data) return state;
  if (event.type === 'NumberAssigned') {
    const { seq, number, streamId, commandId } = event.data;
    return {
      version: state.version + 1,
      highest: Math.max(state.highest, seq),
      released: state.released.filter((s) => s !== seq),
      claims: { ...state.claims, [commandId]: { seq, number, streamId } },
    };
  }
  if (event.type === 'NumberReleased') {
    const { [event.data.commandId]: _released, ...claims } = state.claims;
    const released = state.released.includes(event.data.seq) ? state.released : [...state.released, event.data.seq].sort((a, b) => a - b);
    return { version: state.version + 1, highest: state.highest, released, claims };
  }
  return { ...state, version: state.version + 1 };
}

export function foldNumbering(events: readonly NumberingEvent[], from: NumberingState): NumberingState {
  return events.reduce(evolveNumbering, from);
}
