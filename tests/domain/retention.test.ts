import { describe, expect, it } from 'vitest';
import { retentionCutoff, retentionDue, retentionEndsAt } from '../../src/domain/retention.ts';

describe('retention: two years after the service ends', () => {
  // Instants in Shanghai time (UTC+8).
  const sh = (s: string) => new Date(`${s}+08:00`);

  it('files may go from 00:00 of the day after the second anniversary of the last day of service', () => {
    const ended = sh('2024-03-15T16:30:00');
    expect(retentionEndsAt(ended).toISOString()).toBe(sh('2026-03-16T00:00:00').toISOString());
    expect(retentionDue(ended, sh('2026-03-15T23:59:59'))).toBe(false);
    expect(retentionDue(ended, sh('2026-03-16T00:00:00'))).toBe(true);
    expect(retentionDue(null, sh('2099-01-01T00:00:00'))).toBe(false);
  });

  it('dates are Shanghai dates: 23:30 UTC on 14 March is already 15 March', () => {
    expect(retentionEndsAt(new Date('2024-03-14T23:30:00Z')).toISOString()).toBe(
      sh('2026-03-16T00:00:00').toISOString(),
    );
  });

  it('a service that ended on 29 February is kept until the end of 28 February two years on', () => {
    expect(retentionEndsAt(sh('2024-02-29T10:00:00')).toISOString()).toBe(sh('2026-03-01T00:00:00').toISOString());
    expect(retentionEndsAt(sh('2024-02-28T10:00:00')).toISOString()).toBe(sh('2026-03-01T00:00:00').toISOString());
    expect(retentionEndsAt(sh('2026-02-28T10:00:00')).toISOString()).toBe(sh('2028-02-29T00:00:00').toISOString());
  });

  it('the query bound agrees with the rule for every end time around leap days and year ends', () => {
    const nows = [
      '2026-03-01T00:00:00',
      '2026-02-28T12:00:00',
      '2028-02-29T00:00:01',
      '2028-03-01T00:00:00',
      '2027-01-01T00:00:00',
      '2026-11-25T10:00:00',
      '2028-02-28T23:59:59',
    ].map(sh);
    for (const now of nows) {
      const cutoff = retentionCutoff(now).getTime();
      // Every 12 hours across the three years before `now`, plus each cutoff's neighbours.
      const ends: number[] = [cutoff - 1, cutoff, cutoff + 1];
      for (let t = now.getTime() - 3 * 366 * 86_400_000; t < now.getTime(); t += 12 * 3_600_000 + 7_000) ends.push(t);
      for (const end of ends)
        expect([now.toISOString(), new Date(end).toISOString(), end < cutoff]).toEqual([
          now.toISOString(),
          new Date(end).toISOString(),
          retentionDue(new Date(end), now),
        ]);
    }
  });
});
