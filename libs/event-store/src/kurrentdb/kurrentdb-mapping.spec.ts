/**
 * Server-free tests of the KurrentDB adapter's mapping: positions, versions, event ids, metadata and
 * errors, plus the fast failure of `connect` when no server answers.
 */
import { ANY, NO_STREAM, StreamNotFoundError, UnavailableError, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import { ConcurrencyConflictError, EventStoreUnavailableError } from '../event-store.errors';
import type { EventMetadata, RecordedEvent } from '../event-store.port';
import { eventHash, genesisHash, verifyChain } from '../hash-chain';
import { KurrentDbEventStore } from './kurrentdb-event-store';
import {
  comparePositions,
  decodePosition,
  deterministicEventId,
  encodePosition,
  expectedVersionToStreamState,
  fromStoredMetadata,
  isStoredMetadata,
  isStreamNotFound,
  isUnavailable,
  mapClientError,
  redactConnectionString,
  revisionToVersion,
  streamStateToVersion,
  toRecordedEvent,
  toStoredMetadata,
  uuidV5,
  versionToRevision,
  type KurrentRecordLike,
} from './kurrentdb-mapping';

const U64_MAX = 18446744073709551615n;
const BEYOND_DOUBLE = 9007199254740993n; // 2^53 + 1: not representable as a JavaScript number

describe('KurrentDB mapping: positions', () => {
  it('encodes commit and prepare as one fixed-width string and decodes it back exactly', () => {
    const position = { commit: 1234n, prepare: 1200n };
    expect(encodePosition(position)).toBe('00000000000000001234:00000000000000001200');
    expect(decodePosition(encodePosition(position))).toEqual(position);
  });

  it('is bigint-safe up to 2^64 - 1', () => {
    for (const value of [0n, BEYOND_DOUBLE, U64_MAX]) {
      expect(decodePosition(encodePosition({ commit: value, prepare: value }))).toEqual({ commit: value, prepare: value });
    }
    expect(encodePosition({ commit: U64_MAX, prepare: 0n })).toBe('18446744073709551615:00000000000000000000');
  });

  it('compares by commit, then prepare, with BigInt precision', () => {
    const a = encodePosition({ commit: BEYOND_DOUBLE - 1n, prepare: 5n });
    const b = encodePosition({ commit: BEYOND_DOUBLE, prepare: 1n });
    const c = encodePosition({ commit: BEYOND_DOUBLE, prepare: 2n });
    expect(Number(BEYOND_DOUBLE - 1n)).toBe(Number(BEYOND_DOUBLE)); // what `number` would get wrong
    expect(comparePositions(a, b)).toBe(-1);
    expect(comparePositions(b, a)).toBe(1);
    expect(comparePositions(b, c)).toBe(-1);
    expect(comparePositions(c, c)).toBe(0);
  });

  it('sorts the same as a plain string sort', () => {
    const values = [U64_MAX, 0n, 10n, 9n, BEYOND_DOUBLE, 100n, 2n ** 40n];
    const positions = values.flatMap((commit) => [0n, 7n].map((prepare) => encodePosition({ commit, prepare })));
    const byString = [...positions].sort();
    const byCompare = [...positions].sort(comparePositions);
    expect(byCompare).toEqual(byString);
  });

  it('rejects values outside the unsigned 64-bit range and strings it did not produce', () => {
    expect(() => encodePosition({ commit: -1n, prepare: 0n })).toThrow(RangeError);
    expect(() => encodePosition({ commit: U64_MAX + 1n, prepare: 0n })).toThrow(RangeError);
    expect(() => encodePosition({ commit: 1 as unknown as bigint, prepare: 0n })).toThrow(TypeError);
    for (const bad of ['', '12:34', '1:2:3', '99999999999999999999:00000000000000000000', 'abc', '0:0']) {
      expect(() => decodePosition(bad)).toThrow(RangeError);
    }
  });
});

describe('KurrentDB mapping: versions and expected versions', () => {
  it('maps 0-based revisions to 1-based versions and back', () => {
    expect(revisionToVersion(0n)).toBe(1);
    expect(revisionToVersion(41n)).toBe(42);
    expect(versionToRevision(1)).toBe(0n);
    expect(versionToRevision(42)).toBe(41n);
    expect(() => versionToRevision(0)).toThrow(RangeError);
    expect(() => revisionToVersion(-1n)).toThrow(RangeError);
  });

  it("maps expectedVersion 0 / n / 'any' to the client's streamState", () => {
    expect(expectedVersionToStreamState(0)).toBe(NO_STREAM);
    expect(expectedVersionToStreamState(1)).toBe(0n);
    expect(expectedVersionToStreamState(7)).toBe(6n);
    expect(expectedVersionToStreamState('any')).toBe(ANY);
    expect(() => expectedVersionToStreamState(-1)).toThrow(RangeError);
    expect(() => expectedVersionToStreamState(1.5)).toThrow(RangeError);
  });

  it("maps a reported current stream state to our version (no stream = 0)", () => {
    expect(streamStateToVersion(NO_STREAM)).toBe(0);
    expect(streamStateToVersion(0n)).toBe(1);
    expect(streamStateToVersion(9n)).toBe(10);
    expect(streamStateToVersion(-5n)).toBe(0); // deleted
  });
});

describe('KurrentDB mapping: deterministic event ids', () => {
  it('implements UUID v5 (RFC 9562 test vector)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('derives the same id from the same stream, command id and index, and different ids otherwise', () => {
    const id = deterministicEventId('issue-1', 'cmd-1', 0);
    expect(id).toBe('d47efe3c-9b26-5848-a0af-51191dcb09d7'); // pinned: changing it breaks server-side dedup of retries
    expect(deterministicEventId('issue-1', 'cmd-1', 0)).toBe(id);
    const others = [
      deterministicEventId('issue-1', 'cmd-1', 1),
      deterministicEventId('issue-1', 'cmd-2', 0),
      deterministicEventId('issue-2', 'cmd-1', 0),
    ];
    expect(new Set([id, ...others]).size).toBe(4);
  });

  it('produces RFC-shaped version-5 UUIDs', () => {
    for (let i = 0; i < 20; i++) {
      expect(deterministicEventId('visit-x', `c-${i}`, i)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(() => deterministicEventId('s', 'c', -1)).toThrow(RangeError);
  });
});

describe('KurrentDB mapping: metadata and recorded events', () => {
  const base: Omit<EventMetadata, 'eventId'> = {
    commandId: 'cmd-1',
    correlationId: 'corr-1',
    causationId: null,
    actor: { id: 'u-1', role: 'supervisor' },
    recordedAt: '2026-03-01T08:00:00.000Z',
    commandFingerprint: 'fp-1',
  };

  /** Writes events the way the adapter does, through a JSON round trip like the server's. */
  function storedChain(stream: string, types: string[], extra: Partial<EventMetadata> = {}): KurrentRecordLike[] {
    let prevHash = genesisHash(stream);
    return types.map((type, index) => {
      const metadata: EventMetadata = { ...base, ...extra, eventId: deterministicEventId(stream, base.commandId, index) };
      const data = { index, text: '限时整改' };
      const hash = eventHash(prevHash, type, data, metadata);
      const stored = JSON.parse(JSON.stringify(toStoredMetadata(metadata, { hash, prevHash, appendId: 'a-1' })));
      prevHash = hash;
      return {
        streamId: stream,
        id: metadata.eventId,
        revision: BigInt(index),
        type,
        data,
        metadata: stored,
        isJson: true,
        position: { commit: BEYOND_DOUBLE + BigInt(index * 100), prepare: BEYOND_DOUBLE + BigInt(index * 100) },
      };
    });
  }

  it('stores the port metadata, the chain, the append id and the KurrentDB correlation conventions', () => {
    const metadata: EventMetadata = { ...base, causationId: 'cause-1', eventId: 'e-1' };
    const stored = toStoredMetadata(metadata, { hash: 'h', prevHash: 'p', appendId: 'a' });
    expect(stored).toEqual({
      eventId: 'e-1',
      commandId: 'cmd-1',
      correlationId: 'corr-1',
      causationId: 'cause-1',
      actor: { id: 'u-1', role: 'supervisor' },
      recordedAt: '2026-03-01T08:00:00.000Z',
      commandFingerprint: 'fp-1',
      hash: 'h',
      prevHash: 'p',
      appendId: 'a',
      $correlationId: 'corr-1',
      $causationId: 'cause-1',
    });
  });

  it('reads back exactly the hashed metadata (no chain fields, no KurrentDB extras)', () => {
    const [record] = storedChain('issue-1', ['IssueRegistered'], { actor: { id: 'u-2', role: 'unit', unitId: 'unit-7' } });
    const { metadata, hash, prevHash, appendId } = fromStoredMetadata(record.metadata);
    expect(metadata).toEqual({ ...base, actor: { id: 'u-2', role: 'unit', unitId: 'unit-7' }, eventId: record.id });
    expect(Object.keys(metadata)).not.toEqual(expect.arrayContaining(['hash']));
    expect(prevHash).toBe(genesisHash('issue-1'));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(appendId).toBe('a-1');
  });

  it('omits an absent command fingerprint rather than inventing one', () => {
    const { commandFingerprint: _omit, ...withoutFingerprint } = base;
    const stored = JSON.parse(JSON.stringify(toStoredMetadata({ ...withoutFingerprint, eventId: 'e' }, { hash: 'h', prevHash: 'p', appendId: 'a' })));
    expect(fromStoredMetadata(stored).metadata).not.toHaveProperty('commandFingerprint');
  });

  it('maps records to port events whose hash chain verifies, and detects tampering', () => {
    const records = storedChain('issue-9', ['IssueRegistered', 'RectificationOrdered', 'RectificationReported']);
    const events: RecordedEvent[] = records.map((record) => toRecordedEvent(record));
    expect(events.map((e) => e.version)).toEqual([1, 2, 3]);
    expect(events[0]).toMatchObject({ stream: 'issue-9', type: 'IssueRegistered', recordedAt: base.recordedAt });
    expect(events[1].position).toBe(encodePosition({ commit: BEYOND_DOUBLE + 100n, prepare: BEYOND_DOUBLE + 100n }));
    expect(verifyChain('issue-9', events)).toEqual({ valid: true, events: 3 });
    const tampered = events.map((e, i) => (i === 2 ? { ...e, metadata: { ...e.metadata, actor: { id: 'x', role: 'leader' } } } : e));
    expect(verifyChain('issue-9', tampered)).toEqual({ valid: false, events: 3, brokenAtVersion: 3 });
  });

  it('uses a fallback position only when the server sent none', () => {
    const [record] = storedChain('issue-2', ['A']);
    const withoutPosition = { ...record, position: undefined };
    expect(toRecordedEvent(withoutPosition, { commit: 5n, prepare: 4n }).position).toBe(encodePosition({ commit: 5n, prepare: 4n }));
    expect(() => toRecordedEvent(withoutPosition)).toThrow(/without a log position/);
  });

  it('recognises metadata it did not write', () => {
    const [record] = storedChain('issue-3', ['A']);
    expect(isStoredMetadata(record.metadata)).toBe(true);
    for (const foreign of [undefined, null, 'text', [], new Uint8Array([1]), { $correlationId: 'x' }, { ...(record.metadata as object), hash: 1 }]) {
      expect(isStoredMetadata(foreign)).toBe(false);
    }
    expect(() => fromStoredMetadata({ foo: 1 })).toThrow(/not written by this adapter/);
  });
});

describe('KurrentDB mapping: errors and connection strings', () => {
  it('maps WrongExpectedVersionError to ConcurrencyConflictError with 1-based versions', () => {
    const wrong = new WrongExpectedVersionError(undefined, { streamName: 'issue-1', expected: 0n, current: 2n });
    const mapped = mapClientError(wrong, 'issue-1', 1);
    expect(mapped).toBeInstanceOf(ConcurrencyConflictError);
    expect(mapped).toMatchObject({ code: 'CONCURRENCY_CONFLICT', stream: 'issue-1', expectedVersion: 1, actualVersion: 3 });
    const noStream = new WrongExpectedVersionError(undefined, { streamName: 'issue-2', expected: 4n, current: NO_STREAM });
    expect(mapClientError(noStream, 'issue-2', 5)).toMatchObject({ expectedVersion: 5, actualVersion: 0 });
  });

  it('maps an unreachable server to EventStoreUnavailableError and leaves other errors alone', () => {
    expect(mapClientError(new UnavailableError(), 'issue-1', 'any')).toBeInstanceOf(EventStoreUnavailableError);
    const grpcUnavailable = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 });
    expect(isUnavailable(grpcUnavailable)).toBe(true);
    expect(mapClientError(grpcUnavailable, 'issue-1', 'any')).toMatchObject({ code: 'EVENT_STORE_UNAVAILABLE' });
    const other = new Error('boom');
    expect(mapClientError(other, 'issue-1', 'any')).toBe(other);
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 'issue-1'))).toBe(true);
    expect(isStreamNotFound(other)).toBe(false);
  });

  it('redacts passwords in connection strings', () => {
    expect(redactConnectionString('kurrentdb://admin:changeit@db-1:2113?tls=true')).toBe('kurrentdb://admin:***@db-1:2113?tls=true');
    expect(redactConnectionString('kurrentdb+discover://ops:s3cr@t@cluster.local:2113')).toMatch(/^kurrentdb\+discover:\/\/ops:\*\*\*@/);
    expect(redactConnectionString('kurrentdb://127.0.0.1:2113?tls=false')).toBe('kurrentdb://127.0.0.1:2113?tls=false');
  });
});

describe('KurrentDbEventStore.connect without a server', () => {
  it('fails fast with EventStoreUnavailableError naming the address', async () => {
    const started = Date.now();
    const attempt = KurrentDbEventStore.connect('kurrentdb://127.0.0.1:1?tls=false', { connectTimeoutMs: 3_000 });
    await expect(attempt).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(attempt).rejects.toThrow(/^KurrentDB is not reachable at kurrentdb:\/\/127\.0\.0\.1:1\?tls=false: /);
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 10_000);

  it('explains a missing KURRENTDB_URL', async () => {
    await expect(KurrentDbEventStore.connect('')).rejects.toThrow(/set KURRENTDB_URL/);
  });

  it('refuses a malformed connection string with the same error type', async () => {
    await expect(KurrentDbEventStore.connect('http://not-a-kurrentdb-url')).rejects.toBeInstanceOf(EventStoreUnavailableError);
  });
});
