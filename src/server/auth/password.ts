import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { hashSlots } from './hashSlots.ts';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/**
 * OWASP Password Storage Cheat Sheet: scrypt with N=2^17, r=8, p=1 (128 MiB and
 * a few hundred milliseconds per hash). scrypt ships with Node: no native addon.
 */
export const OWASP_SCRYPT: ScryptParams = { N: 1 << 17, r: 8, p: 1 };

/**
 * Tests only: `SCRYPT_COST=test` (set by vitest.config.ts) hashes at N=2^15,
 * four times cheaper, so the seeded templates and hundreds of test logins stay
 * fast. Refused under NODE_ENV=production.
 */
export const TEST_SCRYPT: ScryptParams = { N: 1 << 15, r: 8, p: 1 };

export function scryptParamsFromEnv(env: NodeJS.ProcessEnv = process.env): ScryptParams {
  if (env.SCRYPT_COST !== 'test') return OWASP_SCRYPT;
  if (env.NODE_ENV === 'production') throw new Error('SCRYPT_COST=test is for tests, not NODE_ENV=production');
  return TEST_SCRYPT;
}

/** What new hashes use, and what a login rehashes an older hash to. */
export const CURRENT_SCRYPT = scryptParamsFromEnv();

// A stored hash asking for more than this is refused rather than computed.
const MAX_N = 1 << 20;
const KEY_LENGTH = 32;
const withSlot = hashSlots(2, 64);

// OpenSSL needs 128·r·(N+2) bytes for V plus 128·r·p for B, just over Node's
// 32 MiB default maxmem already at N=2^15; twice 128·N·r covers both.
const maxmem = ({ N, r }: ScryptParams) => 2 * 128 * N * r;

function scrypt(password: string, salt: Buffer, keylen: number, params: ScryptParams): Promise<Buffer> {
  return withSlot(
    () =>
      new Promise((resolve, reject) =>
        scryptCb(password, salt, keylen, { ...params, maxmem: maxmem(params) }, (err, key) =>
          err ? reject(err) : resolve(key),
        ),
      ),
  );
}

/** Format: scrypt$N$r$p$salt$hash (base64): the parameters travel with the hash, so they can change. */
export async function hashPassword(password: string, params: ScryptParams = CURRENT_SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

function parse(stored: string) {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every(Number.isSafeInteger) || params.N > MAX_N || params.r * params.p > 64) {
    return null;
  }
  return { params, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const actual = await scrypt(password, parsed.salt, parsed.hash.length, parsed.params);
  return timingSafeEqual(actual, parsed.hash);
}

/** True when a stored hash was made with other parameters than today's: the next successful login rehashes it. */
export function needsRehash(stored: string, params: ScryptParams = CURRENT_SCRYPT): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.params.N !== params.N || parsed.params.r !== params.r || parsed.params.p !== params.p;
}

/** A hash no password matches, at today's cost: a wrong username takes as long as a wrong password. */
export const DUMMY_HASH = [
  'scrypt',
  CURRENT_SCRYPT.N,
  CURRENT_SCRYPT.r,
  CURRENT_SCRYPT.p,
  'AAAAAAAAAAAAAAAAAAAAAA==',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
].join('$');
