// Login throttling: too many failed logins within a sliding window lock the
// username, or the address they came from, for a while. Pure: the server keeps
// the failure instants (per username key and per address), asks loginVerdict
// before checking a password, records a failure after a wrong one, and clears
// the username's failures (not the address's) after a right one. A locked
// attempt is refused without checking the password and is not recorded, so a
// lock ends on time whatever an attacker keeps sending.

export interface ThrottleRule {
  /** This many failures... */
  failures: number;
  /** ...within this many minutes (a sliding window ending at the last failure)... */
  windowMinutes: number;
  /** ...lock for this many minutes, counted from that last failure. */
  lockMinutes: number;
}

export interface ThrottlePolicy {
  perUsername: ThrottleRule;
  perAddress: ThrottleRule;
}

/**
 * Per username, 5 failures in 15 minutes: room for typos, and at most 480
 * guesses a day against one account, hopeless against a 12-character password
 * that is not a common one. Per address, 20: several people behind one office
 * gateway may mistype, one machine trying many usernames may not. The cost is
 * that anyone can lock a username out for 15 minutes; the address rule does
 * not prevent that, it only slows a guesser.
 */
export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  perUsername: { failures: 5, windowMinutes: 15, lockMinutes: 15 },
  perAddress: { failures: 20, windowMinutes: 15, lockMinutes: 15 },
};

const MINUTE_MS = 60_000;

/** The key failures are counted under, so "Admin " and "admin" share one count; whether the user exists does not matter. */
export function usernameKey(username: string): string {
  return username.trim().toLowerCase();
}

/** When the latest lock these failures earned ends (perhaps already past); null when they never reached the limit. */
export function lockedUntil(failures: readonly Date[], rule: ThrottleRule): Date | null {
  const times = failures.map((f) => f.getTime()).sort((a, b) => a - b);
  let until: number | null = null;
  // Each run of `rule.failures` consecutive failures that fits within the window locks from its last one.
  for (let last = rule.failures - 1; last < times.length; last++) {
    const first = times[last - rule.failures + 1]!;
    if (times[last]! - first < rule.windowMinutes * MINUTE_MS) until = times[last]! + rule.lockMinutes * MINUTE_MS;
  }
  return until === null ? null : new Date(until);
}

/** The failures that can still lock at `now` or later; the older ones can be forgotten. */
export function pruneFailures(failures: readonly Date[], rule: ThrottleRule, now: Date): Date[] {
  const horizon = now.getTime() - (rule.windowMinutes + rule.lockMinutes) * MINUTE_MS;
  return failures.filter((f) => f.getTime() > horizon);
}

export interface FailureHistory {
  /** Failed logins under this username key, from any address. */
  username: readonly Date[];
  /** Failed logins from this address, under any username. */
  address: readonly Date[];
}

export type LoginVerdict =
  { allowed: true } | { allowed: false; lockedBy: 'username' | 'address'; until: Date; minutesLeft: number };

/** May this login attempt go ahead? When both are locked, the lock that ends later is the answer. */
export function loginVerdict(
  history: FailureHistory,
  now: Date,
  policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
): LoginVerdict {
  const locks = [
    { lockedBy: 'username' as const, until: lockedUntil(history.username, policy.perUsername) },
    { lockedBy: 'address' as const, until: lockedUntil(history.address, policy.perAddress) },
  ].filter((l): l is { lockedBy: 'username' | 'address'; until: Date } => l.until !== null && l.until > now);
  if (locks.length === 0) return { allowed: true };
  const { lockedBy, until } = locks.reduce((a, b) => (b.until > a.until ? b : a));
  return { allowed: false, lockedBy, until, minutesLeft: Math.ceil((until.getTime() - now.getTime()) / MINUTE_MS) };
}

/**
 * The refusal's message. The same whichever lock applies, so it tells nothing
 * about whether the username exists.
 */
export function lockoutMessage(minutesLeft: number): string {
  return `Too many failed logins: try again in ${minutesLeft} ${minutesLeft === 1 ? 'minute' : 'minutes'}`;
}
