import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;
const COST = 16384;

function derive(password: string, salt: Buffer, cost: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, { N: cost, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** scrypt from node:crypto: no native dependency, no install script. Format: scrypt$N$salt$hash (base64). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return `scrypt$${COST}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = stored?.split('$') ?? [];
  if (parts.length !== 4 || parts[0] !== 'scrypt') {
    await derive(password, randomBytes(16), COST); // same cost whether or not the user exists
    return false;
  }
  const key = await derive(password, Buffer.from(parts[2], 'base64'), Number(parts[1]));
  const expected = Buffer.from(parts[3], 'base64');
  return key.length === expected.length && timingSafeEqual(key, expected);
}
