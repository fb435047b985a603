import { randomBytes } from 'node:crypto';
import { canonicalJson, isProtectedValue } from '@app/event-store';
import { commitmentOf, decrypt, encrypt, generateKey, openValue, sealValue, unwrapKey, wrapKey } from './personal-data.codec';
import { maskLabel } from './mask-label';

const SUBJECT = 'subj_0b9d6c1e-2f6a-4c7e-9a51-3d2e8f7a6b10';
const OTHER_SUBJECT = 'subj_1b9d6c1e-2f6a-4c7e-9a51-3d2e8f7a6b10';
const VALUES: unknown[] = ['欧阳明辉', '', ' 张三 ', '13800138000', 'emoji 👩‍🏫 and 𠮷', 42, { name: '李四', phone: '010-12345678' }, ['a', null, true]];

describe('personal-data codec', () => {
  it('round-trips every kind of value and checks it against its commitment', () => {
    const key = generateKey();
    for (const value of VALUES) {
      const marker = sealValue(key, SUBJECT, value);
      expect(isProtectedValue(marker)).toBe(true); // the event store recognises what the vault writes
      expect(JSON.stringify(marker)).not.toContain(typeof value === 'string' && value.trim() ? value.trim() : '\u0000');
      expect(openValue(key, JSON.parse(JSON.stringify(marker)))).toEqual({ ok: true, value });
    }
  });

  it('salts every commitment: the same value twice gives unrelated commitments and ciphertexts', () => {
    const key = generateKey();
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const marker = sealValue(key, SUBJECT, '欧阳明辉');
      seen.add(marker.commitment);
      seen.add(marker.ciphertext!);
    }
    expect(seen.size).toBe(100);
  });

  it('gives nothing to test a guess against without the key: the commitment needs the salt inside the ciphertext', () => {
    const marker = sealValue(generateKey(), SUBJECT, '欧阳明辉');
    const guesses = ['欧阳明辉', ' 欧阳明辉', '"欧阳明辉"', canonicalJson('欧阳明辉')];
    for (const guess of guesses) {
      expect(commitmentOf(Buffer.alloc(32), guess)).not.toBe(marker.commitment);
      expect(commitmentOf(randomBytes(32), guess)).not.toBe(marker.commitment);
    }
  });

  it('refuses another key, another subject, a swapped ciphertext or a forged value', () => {
    const key = generateKey();
    const marker = sealValue(key, SUBJECT, '欧阳明辉');
    const other = sealValue(key, SUBJECT, '诸葛文静');
    expect(openValue(generateKey(), marker)).toEqual({ ok: false, reason: 'undecryptable' });
    expect(openValue(key, { ...marker, subject: OTHER_SUBJECT })).toEqual({ ok: false, reason: 'undecryptable' });
    expect(openValue(key, { ...marker, ciphertext: other.ciphertext })).toEqual({ ok: false, reason: 'undecryptable' });
    const { ciphertext: _gone, ...purged } = marker;
    expect(openValue(key, purged)).toEqual({ ok: false, reason: 'no_ciphertext' });
    // someone holding the key re-encrypts another value under the old commitment: the commitment does not match
    const forged = encrypt(key, Buffer.from(JSON.stringify({ s: randomBytes(32).toString('base64url'), v: '张三' })), `sl-pii-value-v1\0${SUBJECT}\0${marker.commitment}`);
    expect(openValue(key, { ...marker, ciphertext: forged })).toEqual({ ok: false, reason: 'commitment_mismatch' });
  });

  it('wraps data keys under the key-encryption key, bound to their subject', () => {
    const kek = generateKey();
    const dataKey = generateKey();
    const wrapped = wrapKey(kek, SUBJECT, dataKey);
    expect(unwrapKey(kek, SUBJECT, wrapped)).toEqual(dataKey);
    expect(unwrapKey(kek, OTHER_SUBJECT, wrapped)).toBeNull();
    expect(unwrapKey(generateKey(), SUBJECT, wrapped)).toBeNull();
    expect(decrypt(kek, 'dG9vIHNob3J0', 'x')).toBeNull();
  });

  it('masks labels for admins', () => {
    expect(maskLabel('欧阳明辉', 'person')).toBe('欧***');
    expect(maskLabel('张三', 'person')).toBe('张*');
    expect(maskLabel('王', 'person')).toBe('*');
    expect(maskLabel('𠮷野家', 'person')).toBe('𠮷**');
    expect(maskLabel('欧阳明辉老师体罚学生', 'text')).toBe('欧…（10字）');
  });
});
