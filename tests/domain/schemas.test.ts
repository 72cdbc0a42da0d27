import { describe, it, expect } from 'vitest';
import { loginInput, requestListFilter, requestStatusSchema, roleSchema } from '../../src/domain/schemas.ts';

describe('login input', () => {
  it('accepts a username and password', () => {
    expect(loginInput.parse({ username: 'wangfang', password: 'correct horse' })).toEqual({
      username: 'wangfang',
      password: 'correct horse',
    });
  });

  it('refuses an empty or blank username and an empty password', () => {
    expect(loginInput.safeParse({ username: '', password: 'x' }).success).toBe(false);
    expect(loginInput.safeParse({ username: '   ', password: 'x' }).success).toBe(false);
    expect(loginInput.safeParse({ username: 'wangfang', password: '' }).success).toBe(false);
  });

  it('refuses a username over 64 characters and a password over 200', () => {
    expect(loginInput.safeParse({ username: 'a'.repeat(65), password: 'x' }).success).toBe(false);
    expect(loginInput.safeParse({ username: 'a'.repeat(64), password: 'x'.repeat(200) }).success).toBe(true);
    expect(loginInput.safeParse({ username: 'a', password: 'x'.repeat(201) }).success).toBe(false);
  });
});

describe('request list filter', () => {
  it('accepts every documented key', () => {
    const filter = {
      q: '王芳 138',
      status: ['submitted', 'in_review'],
      assigneeId: 'mine',
      accountType: 'business',
      reasonCode: 'switch_provider',
      slaState: 'at_risk',
      submittedFrom: '2026-02-01',
      submittedTo: '2026-02-28T23:59:59+08:00',
      id: [1, 2, 3],
      accountId: 42,
    };
    expect(requestListFilter.parse(filter)).toEqual(filter);
  });

  it('a single status, a staff id and null (unassigned) are accepted', () => {
    expect(requestListFilter.parse({ status: 'awaiting_customer' })).toEqual({ status: 'awaiting_customer' });
    expect(requestListFilter.parse({ assigneeId: 5 })).toEqual({ assigneeId: 5 });
    expect(requestListFilter.parse({ assigneeId: null })).toEqual({ assigneeId: null });
    expect(requestListFilter.parse({})).toEqual({});
  });

  it('an unknown key is refused (strict), so a typo never silently lists everything', () => {
    expect(requestListFilter.safeParse({ stauts: 'submitted' }).success).toBe(false);
  });

  it('an unknown status, SLA state or account type is refused', () => {
    expect(requestListFilter.safeParse({ status: 'open' }).success).toBe(false);
    expect(requestListFilter.safeParse({ status: ['submitted', 'done'] }).success).toBe(false);
    expect(requestListFilter.safeParse({ slaState: 'late' }).success).toBe(false);
    expect(requestListFilter.safeParse({ accountType: 'family' }).success).toBe(false);
  });

  it('an assignee must be a positive integer, "mine" or null', () => {
    expect(requestListFilter.safeParse({ assigneeId: 0 }).success).toBe(false);
    expect(requestListFilter.safeParse({ assigneeId: 1.5 }).success).toBe(false);
    expect(requestListFilter.safeParse({ assigneeId: 'me' }).success).toBe(false);
  });

  it('a turnaround range is two numbers of working days, from not above to; a decider is a staff id', () => {
    expect(requestListFilter.parse({ turnaroundFrom: 6.5, turnaroundTo: 7, decidedBy: 3 })).toEqual({
      turnaroundFrom: 6.5,
      turnaroundTo: 7,
      decidedBy: 3,
    });
    expect(requestListFilter.safeParse({ turnaroundFrom: 3, turnaroundTo: 3 }).success).toBe(true);
    const reversed = requestListFilter.safeParse({ turnaroundFrom: 7, turnaroundTo: 3 });
    expect(reversed.success).toBe(false);
    expect(reversed.error?.issues[0]?.path).toEqual(['turnaroundFrom']);
    expect(requestListFilter.safeParse({ turnaroundFrom: '3' }).success).toBe(false);
    expect(requestListFilter.safeParse({ turnaroundTo: -0.5 }).success).toBe(false);
    expect(requestListFilter.safeParse({ decidedBy: 'mine' }).success).toBe(false);
  });

  it('a search over 100 characters is refused', () => {
    expect(requestListFilter.safeParse({ q: 'x'.repeat(101) }).success).toBe(false);
  });

  it('a date-time without an offset is refused: the server must not guess the zone', () => {
    expect(requestListFilter.safeParse({ submittedFrom: '2026-02-01T10:00:00' }).success).toBe(false);
    expect(requestListFilter.safeParse({ submittedFrom: '2026-02-01T10:00:00Z' }).success).toBe(true);
    expect(requestListFilter.safeParse({ submittedFrom: '1 Feb 2026' }).success).toBe(false);
    expect(requestListFilter.safeParse({ submittedTo: '2026-02-30' }).success).toBe(false);
  });

  it('ids must be positive integers', () => {
    expect(requestListFilter.safeParse({ id: [1, 'x'] }).success).toBe(false);
    expect(requestListFilter.safeParse({ accountId: -1 }).success).toBe(false);
  });
});

describe('vocabulary enums', () => {
  it('are built from the vocabulary lists', () => {
    expect(requestStatusSchema.options).toContain('paused_instead');
    expect(roleSchema.safeParse('auditor').success).toBe(false);
  });
});
