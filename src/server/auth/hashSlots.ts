import { ApiError } from '../http/errors.ts';

/**
 * A small semaphore around password hashing. One argon2id hash at OWASP's
 * parameters takes 19 MiB and a libuv worker thread for ~20 ms (an old scrypt
 * hash, until its login redoes it, 128 MiB for ~0.5 s); without a bound, a
 * flood of logins would take the whole thread pool (which file reads and
 * uploads need too) and the memory with it. Two at
 * once leave half of libuv's four threads free; up to `maxWaiting` more wait
 * their turn, beyond that the login is refused with 503 at once.
 */
export function hashSlots(concurrency: number, maxWaiting: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return async function withSlot<T>(work: () => Promise<T>): Promise<T> {
    if (running < concurrency) running++;
    else if (waiting.length < maxWaiting) await new Promise<void>((resolve) => waiting.push(resolve));
    else throw new ApiError(503, 'the server is busy checking other logins: try again in a moment');
    try {
      return await work();
    } finally {
      release();
    }
  };
}
