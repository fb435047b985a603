/**
 * The KurrentDB mapping stores protected personal values (DESIGN §3.11) exactly as the PostgreSQL adapter does:
 * the marker travels in the event's JSON data unchanged, and the chain in the metadata covers its commitment only.
 * Server-free, like kurrentdb-mapping.spec.ts; the adapter itself runs the shared contract (which has the same case)
 * against its in-memory fake in kurrentdb-event-store.spec.ts.
 */
import type { EventMetadata } from '../event-store.port';
import { eventHash, genesisHash, verifyChain } from '../hash-chain';
import { isProtectedValue } from '../protected-value';
import { deterministicEventId, toRecordedEvent, toStoredMetadata, type KurrentRecordLike } from './kurrentdb-mapping';

const stream = 'issue-7c1f0a52-8a7e-4b0e-9d35-2c4f0a8e71b9';
const marker = { $pii: 1 as const, subject: 'subj_0b9d6c1e-2f6a-4c7e-9a51-3d2e8f7a6b10', commitment: 'q'.repeat(43), ciphertext: 'aXYgfHwgdGFnIHx8IGN0' };
const metadata = (index: number): EventMetadata => ({
  eventId: deterministicEventId(stream, 'cmd-1', index), commandId: 'cmd-1', correlationId: 'cmd-1', causationId: null,
  actor: { id: 'user-leader', role: 'leader' }, recordedAt: '2026-06-01T00:00:00.000Z', commandFingerprint: 'h1:' + 'f'.repeat(64),
});

/** Events written the way the adapter writes them: data after a JSON round trip, chain in the metadata. */
function written(datas: unknown[]): KurrentRecordLike[] {
  let prevHash = genesisHash(stream);
  return datas.map((raw, index) => {
    const data = JSON.parse(JSON.stringify(raw));
    const hash = eventHash(prevHash, 'AccountabilityDecided', data, metadata(index));
    const stored = JSON.parse(JSON.stringify(toStoredMetadata(metadata(index), { hash, prevHash, appendId: 'a-1' })));
    prevHash = hash;
    return { streamId: stream, id: metadata(index).eventId, revision: BigInt(index), type: 'AccountabilityDecided', data, metadata: stored, isJson: true, position: { commit: BigInt(100 + index), prepare: BigInt(100 + index) } };
  });
}

describe('KurrentDB mapping: protected personal values', () => {
  it('stores the marker, commitment and ciphertext as they are, and reads them back unchanged', () => {
    const [record] = written([{ targets: [{ kind: 'person', name: marker, unitId: 'u-001' }] }]);
    const event = toRecordedEvent(record);
    const name = (event.data as { targets: Array<{ name: unknown }> }).targets[0].name;
    expect(name).toEqual(marker);
    expect(isProtectedValue(name)).toBe(true);
  });

  it('chains the commitment: the stream verifies with the ciphertext, without it, and not with another commitment', () => {
    const events = written([{ targets: [{ kind: 'person', name: marker }] }, { targets: [{ kind: 'unit', name: '示范县实验小学' }] }]).map((r) => toRecordedEvent(r));
    expect(verifyChain(stream, events)).toEqual({ valid: true, events: 2 });
    const { ciphertext: _c, ...shredded } = marker;
    expect(verifyChain(stream, events.map((e, i) => (i === 0 ? { ...e, data: { targets: [{ kind: 'person', name: shredded }] } } : e))).valid).toBe(true);
    const other = events.map((e, i) => (i === 0 ? { ...e, data: { targets: [{ kind: 'person', name: { ...marker, commitment: 'r'.repeat(43) } }] } } : e));
    expect(verifyChain(stream, other)).toEqual({ valid: false, events: 2, brokenAtVersion: 1 });
  });

  it('hashes the same as the PostgreSQL adapter would: one canonical form for both', () => {
    const [record] = written([{ targets: [{ kind: 'person', name: marker }] }]);
    const viaJsonb = { targets: [{ name: { ciphertext: 'Zm9v', commitment: marker.commitment, subject: marker.subject, $pii: 1 }, kind: 'person' }] };
    expect(eventHash(genesisHash(stream), 'AccountabilityDecided', viaJsonb, metadata(0))).toBe(toRecordedEvent(record).hash);
  });
});
