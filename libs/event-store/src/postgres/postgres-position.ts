import type { Position } from '../event-store.port';

/** A PostgreSQL position is the pair (transaction id, row position), both bigint, encoded as "tx:position". */
export interface PgPosition {
  txId: bigint;
  position: bigint;
}

export function encodePgPosition(txId: bigint | string, position: bigint | string): Position {
  return `${BigInt(txId)}:${BigInt(position)}`;
}

export function decodePgPosition(value: Position): PgPosition {
  const match = /^(\d{1,20}):(\d{1,20})$/.exec(value);
  if (!match) throw new InvalidPositionError(value);
  return { txId: BigInt(match[1]), position: BigInt(match[2]) };
}

export function comparePgPositions(a: Position, b: Position): number {
  const left = decodePgPosition(a);
  const right = decodePgPosition(b);
  if (left.txId !== right.txId) return left.txId < right.txId ? -1 : 1;
  if (left.position !== right.position) return left.position < right.position ? -1 : 1;
  return 0;
}

export class InvalidPositionError extends Error {
  readonly code = 'INVALID_POSITION';
  constructor(readonly value: string) {
    super(`not a position of this event store: ${JSON.stringify(value).slice(0, 60)}`);
  }
}
