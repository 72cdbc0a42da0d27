import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THROTTLE_POLICY,
  lockedUntil,
  lockoutMessage,
  loginVerdict,
  pruneFailures,
  usernameKey,
  type FailureHistory,
} from '../../src/domain/loginThrottle.ts';

const START = new Date('2026-03-02T09:00:00+08:00');
const MINUTE = 60_000;

/** A hand-moved clock and the failures recorded for one username from one address. */
function aLoginDesk() {
  let now = START;
  const history: { username: Date[]; address: Date[] } = { username: [], address: [] };
  return {
    history,
    now: () => now,
    wait: (minutes: number) => {
      now = new Date(now.getTime() + minutes * MINUTE);
    },
    /** A wrong password, recorded only when the attempt was allowed, as the server does. */
    fail(times = 1) {
      for (let i = 0; i < times; i++) {
        if (!loginVerdict(history, now).allowed) continue;
        history.username.push(now);
        history.address.push(now);
      }
    },
    verdict: () => loginVerdict(history, now),
  };
}

describe('per username: 5 failures in 15 minutes lock it for 15 minutes', () => {
  it('four wrong passwords still leave a fifth try', () => {
    const desk = aLoginDesk();
    desk.fail(4);
    expect(desk.verdict()).toEqual({ allowed: true });
  });

  it('twelve wrong passwords in a row do not open the door: from the sixth attempt on, locked', () => {
    const desk = aLoginDesk();
    desk.fail(12);
    expect(desk.history.username).toHaveLength(5);
    expect(desk.verdict()).toMatchObject({ allowed: false, lockedBy: 'username', minutesLeft: 15 });
  });

  it('the minutes left count down, and the lock ends on time', () => {
    const desk = aLoginDesk();
    desk.fail(5);
    desk.wait(14);
    expect(desk.verdict()).toMatchObject({ allowed: false, minutesLeft: 1 });
    desk.wait(0.5);
    expect(desk.verdict()).toMatchObject({ allowed: false, minutesLeft: 1 });
    desk.wait(0.5);
    expect(desk.verdict()).toEqual({ allowed: true });
  });

  it('the lock is counted from the failure that reached the limit', () => {
    const desk = aLoginDesk();
    desk.fail(4);
    desk.wait(10);
    desk.fail();
    expect(desk.verdict()).toMatchObject({ allowed: false, until: new Date(START.getTime() + 25 * MINUTE) });
  });

  it('failures spread over more than the window never lock', () => {
    const desk = aLoginDesk();
    for (let i = 0; i < 20; i++) {
      desk.fail();
      desk.wait(4);
    }
    expect(desk.verdict()).toEqual({ allowed: true });
  });

  it('after a lock one more failure does not lock again: it takes five within a window again', () => {
    const desk = aLoginDesk();
    desk.fail(5);
    desk.wait(15);
    desk.fail(4);
    expect(desk.verdict()).toEqual({ allowed: true });
    desk.fail();
    expect(desk.verdict()).toMatchObject({ allowed: false, minutesLeft: 15 });
  });

  it('failures recorded in any order count the same', () => {
    const failures = [4, 0, 3, 1, 2].map((m) => new Date(START.getTime() + m * MINUTE));
    expect(lockedUntil(failures, DEFAULT_THROTTLE_POLICY.perUsername)).toEqual(new Date(START.getTime() + 19 * MINUTE));
  });

  it('"Admin " and "admin" are one username to count', () => {
    expect(usernameKey(' Admin ')).toBe(usernameKey('admin'));
  });
});

describe('per address: 20 failures in 15 minutes lock it, whatever the usernames', () => {
  it('one machine trying twenty usernames is locked out of the twenty-first', () => {
    const fromOneMachine: Date[] = Array.from({ length: 20 }, (_, i) => new Date(START.getTime() + i * 30_000));
    const now = new Date(START.getTime() + 10 * MINUTE);
    const history: FailureHistory = { username: [], address: fromOneMachine };
    expect(loginVerdict(history, now)).toMatchObject({ allowed: false, lockedBy: 'address', minutesLeft: 15 });
    expect(loginVerdict({ username: [], address: fromOneMachine.slice(1) }, now)).toEqual({ allowed: true });
  });

  it('when both are locked, the lock that ends later is the answer', () => {
    const at = (m: number) => new Date(START.getTime() + m * MINUTE);
    const username = [0, 1, 2, 3, 4].map(at);
    const address = Array.from({ length: 20 }, (_, i) => at(i / 2));
    expect(loginVerdict({ username, address }, at(5))).toMatchObject({
      lockedBy: 'address',
      until: at(24.5),
      minutesLeft: 20,
    });
  });
});

describe('a different policy', () => {
  it('3 failures in 10 minutes, locked for an hour', () => {
    const policy = { ...DEFAULT_THROTTLE_POLICY, perUsername: { failures: 3, windowMinutes: 10, lockMinutes: 60 } };
    const at = (m: number) => new Date(START.getTime() + m * MINUTE);
    expect(loginVerdict({ username: [at(0), at(5), at(9)], address: [] }, at(9), policy)).toMatchObject({
      allowed: false,
      minutesLeft: 60,
    });
    expect(loginVerdict({ username: [at(0), at(5), at(10)], address: [] }, at(10), policy)).toEqual({ allowed: true });
  });
});

describe('forgetting old failures', () => {
  it('pruning never changes the verdict, now or later', () => {
    const rule = DEFAULT_THROTTLE_POLICY.perUsername;
    const failures = [0, 1, 2, 3, 4, 20, 29, 31, 33, 34, 35, 36].map((m) => new Date(START.getTime() + m * MINUTE));
    for (let m = 0; m <= 80; m++) {
      const now = new Date(START.getTime() + m * MINUTE);
      const past = failures.filter((f) => f <= now);
      const kept = pruneFailures(past, rule, now);
      const next = new Date(now.getTime() + 1);
      expect(loginVerdict({ username: kept, address: [] }, now), `minute ${m}`).toEqual(
        loginVerdict({ username: past, address: [] }, now),
      );
      expect(loginVerdict({ username: [...kept, next], address: [] }, next), `minute ${m}, one more failure`).toEqual(
        loginVerdict({ username: [...past, next], address: [] }, next),
      );
    }
  });

  it('keeps nothing older than the window and the lock together', () => {
    const rule = DEFAULT_THROTTLE_POLICY.perUsername;
    const now = new Date(START.getTime() + 60 * MINUTE);
    const failures = [29, 30, 31].map((m) => new Date(START.getTime() + m * MINUTE));
    expect(pruneFailures(failures, rule, now)).toEqual([failures[2]]);
  });
});

describe('the message', () => {
  it('says how long to wait, in minutes', () => {
    expect(lockoutMessage(15)).toBe('Too many failed logins: try again in 15 minutes');
    expect(lockoutMessage(1)).toBe('Too many failed logins: try again in 1 minute');
  });
});
