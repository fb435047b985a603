import { createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AppConfig } from '@app/config';

/** The keys derived from PII_MASTER_KEY; the master key itself is used for nothing else. */
export interface MasterKeys {
  /** names the master key without revealing it: stored beside every wrapped key */
  id: string;
  /** wraps data keys and the vault's own index, fingerprint and signing keys */
  kek: Buffer;
}

export function deriveMasterKeys(master: Buffer): MasterKeys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  return {
    id: createHmac('sha256', master).update('sl-pii-master-key-id-v1').digest('hex').slice(0, 16),
    kek: derive('sl-pii-kek-v1'),
  };
}

/**
 * PII_MASTER_KEY when configured (production must). Otherwise a development key: kept in a file beside the embedded
 * database (so the demo's personal data survives a restart), or — against an external database outside production —
 * derived from the database's name, which every process of that deployment (api, worker, CLIs) derives alike.
 * A derived key is public knowledge: it protects nothing and is only there so tests and trials need no setup.
 */
export function resolveMasterKey(config: AppConfig, warn: (message: string) => void = () => undefined): Buffer {
  if (config.personalData.masterKey) return config.personalData.masterKey;
  if (config.env === 'production') throw new Error('PII_MASTER_KEY is required when NODE_ENV=production');
  if (config.database.mode === 'embedded') {
    const file = resolve(dirname(resolve(config.database.embeddedDataDir)), 'pii-master-key');
    if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
    mkdirSync(dirname(file), { recursive: true });
    const key = randomBytes(32);
    writeFileSync(file, key.toString('base64url'), { mode: 0o600 });
    return key;
  }
  const database = new URL(config.database.url!).pathname.replace(/^\//, '');
  warn('PII_MASTER_KEY is not set: personal data is protected by an INSECURE development key derived from the database name');
  return createHash('sha256').update(`sl-pii-insecure-development-master-key-v1\0${database}`).digest();
}
