import { randomUUID } from 'node:crypto';
import { ConcurrencyConflictError, IdempotencyKeyReusedError } from '../event-store.errors';
import type { AppendMetadata, EventStore, RecordedEvent } from '../event-store.port';
import { verifyChain } from '../hash-chain';

export interface ContractSubject {
  store: EventStore;
  cleanup(): Promise<void>;
}

export function metadataFor(commandId = randomUUID(), extra: Partial<AppendMetadata> = {}): AppendMetadata {
  return {
    commandId,
    correlationId: commandId,
    causationId: null,
    actor: { id: 'tester', role: 'supervisor' },
    recordedAt: new Date().toISOString(),
    commandFingerprint: 'fp-1',
    ...extra,
  };
}

/** The behaviour every EventStore adapter must show (DESIGN §2). Each adapter's int-spec calls this. */
export function describeEventStoreContract(adapterName: string, factory: () => Promise<ContractSubject>): void {
  describe(`${adapterName} event store contract`, () => {
    let subject: ContractSubject;
    let store: EventStore;
    const stream = () => `issue-${randomUUID()}`;

    beforeAll(async () => {
      subject = await factory();
      store = subject.store;
    });
    afterAll(async () => {
      await subject?.cleanup();
    });

    it('appends to a new stream with expected version 0 and reads it back in order', async () => {
      const name = stream();
      const result = await store.append(name, [{ type: 'A', data: { n: 1 } }, { type: 'B', data: { n: 2, text: '整改' } }], {
        expectedVersion: 0,
        metadata: metadataFor(),
      });
      expect(result.version).toBe(2);
      expect(result.replayed).toBe(false);
      expect(result.events.map((e) => e.version)).toEqual([1, 2]);
      const read = await store.readStream(name);
      expect(read.map((e) => [e.type, e.version, e.data])).toEqual([['A', 1, { n: 1 }], ['B', 2, { n: 2, text: '整改' }]]);
      expect(read[1].position).toBe(result.position);
      expect(typeof read[0].position).toBe('string');
      expect(store.comparePositions(read[0].position, read[1].position)).toBeLessThan(0);
    });

    it('records metadata with an event id, command id, actor and time', async () => {
      const name = stream();
      const metadata = metadataFor(randomUUID(), { actor: { id: 'u-9', role: 'unit', unitId: 'u-001' } });
      await store.append(name, [{ type: 'A', data: {} }], { expectedVersion: 0, metadata });
      const [event] = await store.readStream(name);
      expect(event.metadata).toMatchObject({ commandId: metadata.commandId, actor: { id: 'u-9', role: 'unit', unitId: 'u-001' } });
      expect(event.metadata.eventId).toMatch(/^[0-9a-f-]{36}$/);
      expect(event.recordedAt).toBe(metadata.recordedAt);
    });

    it('refuses a wrong expected version with a typed conflict and appends nothing', async () => {
      const name = stream();
      await store.append(name, [{ type: 'A', data: {} }], { expectedVersion: 0, metadata: metadataFor() });
      await expect(store.append(name, [{ type: 'B', data: {} }], { expectedVersion: 0, metadata: metadataFor() })).rejects.toBeInstanceOf(
        ConcurrencyConflictError,
      );
      await expect(store.append(name, [{ type: 'B', data: {} }], { expectedVersion: 5, metadata: metadataFor() })).rejects.toMatchObject({
        code: 'CONCURRENCY_CONFLICT',
        actualVersion: 1,
      });
      await expect(store.append(stream(), [{ type: 'B', data: {} }], { expectedVersion: 3, metadata: metadataFor() })).rejects.toBeInstanceOf(
        ConcurrencyConflictError,
      );
      expect(await store.readStream(name)).toHaveLength(1);
    });

    it('lets exactly one of two racing writers with the same expected version win', async () => {
      const name = stream();
      await store.append(name, [{ type: 'A', data: {} }], { expectedVersion: 0, metadata: metadataFor() });
      const results = await Promise.allSettled(
        [1, 2, 3, 4].map((i) => store.append(name, [{ type: `B${i}`, data: {} }], { expectedVersion: 1, metadata: metadataFor() })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof ConcurrencyConflictError)).toHaveLength(3);
      expect(await store.readStream(name)).toHaveLength(2);
    });

    it('is idempotent by command id: a retry appends nothing and returns the first result', async () => {
      const name = stream();
      const metadata = metadataFor();
      const first = await store.append(name, [{ type: 'A', data: { n: 1 } }], { expectedVersion: 0, metadata });
      const again = await store.append(name, [{ type: 'A', data: { n: 1 } }], { expectedVersion: 0, metadata });
      expect(again.replayed).toBe(true);
      expect(again.version).toBe(first.version);
      expect(again.position).toBe(first.position);
      expect(again.events.map((e) => e.metadata.eventId)).toEqual(first.events.map((e) => e.metadata.eventId));
      expect(await store.readStream(name)).toHaveLength(1);
    });

    it('appends once when the same command races itself', async () => {
      const name = stream();
      const metadata = metadataFor();
      const results = await Promise.all(
        [1, 2, 3].map(() => store.append(name, [{ type: 'A', data: {} }], { expectedVersion: 'any', metadata })),
      );
      expect(results.filter((r) => !r.replayed)).toHaveLength(1);
      expect(await store.readStream(name)).toHaveLength(1);
    });

    it('refuses the same command id with a different body', async () => {
      const name = stream();
      const commandId = randomUUID();
      await store.append(name, [{ type: 'A', data: {} }], { expectedVersion: 0, metadata: metadataFor(commandId) });
      await expect(
        store.append(name, [{ type: 'A', data: { other: true } }], {
          expectedVersion: 'any',
          metadata: metadataFor(commandId, { commandFingerprint: 'fp-2' }),
        }),
      ).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
      expect(await store.readStream(name)).toHaveLength(1);
    });

    it('chains hashes from a genesis derived from the stream name; verification finds the chain intact', async () => {
      const name = stream();
      await store.append(name, [{ type: 'A', data: { a: [1, 2, { z: 1, y: 'x' }] } }], { expectedVersion: 0, metadata: metadataFor() });
      await store.append(name, [{ type: 'B', data: {} }, { type: 'C', data: { s: '复查' } }], { expectedVersion: 1, metadata: metadataFor() });
      const events = await store.readStream(name);
      expect(events[1].prevHash).toBe(events[0].hash);
      expect(events[2].prevHash).toBe(events[1].hash);
      expect(verifyChain(name, events)).toEqual({ valid: true, events: 3 });
      const tampered: RecordedEvent[] = events.map((e, i) => (i === 1 ? { ...e, data: { forged: true } } : e));
      expect(verifyChain(name, tampered)).toEqual({ valid: false, events: 3, brokenAtVersion: 2 });
    });

    it('stores protected personal values as given and chains their commitments, not their ciphertexts', async () => {
      const name = stream();
      const personal = { $pii: 1, subject: 'subj_0b9d6c1e-2f6a-4c7e-9a51-3d2e8f7a6b10', commitment: 'c'.repeat(43), ciphertext: 'ZW5jcnlwdGVk' };
      await store.append(name, [{ type: 'AccountabilityDecided', data: { targets: [{ kind: 'person', name: personal }] } }], { expectedVersion: 0, metadata: metadataFor() });
      await store.append(name, [{ type: 'B', data: {} }], { expectedVersion: 1, metadata: metadataFor() });
      const events = await store.readStream(name);
      expect(events[0].data).toEqual({ targets: [{ kind: 'person', name: personal }] });
      expect(verifyChain(name, events)).toEqual({ valid: true, events: 2 });
      const { ciphertext: _dropped, ...withoutCiphertext } = personal;
      const shredded = events.map((e, i) => (i === 0 ? { ...e, data: { targets: [{ kind: 'person', name: withoutCiphertext }] } } : e));
      expect(verifyChain(name, shredded)).toEqual({ valid: true, events: 2 });
      const recommitted = events.map((e, i) => (i === 0 ? { ...e, data: { targets: [{ kind: 'person', name: { ...personal, commitment: 'd'.repeat(43) } }] } } : e));
      expect(verifyChain(name, recommitted)).toEqual({ valid: false, events: 2, brokenAtVersion: 1 });
    });

    it('reads a stream up to a version or an instant', async () => {
      const name = stream();
      await store.append(name, [{ type: 'A', data: {} }], { expectedVersion: 0, metadata: metadataFor(randomUUID(), { recordedAt: '2026-01-01T00:00:00.000Z' }) });
      await store.append(name, [{ type: 'B', data: {} }], { expectedVersion: 1, metadata: metadataFor(randomUUID(), { recordedAt: '2026-02-01T00:00:00.000Z' }) });
      expect((await store.readStream(name, { toVersion: 1 })).map((e) => e.type)).toEqual(['A']);
      expect((await store.readStream(name, { fromVersion: 2 })).map((e) => [e.type, e.version])).toEqual([['B', 2]]);
      expect(await store.readStream(name, { fromVersion: 3 })).toEqual([]);
      expect((await store.readStream(name, { until: '2026-01-15T00:00:00.000Z' })).map((e) => e.type)).toEqual(['A']);
      expect(await store.readStream(`issue-${randomUUID()}`)).toEqual([]);
    });

    it('reads all events globally in order, page by page, filtered by stream prefix', async () => {
      const head = await store.headPosition();
      const names = [stream(), `visit-${randomUUID()}`, stream()];
      let last = '';
      for (const name of names) last = (await store.append(name, [{ type: 'X', data: { name } }], { expectedVersion: 0, metadata: metadataFor() })).position;
      // The global log is complete only once no older transaction anywhere can still commit: wait for the head.
      await waitForHead(store, last);
      const seen: RecordedEvent[] = [];
      let after = head;
      for (;;) {
        const page = await store.readAll({ after, limit: 2 });
        if (!page.events.length) break;
        seen.push(...page.events);
        after = page.next;
      }
      expect(seen.map((e) => e.stream)).toEqual(names);
      const issuesOnly = await store.readAll({ after: head, limit: 10, streamPrefixes: ['issue-'] });
      expect(issuesOnly.events.map((e) => e.stream)).toEqual([names[0], names[2]]);
    });

    it('subscribes from a position and delivers new events in order, resuming where it left off', async () => {
      const head = await store.headPosition();
      const name = stream();
      const received: RecordedEvent[] = [];
      const subscription = store.subscribe(async (events) => void received.push(...events), { after: head, pollIntervalMs: 20 });
      await store.append(name, [{ type: 'A', data: {} }], { expectedVersion: 0, metadata: metadataFor() });
      await store.append(name, [{ type: 'B', data: {} }], { expectedVersion: 1, metadata: metadataFor() });
      await waitFor(() => received.filter((e) => e.stream === name).length === 2);
      await subscription.stop();
      expect(received.filter((e) => e.stream === name).map((e) => e.type)).toEqual(['A', 'B']);
      const resumedFrom = received.find((e) => e.type === 'A' && e.stream === name)!.position;
      const resumed = await store.readAll({ after: resumedFrom, limit: 1000, streamPrefixes: ['issue-'] });
      expect(resumed.events.filter((e) => e.stream === name).map((e) => e.type)).toEqual(['B']);
    });
  });
}

export async function waitForHead(store: EventStore, position: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const head = await store.headPosition();
    if (head !== null && store.comparePositions(head, position) >= 0) return;
    if (Date.now() - started > timeoutMs) throw new Error(`the head never reached ${position}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
