import { describe, expect, it } from 'vitest';
import { backlogAgeAt, backlogAgeOnDays } from '../../src/domain/turnaroundStatsBacklog.ts';
import type { StatsRequest } from '../../src/domain/turnaroundStatsTypes.ts';
import { addDays, shanghaiDay, startOfShanghaiDay } from '../../src/domain/workingDays.ts';

const today = '2026-11-20';
const now = new Date(startOfShanghaiDay(today).getTime() + 10 * 3_600_000); // 10:00 in Shanghai

describe('backlogAgeOnDays', () => {
  it('ages by days what the days decide, and leaves today to the instant', () => {
    expect(backlogAgeOnDays(null, '2026-11-18', today)).toBe('unknown');
    expect(backlogAgeOnDays('2026-11-19', null, today)).toBe('unknown');
    expect(backlogAgeOnDays('2026-11-19', '2026-11-14', today)).toBe('breached');
    expect(backlogAgeOnDays(today, '2026-11-17', today)).toBe('today');
    expect(backlogAgeOnDays('2026-11-21', '2026-11-19', today)).toBe('at_risk');
    expect(backlogAgeOnDays('2026-11-25', today, today)).toBe('today');
    expect(backlogAgeOnDays('2026-11-25', '2026-11-21', today)).toBe('on_track');
  });

  it('agrees with backlogAgeAt wherever it answers, for deadlines every 5 hours over a week', () => {
    const base = startOfShanghaiDay(addDays(today, -3)).getTime();
    const byDays: string[] = [];
    const byInstant: string[] = [];
    for (let due = 0; due < 7 * 24; due += 5) {
      for (const before of [1, 20, 50]) {
        const dueAt = new Date(base + due * 3_600_000);
        const riskAt = new Date(dueAt.getTime() - before * 3_600_000);
        const request = { status: 'in_review', dueAt, riskAt, pausedAt: null } as unknown as StatsRequest;
        const age = backlogAgeOnDays(shanghaiDay(dueAt), shanghaiDay(riskAt), today);
        const label = `${dueAt.toISOString()} ${before}h`;
        byDays.push(`${label} ${age}`);
        byInstant.push(`${label} ${age === 'today' ? 'today' : backlogAgeAt(request, now)}`);
      }
    }
    expect(byDays).toEqual(byInstant);
    // Every answer occurs, so the comparison covers each branch.
    expect(new Set(byDays.map((s) => s.split(' ')[2]))).toEqual(new Set(['breached', 'today', 'at_risk', 'on_track']));
  });
});
