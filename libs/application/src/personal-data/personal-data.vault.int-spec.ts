import type { Pool } from 'pg';
import { loadConfig } from '@app/config';
import { createPool } from '@app/database/create-pool';
import { ERASED_PERSONAL_VALUE, UNREADABLE_PERSONAL_VALUE } from '@app/domain';
import { isProtectedValue, type ProtectedValue } from '@app/event-store';
import { createTestDatabase, type TestDatabase } from '@app/testing/test-database';
import { rotateMasterKey } from './master-key-rotation';
import { PersonalDataVault } from './personal-data.vault';

const KEY_A = 'a1'.repeat(32);
const KEY_B = 'b2'.repeat(32);
const NOW = '2026-06-01T00:00:00.000Z';
const decision = (...names: string[]) => ({ type: 'AccountabilityDecided', data: { targets: names.map((name) => ({ kind: 'person', name, unitId: 'u-001' })), measures: ['interview'] } });
const nameOf = (event: { data: unknown }, i = 0) => (event.data as { targets: Array<{ name: unknown }> }).targets[i].name;

describe('the personal-data vault against PostgreSQL', () => {
  let database: TestDatabase;
  let pool: Pool;
  const vault = (key = KEY_A) => new PersonalDataVault(pool, loadConfig({ DATABASE_URL: database.url, NODE_ENV: 'test', PII_MASTER_KEY: key }));

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = createPool(database.url, 20);
  });
  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it('gives one subject per person per stream, also to writers racing each other', async () => {
    const writers = Array.from({ length: 8 }, () => vault());
    const results = await Promise.all(writers.map((v) => v.protect('issue-race', [decision('欧阳明辉', ' 欧阳明辉 ')], NOW)));
    const subjects = new Set(results.flatMap(([event]) => [nameOf(event, 0), nameOf(event, 1)].map((m) => (m as ProtectedValue).subject)));
    expect(subjects.size).toBe(1);
    const [other] = await vault().protect('issue-other', [decision('欧阳明辉')], NOW);
    expect((nameOf(other) as ProtectedValue).subject).not.toBe([...subjects][0]); // another stream, another subject
    expect((await vault().listSubjects({ name: '欧阳明辉' }, 1, 20)).total).toBe(2);
  });

  it('reveals, erases to [已删除], and leaves events without personal values untouched (same objects)', async () => {
    const v = vault();
    const [stored] = await v.protect('issue-erase', [decision('司马小雨')], NOW);
    const plain = { type: 'IssueFedBack', data: { note: 'x' } };
    const [revealed, untouched] = await v.reveal([stored, plain]);
    expect(nameOf(revealed)).toBe('司马小雨');
    expect(untouched).toBe(plain);
    await v.destroy((nameOf(stored) as ProtectedValue).subject, { at: NOW, by: 'user-admin', reason: 'test' });
    expect(nameOf((await vault().reveal([stored]))[0])).toBe(ERASED_PERSONAL_VALUE);
    expect(await v.check([{ version: 1, ...stored }])).toEqual({ values: 1, erased: 1 });
  });

  it('catches a ciphertext swapped behind the chain: unreadable on reveal, a failure on check', async () => {
    const v = vault();
    const [a, b] = await v.protect('issue-swap', [decision('诸葛文静'), decision('诸葛文静')], NOW);
    const forged = { ...a, data: { targets: [{ kind: 'person', name: { ...(nameOf(a) as ProtectedValue), ciphertext: (nameOf(b) as ProtectedValue).ciphertext } }] } };
    expect(isProtectedValue(nameOf(forged))).toBe(true);
    expect(nameOf((await v.reveal([forged]))[0])).toBe(UNREADABLE_PERSONAL_VALUE);
    expect(await v.check([{ version: 1, ...a }, { version: 2, ...forged }])).toEqual({ values: 2, erased: 0, failedAtVersion: 2 });
  });

  it('refuses a protected value carried into another stream (or forged)', async () => {
    const v = vault();
    const [stored] = await v.protect('issue-origin', [decision('东方白')], NOW);
    await expect(v.protect('issue-origin', [stored], NOW)).resolves.toHaveLength(1); // its own stream: kept as it is
    await expect(v.protect('issue-elsewhere', [stored], NOW)).rejects.toThrow(/cannot be written to issue-elsewhere/);
    const forged = { type: 'IssueFedBack', data: { note: { ...(nameOf(stored) as ProtectedValue), subject: 'subj_00000000-0000-4000-8000-000000000000' } } };
    await expect(v.protect('issue-origin', [forged], NOW)).rejects.toThrow(/cannot be written/);
  });

  it('refuses to run with another master key rather than show anything as erased', async () => {
    await expect(vault(KEY_B).reveal([decision('x')])).resolves.toBeDefined(); // nothing protected: no key needed
    await expect(vault(KEY_B).protect('issue-b', [decision('上官婉清')], NOW)).rejects.toThrow(/PII_MASTER_KEY .* is not the key that protects this database/);
  });

  it('seals command fingerprints with a key of its own: stable across processes, not the raw digest', async () => {
    const raw = 'f'.repeat(64);
    const sealed = await vault().sealFingerprint(raw);
    expect(sealed).toMatch(/^h1:[0-9a-f]{64}$/);
    expect(await vault().sealFingerprint(raw)).toBe(sealed);
    expect(PersonalDataVault.fingerprintMatches(sealed, raw, sealed)).toBe(true);
    expect(PersonalDataVault.fingerprintMatches(raw, raw, sealed)).toBe(true); // recorded before the vault
    expect(PersonalDataVault.fingerprintMatches(sealed, 'other', await vault().sealFingerprint('other'))).toBe(false);
  });

  it('rotates the master key: every key re-wrapped, values and signatures unchanged, the old key refused, the rotation recorded', async () => {
    const [stored] = await vault().protect('issue-rotate', [decision('慕容雪')], NOW);
    const record = { stream: 'issue-rotate', head: 'h' };
    const signature = await vault().sign(record);
    const sealed = await vault().sealFingerprint('fp');
    const actor = { id: 'user-admin', role: 'admin' as const };
    await expect(rotateMasterKey(pool, Buffer.from(KEY_B, 'hex'), Buffer.from(KEY_A, 'hex'), { actor, now: NOW })).rejects.toThrow(/not the one protecting this database/);
    const rotated = await rotateMasterKey(pool, Buffer.from(KEY_A, 'hex'), Buffer.from(KEY_B, 'hex'), { actor, now: NOW });
    expect(rotated.keys).toBeGreaterThanOrEqual(4);
    const after = vault(KEY_B);
    expect(nameOf((await after.reveal([stored]))[0])).toBe('慕容雪');
    expect(await after.sign(record)).toBe(signature);
    expect(await after.sealFingerprint('fp')).toBe(sealed);
    expect((await after.listSubjects({ name: '慕容雪' }, 1, 10)).items).toEqual([expect.objectContaining({ label: '慕**' })]);
    await expect(vault(KEY_A).reveal([stored])).rejects.toThrow(/PII_MASTER_KEY/);
    const audit = await pool.query(`SELECT type, data FROM es_events WHERE stream = 'personal-data-audit' ORDER BY version`);
    expect(audit.rows).toEqual([{ type: 'PersonalDataMasterKeyRotated', data: { ...rotated, rotatedAt: NOW, rotatedBy: 'user-admin' } }]);
  });
});
