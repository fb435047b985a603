import { canonicalJson, eventHash, genesisHash, verifyChain } from './hash-chain';
import type { EventMetadata, RecordedEvent } from './event-store.port';
import { isProtectedValue, type ProtectedValue } from './protected-value';

const SUBJECT = 'subj_0b9d6c1e-2f6a-4c7e-9a51-3d2e8f7a6b10';
const COMMITMENT = 'x'.repeat(43);
const marker = (overrides: Partial<ProtectedValue> = {}): ProtectedValue => ({ $pii: 1, subject: SUBJECT, commitment: COMMITMENT, ciphertext: 'Y2lwaGVy', ...overrides });
const metadata: EventMetadata = {
  eventId: 'e-1', commandId: 'c-1', correlationId: 'c-1', causationId: null, actor: { id: 'user-leader', role: 'leader' }, recordedAt: '2026-06-01T00:00:00.000Z',
};

function chain(stream: string, datas: unknown[]): RecordedEvent[] {
  let prevHash = genesisHash(stream);
  return datas.map((data, i) => {
    const hash = eventHash(prevHash, 'AccountabilityDecided', data, { ...metadata, eventId: `e-${i}` });
    const event: RecordedEvent = { stream, version: i + 1, position: `0:${i}`, type: 'AccountabilityDecided', data, metadata: { ...metadata, eventId: `e-${i}` }, recordedAt: metadata.recordedAt, hash, prevHash };
    prevHash = hash;
    return event;
  });
}

describe('the hash chain over protected personal values', () => {
  it('hashes a protected value by its subject and commitment only', () => {
    expect(canonicalJson({ name: marker() })).toBe(`{"name":{"$pii":1,"commitment":"${COMMITMENT}","subject":"${SUBJECT}"}}`);
    expect(canonicalJson(marker({ ciphertext: 'b3RoZXI' }))).toBe(canonicalJson(marker()));
    const { ciphertext: _dropped, ...withoutCiphertext } = marker();
    expect(canonicalJson(withoutCiphertext)).toBe(canonicalJson(marker()));
  });

  it('changes the hash when the commitment or the subject changes', () => {
    const base = eventHash('p', 'T', { targets: [{ name: marker() }] }, metadata);
    expect(eventHash('p', 'T', { targets: [{ name: marker({ commitment: 'y'.repeat(43) }) }] }, metadata)).not.toBe(base);
    expect(eventHash('p', 'T', { targets: [{ name: marker({ subject: 'subj_1b9d6c1e-2f6a-4c7e-9a51-3d2e8f7a6b10' }) }] }, metadata)).not.toBe(base);
  });

  it('hashes a look-alike whole: no extra field can ride outside the chain by posing as a marker', () => {
    const lookAlike = { ...marker(), note: 'smuggled' };
    expect(isProtectedValue(lookAlike)).toBe(false);
    expect(canonicalJson(lookAlike)).toContain('smuggled');
    expect(canonicalJson(lookAlike)).toContain('Y2lwaGVy');
    for (const bad of [marker({ subject: 'subj_x' }), marker({ commitment: 'short' }), { ...marker(), $pii: 2 }, marker({ ciphertext: 'not base64url!' })]) {
      expect(isProtectedValue(bad)).toBe(false);
      expect(canonicalJson(bad)).toContain('"ciphertext"');
    }
  });

  it('verifies a stream whose ciphertexts were erased or dropped, and refuses a changed commitment', () => {
    const events = chain('issue-1', [{ targets: [{ kind: 'person', name: marker() }] }, { targets: [{ kind: 'unit', name: '示范县实验小学' }] }]);
    expect(verifyChain('issue-1', events)).toEqual({ valid: true, events: 2 });
    const dropped = events.map((e, i) => (i === 0 ? { ...e, data: { targets: [{ kind: 'person', name: { $pii: 1, subject: SUBJECT, commitment: COMMITMENT } }] } } : e));
    expect(verifyChain('issue-1', dropped)).toEqual({ valid: true, events: 2 });
    const swapped = events.map((e, i) => (i === 0 ? { ...e, data: { targets: [{ kind: 'person', name: marker({ ciphertext: 'ZWxzZQ' }) }] } } : e));
    expect(verifyChain('issue-1', swapped).valid).toBe(true); // the ciphertext is checked against the commitment by the vault, not here
    const recommitted = events.map((e, i) => (i === 0 ? { ...e, data: { targets: [{ kind: 'person', name: marker({ commitment: 'z'.repeat(43) }) }] } } : e));
    expect(verifyChain('issue-1', recommitted)).toEqual({ valid: false, events: 2, brokenAtVersion: 1 });
    const replaced = events.map((e, i) => (i === 0 ? { ...e, data: { targets: [{ kind: 'person', name: '张三' }] } } : e));
    expect(verifyChain('issue-1', replaced)).toEqual({ valid: false, events: 2, brokenAtVersion: 1 });
  });

  it('hashes everything else exactly as before (a recorded chain keeps verifying)', () => {
    expect(canonicalJson({ b: 1, a: [{ $pii: 'no' }, null], c: '整改' })).toBe('{"a":[{"$pii":"no"},null],"b":1,"c":"整改"}');
  });
});
