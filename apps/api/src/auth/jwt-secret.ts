import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AppConfig } from '@app/config';

/**
 * Production must configure JWT_SECRET (the config refuses to start without it). Without one, a random secret
 * is kept beside the embedded data, so logins survive a restart of the demo.
 */
export function resolveJwtSecret(config: AppConfig): string {
  if (config.auth.jwtSecret) return config.auth.jwtSecret;
  if (config.database.mode !== 'embedded') return randomBytes(48).toString('base64url');
  const file = resolve(dirname(resolve(config.database.embeddedDataDir)), 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
