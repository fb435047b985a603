import { createHmac, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '@app/config';
import {
  ERASED_PERSONAL_VALUE,
  hasPersonalFields,
  normalizePersonalText,
  personalValueSites,
  UNREADABLE_PERSONAL_VALUE,
  withValuesAt,
  type PersonalValueSite,
} from '@app/domain';
import { canonicalJson, isProtectedValue, type ProtectedValue } from '@app/event-store';
import { PG_POOL } from '../infrastructure/tokens';
import { generateKey, openValue, sealValue, unwrapKey, wrapKey } from './personal-data.codec';
import { PersonalDataRepository, type SubjectKeyRow, type SubjectRow } from './personal-data.repository';
import { deriveMasterKeys, resolveMasterKey, type MasterKeys } from './master-key';
import { collectMarkers, replaceMarkers } from './marker-walk';
import { maskLabel } from './mask-label';

interface VaultKeys extends MasterKeys {
  index: Buffer;
  fingerprint: Buffer;
  signing: Buffer;
}

type KeyState = { state: 'live'; key: Buffer; stream: string } | { state: 'erased'; stream: string } | { state: 'missing' };

export interface PersonalDataCheck {
  values: number;
  erased: number;
  /** the first stream version holding a value whose ciphertext does not match its committed value */
  failedAtVersion?: number;
}

export interface SubjectListItem {
  subjectRef: string;
  stream: string;
  kind: 'person' | 'text';
  /** masked (张*), or [已删除] */
  label: string;
  createdAt: string;
  erasedAt: string | null;
  erasedBy: string | null;
  erasureReason: string | null;
}

const FINGERPRINT_PREFIX = 'h1:';

/**
 * The personal-data vault, a layer above the event-store port (DESIGN §3.11, docs/personal-data.md): the command
 * path protects the declared personal values of new events before appending them, readers reveal them after
 * reading, erasure destroys a subject's key. Nothing is cached across calls: an erasure takes effect at once in
 * every process.
 */
@Injectable()
export class PersonalDataVault implements OnModuleInit {
  private readonly logger = new Logger('personal-data');
  private readonly repository: PersonalDataRepository;
  private keys: Promise<VaultKeys> | null = null;

  constructor(@Inject(PG_POOL) pool: Pool, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.repository = new PersonalDataRepository(pool);
  }

  async onModuleInit(): Promise<void> {
    await this.ready();
  }

  /** New events with every declared personal value sealed under its subject's key (subjects created as needed). */
  async protect<E extends { type: string; data: unknown }>(stream: string, events: readonly E[], now: string): Promise<E[]> {
    await this.refuseForeignMarkers(stream, events);
    if (!events.some((event) => hasPersonalFields(event.type))) return [...events];
    const sites = events.map((event) => personalValueSites(event.type, event.data));
    const plain = sites.flatMap((list, eventIndex) => list.filter((site) => isPlain(site.value)).map((site) => ({ eventIndex, site })));
    if (plain.length === 0) return [...events];
    const keys = await this.subjectsFor(stream, sites, plain, now);
    return events.map((event, eventIndex) => {
      const mine = plain.filter((p) => p.eventIndex === eventIndex);
      if (mine.length === 0) return event;
      const replacements = mine.map(({ site }) => {
        const { ref, key } = keys.get(groupKey(eventIndex, site))!;
        return { path: site.path, value: sealValue(key, ref, site.value) };
      });
      return { ...event, data: withValuesAt(event.data, replacements) };
    });
  }

  /** Events with every protected value replaced by its plaintext, or by [已删除] when its subject was erased. */
  async reveal<T extends { type: string; data: unknown }>(events: readonly T[]): Promise<T[]> {
    const markers = events.flatMap((event) => (hasPersonalFields(event.type) ? collectMarkers(event.data) : []));
    if (markers.length === 0) return [...events];
    const open = await this.opener(markers);
    return events.map((event) => (hasPersonalFields(event.type) ? { ...event, data: replaceMarkers(event.data, open) } : event));
  }

  /** Any JSON (a read model's stored state, say) with its protected values revealed. */
  async revealDeep<T>(value: T): Promise<T> {
    const markers = collectMarkers(value);
    if (markers.length === 0) return value;
    return replaceMarkers(value, await this.opener(markers)) as T;
  }

  /** Checks every readable protected value of a stream against the commitment its chain covers. */
  async check(events: ReadonlyArray<{ version: number; type: string; data: unknown }>): Promise<PersonalDataCheck | null> {
    const found = events.flatMap((event) => (hasPersonalFields(event.type) ? collectMarkers(event.data).map((marker) => ({ version: event.version, marker })) : []));
    if (found.length === 0) return null;
    const states = await this.keyStates(found.map((f) => f.marker.subject));
    const result: PersonalDataCheck = { values: found.length, erased: 0 };
    for (const { version, marker } of found) {
      const state = states.get(marker.subject) ?? { state: 'missing' };
      if (state.state === 'erased') result.erased++;
      else if (state.state === 'missing' || !openValue(state.key, marker).ok) result.failedAtVersion ??= version;
    }
    return result;
  }

  /** A command fingerprint as it is stored: keyed, so a fingerprint of a body that named a person tests no guess. */
  async sealFingerprint(fingerprint: string): Promise<string> {
    const keys = await this.ready();
    return FINGERPRINT_PREFIX + createHmac('sha256', keys.fingerprint).update(fingerprint).digest('hex');
  }

  static isSealedFingerprint(stored: string | undefined): boolean {
    return stored?.startsWith(FINGERPRINT_PREFIX) === true;
  }

  /** Stored fingerprints are sealed; those recorded before the vault are the raw digest. */
  static fingerprintMatches(stored: string | undefined, raw: string | undefined, sealed: string | undefined): boolean {
    return stored === sealed || stored === raw;
  }

  /** HMAC over the canonical JSON of a record, with the vault's signing key (kept wrapped by the master key). */
  async sign(record: unknown): Promise<string> {
    const keys = await this.ready();
    return createHmac('sha256', keys.signing).update(canonicalJson(record)).digest('hex');
  }

  async subject(subjectRef: string): Promise<SubjectListItem | null> {
    const row = await this.repository.get(subjectRef);
    return row ? (await this.listItems([row]))[0] : null;
  }

  /**
   * By stream, or by a person's full name: that person's subjects in every stream, and the flagged texts of those
   * streams that name them (a flagged text is a subject of its own: erasing the person leaves it, so it is listed).
   */
  async listSubjects(filter: { stream?: string; name?: string }, page: number, pageSize: number): Promise<{ items: SubjectListItem[]; total: number }> {
    const keys = await this.ready();
    if (filter.name === undefined) {
      const { rows, total } = await this.repository.list({ stream: filter.stream }, page, pageSize);
      return { items: await this.listItems(rows), total };
    }
    const name = normalizePersonalText(filter.name);
    const persons = (await this.repository.list({ stream: filter.stream, identityLookup: lookup(keys.index, 'identity', `person:${name}`) }, 1, 10_000)).rows;
    const streams = [...new Set(persons.map((row) => row.stream))];
    const texts = streams.length ? (await this.repository.list({ streams, kind: 'text' }, 1, 10_000)).rows.filter((row) => this.labelOf(keys, row)?.includes(name)) : [];
    const all = [...persons, ...texts].sort((a, b) => +new Date(b.created_at) - +new Date(a.created_at));
    return { items: await this.listItems(all.slice((page - 1) * pageSize, page * pageSize)), total: all.length };
  }

  /** Destroys the subject's key (idempotent). The caller records the erasure on the audit stream first. */
  async destroy(subjectRef: string, erasure: { at: string; by: string; reason: string }): Promise<void> {
    await this.repository.destroy(subjectRef, erasure);
  }

  /** A live subject's label in clear (for matching only; never returned as such). */
  private labelOf(keys: VaultKeys, row: SubjectRow): string | null {
    const key = row.wrapped_key && row.erased_at === null ? this.unwrap(keys, row) : null;
    const opened = key && row.label ? openValue(key, JSON.parse(row.label) as ProtectedValue) : null;
    return opened?.ok ? normalizePersonalText(String(opened.value)) : null;
  }

  private async listItems(rows: SubjectRow[]): Promise<SubjectListItem[]> {
    const keys = await this.ready();
    return rows.map((row) => {
      const key = row.wrapped_key && row.erased_at === null ? this.unwrap(keys, row) : null;
      const label = key && row.label ? openValue(key, JSON.parse(row.label) as ProtectedValue) : null;
      return {
        subjectRef: row.subject_ref,
        stream: row.stream,
        kind: row.kind,
        label: row.erased_at ? ERASED_PERSONAL_VALUE : label?.ok ? maskLabel(String(label.value), row.kind) : UNREADABLE_PERSONAL_VALUE,
        createdAt: new Date(row.created_at).toISOString(),
        erasedAt: row.erased_at ? new Date(row.erased_at).toISOString() : null,
        erasedBy: row.erased_by,
        erasureReason: row.erasure_reason,
      };
    });
  }

  /**
   * A protected value belongs to one subject of one stream: carried into another stream (or forged) it would reveal a
   * person out of context, so a new event may only hold protected values of subjects of its own stream.
   */
  private async refuseForeignMarkers(stream: string, events: readonly { data: unknown }[]): Promise<void> {
    const carried = events.flatMap((event) => collectMarkers(event.data));
    if (carried.length === 0) return;
    const states = await this.keyStates(carried.map((marker) => marker.subject));
    for (const marker of carried) {
      const state = states.get(marker.subject);
      if (!state || state.state === 'missing' || state.stream !== stream) throw new Error(`a protected value of subject ${marker.subject} cannot be written to ${stream}`);
    }
  }

  /** The subject (and its data key) of every group of values about to be sealed. */
  private async subjectsFor(stream: string, sites: PersonalValueSite[][], plain: Array<{ eventIndex: number; site: PersonalValueSite }>, now: string): Promise<Map<string, { ref: string; key: Buffer }>> {
    const keys = await this.ready();
    const result = new Map<string, { ref: string; key: Buffer }>();
    // A group that already holds a protected value (a copied one) keeps that value's subject.
    const adopted = new Map<string, string>();
    sites.forEach((list, eventIndex) => {
      for (const site of list) if (isProtectedValue(site.value)) adopted.set(groupKey(eventIndex, site), site.value.subject);
    });
    const adoptedStates = await this.keyStates([...new Set(adopted.values())]);
    const wanted = new Map<string, { identity: string; kind: 'person' | 'text'; label: string | null }>();
    for (const { eventIndex, site } of plain) {
      const group = groupKey(eventIndex, site);
      const ref = adopted.get(group);
      const state = ref ? adoptedStates.get(ref) : undefined;
      if (ref && state?.state === 'live') result.set(group, { ref, key: state.key });
      else wanted.set(group, { identity: site.identity ?? `${site.kind}:unidentified:${randomUUID()}`, kind: site.kind, label: site.label });
    }
    const byIdentity = await this.ensureSubjects(keys, stream, [...new Map([...wanted.values()].map((w) => [w.identity, w])).values()], now);
    for (const [group, { identity }] of wanted) result.set(group, byIdentity.get(identity)!);
    return result;
  }

  private async ensureSubjects(keys: VaultKeys, stream: string, wanted: Array<{ identity: string; kind: 'person' | 'text'; label: string | null }>, now: string): Promise<Map<string, { ref: string; key: Buffer }>> {
    const result = new Map<string, { ref: string; key: Buffer }>();
    const lookups = new Map(wanted.map((w) => [lookup(keys.index, 'stream', `${stream}\0${w.identity}`), w]));
    for (let attempt = 0; attempt < 3 && result.size < wanted.length; attempt++) {
      for (const row of await this.repository.liveSubjects([...lookups.keys()])) {
        const want = lookups.get(row.stream_lookup!)!;
        result.set(want.identity, { ref: row.subject_ref, key: this.unwrap(keys, row) });
      }
      for (const [streamLookup, want] of lookups) {
        if (result.has(want.identity)) continue;
        const ref = `subj_${randomUUID()}`;
        const key = generateKey();
        const created = await this.repository.createSubject({
          subjectRef: ref,
          stream,
          kind: want.kind,
          streamLookup,
          identityLookup: want.kind === 'person' ? lookup(keys.index, 'identity', want.identity) : null,
          label: want.label === null ? null : JSON.stringify(sealValue(key, ref, want.label)),
          wrappedKey: wrapKey(keys.kek, ref, key),
          masterKeyId: keys.id,
          createdAt: now,
        });
        if (created) result.set(want.identity, { ref, key }); // else another writer created it: read it next round
      }
    }
    if (result.size < wanted.length) throw new Error(`could not create the personal-data subjects of ${stream}`);
    return result;
  }

  private async opener(markers: ProtectedValue[]): Promise<(marker: ProtectedValue) => unknown> {
    const states = await this.keyStates(markers.map((m) => m.subject));
    return (marker) => {
      const state = states.get(marker.subject) ?? { state: 'missing' as const };
      if (state.state === 'erased') return ERASED_PERSONAL_VALUE;
      const opened = state.state === 'live' ? openValue(state.key, marker) : null;
      if (opened?.ok) return opened.value;
      this.logger.error(`personal value of ${marker.subject} is unreadable: ${opened ? opened.reason : 'its subject has no key and no erasure'}`);
      return UNREADABLE_PERSONAL_VALUE;
    };
  }

  private async keyStates(subjectRefs: string[]): Promise<Map<string, KeyState>> {
    const keys = await this.ready();
    const states = new Map<string, KeyState>();
    for (const row of await this.repository.keysOf([...new Set(subjectRefs)])) {
      if (row.erased_at !== null) states.set(row.subject_ref, { state: 'erased', stream: row.stream });
      else if (row.wrapped_key === null) states.set(row.subject_ref, { state: 'missing' });
      else states.set(row.subject_ref, { state: 'live', key: this.unwrap(keys, row), stream: row.stream });
    }
    return states;
  }

  /** A key wrapped under another master key is a configuration error, never an erasure: it fails loudly. */
  private unwrap(keys: VaultKeys, row: Pick<SubjectKeyRow, 'subject_ref' | 'wrapped_key' | 'master_key_id'>): Buffer {
    if (row.master_key_id !== keys.id) throw new Error(`the data key of ${row.subject_ref} is wrapped by master key ${row.master_key_id}, not by the configured PII_MASTER_KEY (${keys.id})`);
    const key = unwrapKey(keys.kek, row.subject_ref, row.wrapped_key!);
    if (!key) throw new Error(`the data key of ${row.subject_ref} does not unwrap with the configured PII_MASTER_KEY`);
    return key;
  }

  private ready(): Promise<VaultKeys> {
    this.keys ??= this.loadKeys().catch((error: unknown) => {
      this.keys = null;
      throw error;
    });
    return this.keys;
  }

  private async loadKeys(): Promise<VaultKeys> {
    const master = deriveMasterKeys(resolveMasterKey(this.config, (message) => this.logger.warn(message)));
    const settings = await this.repository.settings({
      master_key_id: master.id,
      index_key: wrapKey(master.kek, 'settings:index', generateKey()),
      fingerprint_key: wrapKey(master.kek, 'settings:fingerprint', generateKey()),
      signing_key: wrapKey(master.kek, 'settings:signing', generateKey()),
    });
    if (settings.master_key_id !== master.id) {
      throw new Error(`PII_MASTER_KEY (key id ${master.id}) is not the key that protects this database's personal data (key id ${settings.master_key_id})`);
    }
    const index = unwrapKey(master.kek, 'settings:index', settings.index_key);
    const fingerprint = unwrapKey(master.kek, 'settings:fingerprint', settings.fingerprint_key);
    const signing = unwrapKey(master.kek, 'settings:signing', settings.signing_key);
    if (!index || !fingerprint || !signing) throw new Error('the personal-data vault settings do not unwrap with the configured PII_MASTER_KEY');
    return { ...master, index, fingerprint, signing };
  }
}

/** A declared personal value still in clear (not protected, not already shown erased). */
export function isPlainPersonalValue(value: unknown): boolean {
  return isPlain(value);
}

function isPlain(value: unknown): boolean {
  return value !== undefined && value !== null && !isProtectedValue(value) && value !== ERASED_PERSONAL_VALUE && value !== UNREADABLE_PERSONAL_VALUE;
}

function groupKey(eventIndex: number, site: PersonalValueSite): string {
  return `${eventIndex}\0${site.group}`;
}

/** A keyed hash (blind index): finds a subject again without storing who it is. */
function lookup(indexKey: Buffer, purpose: 'stream' | 'identity', text: string): string {
  return createHmac('sha256', indexKey).update(`${purpose}\0${text}`).digest('base64url');
}
