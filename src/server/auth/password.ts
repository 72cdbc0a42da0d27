import { hash as argon2Hash, parseOptions, verify as argon2Verify } from '@node-rs/argon2';
import { scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { hashSlots } from './hashSlots.ts';

export interface Argon2Params {
  /** KiB of memory (`m=` in the stored hash). */
  memoryCost: number;
  /** Passes over that memory (`t=`). */
  timeCost: number;
  /** Lanes (`p=`). */
  parallelism: number;
}

/**
 * OWASP Password Storage Cheat Sheet's first choice: argon2id with 19 MiB,
 * two passes, one lane. ~20 ms on this project's 2-core machines against
 * ~500 ms for scrypt at OWASP's N=2^17, which used to be most of a login's
 * time (issue 14). @node-rs/argon2 ships prebuilt binaries: no compiler, no
 * install script; Node 20 has no argon2 of its own.
 */
export const OWASP_ARGON2ID: Argon2Params = { memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 };

const ARGON2ID = 2; // Algorithm.Argon2id: a const enum, which isolatedModules cannot read from a .d.ts

// A stored hash asking for more than these is refused rather than computed.
const MAX_ARGON2_KIB = 256 * 1024;
const MAX_ARGON2_PASSES = 16;
const MAX_SCRYPT_N = 1 << 20;

// Hashing runs on libuv's thread pool; the bound keeps a flood of logins from taking it all.
const withSlot = hashSlots(2, 64);

/** PHC format, `$argon2id$v=19$m=19456,t=2,p=1$salt$hash`: the parameters travel with the hash, so they can change. */
export async function hashPassword(password: string, params: Argon2Params = OWASP_ARGON2ID): Promise<string> {
  return withSlot(() => argon2Hash(password, { ...params, algorithm: ARGON2ID }));
}

function argon2Options(stored: string): Argon2Params | null {
  if (!stored.startsWith('$argon2id$')) return null;
  try {
    const { algorithm, memoryCost, timeCost, parallelism } = parseOptions(stored);
    if (algorithm !== ARGON2ID || memoryCost > MAX_ARGON2_KIB || timeCost > MAX_ARGON2_PASSES) return null;
    return { memoryCost, timeCost, parallelism };
  } catch {
    return null;
  }
}

/**
 * Hashes of the earlier scheme, `scrypt$N$r$p$salt$hash` (base64). Still
 * verified, so nobody is locked out; a successful login replaces them.
 */
function parseScrypt(stored: string) {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (
    ![params.N, params.r, params.p].every(Number.isSafeInteger) ||
    params.N > MAX_SCRYPT_N ||
    params.r * params.p > 64
  ) {
    return null;
  }
  return { params, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

function verifyScrypt(password: string, { params, salt, key }: NonNullable<ReturnType<typeof parseScrypt>>) {
  // OpenSSL needs 128·r·(N+2) bytes for V plus 128·r·p for B; twice 128·N·r covers both.
  const maxmem = 2 * 128 * params.N * params.r;
  return new Promise<boolean>((resolve, reject) =>
    scryptCb(password, salt, key.length, { ...params, maxmem }, (err, actual) =>
      err ? reject(err) : resolve(timingSafeEqual(actual, key)),
    ),
  );
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (argon2Options(stored)) return withSlot(() => argon2Verify(stored, password));
  const scrypt = parseScrypt(stored);
  return scrypt ? withSlot(() => verifyScrypt(password, scrypt)) : false;
}

/** True unless a stored hash is argon2id at today's parameters: the next successful login rehashes it. */
export function needsRehash(stored: string, params: Argon2Params = OWASP_ARGON2ID): boolean {
  const options = argon2Options(stored);
  return (
    !options ||
    options.memoryCost !== params.memoryCost ||
    options.timeCost !== params.timeCost ||
    options.parallelism !== params.parallelism
  );
}

/** A hash no password matches, at today's cost: a wrong username takes as long as a wrong password. */
export const DUMMY_HASH = `$argon2id$v=19$m=${OWASP_ARGON2ID.memoryCost},t=${OWASP_ARGON2ID.timeCost},p=${OWASP_ARGON2ID.parallelism}$${'A'.repeat(22)}$${'A'.repeat(43)}`;
