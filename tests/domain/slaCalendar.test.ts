import { describe, it, expect } from 'vitest';
import { computeSla, type SlaInput } from '../../src/domain/sla.ts';
import { beforeSpringFestival, calendar2026 as cal, sh } from './calendar2026.ts';

function aRequest(overrides: Partial<SlaInput> & { submittedAt: Date }): SlaInput {
  return { decidedAt: null, pausedAt: null, slaPausedMs: 0, ...overrides };
}

describe('deadlines across Spring Festival 2026', () => {
  it('a request submitted Thursday 10:00 before Spring Festival reaches 3 working days on Tue 24 Feb 10:00', () => {
    // Thu 14h + Fri 24h + Sat 14th (调休) 24h + Tue 10h = 72h.
    const sla = computeSla(cal, aRequest({ submittedAt: beforeSpringFestival }), sh('2026-02-13 09:00'));
    expect(sla.riskAt).toEqual(sh('2026-02-24 10:00'));
    expect(sla.riskAt?.toISOString()).toBe('2026-02-24T02:00:00.000Z');
  });

  it('the same request is due on the 调休 Saturday 28 Feb 10:00', () => {
    // From Tue 24 10:00 (72h): Tue 14h = 86, Wed 110, Thu 134, Fri 158, Sat 10h = 168.
    const sla = computeSla(cal, aRequest({ submittedAt: beforeSpringFestival }), sh('2026-02-13 09:00'));
    expect(sla.dueAt).toEqual(sh('2026-02-28 10:00'));
    expect(sla.dueAt?.toISOString()).toBe('2026-02-28T02:00:00.000Z');
  });

  it('on the last holiday it has 62 working hours (2.6 days) and is on track', () => {
    // Thu 14h + Fri 24h + Sat 24h = 62h = 2.58 days; the holiday adds nothing.
    const sla = computeSla(cal, aRequest({ submittedAt: beforeSpringFestival }), sh('2026-02-23 18:00'));
    expect(sla).toEqual({
      workingDaysElapsed: 2.6,
      riskAt: sh('2026-02-24 10:00'),
      dueAt: sh('2026-02-28 10:00'),
      slaState: 'on_track',
      paused: false,
      decided: false,
      missingCalendarYears: [],
    });
  });

  it('at exactly 3 working days it is at risk', () => {
    const sla = computeSla(cal, aRequest({ submittedAt: beforeSpringFestival }), sh('2026-02-24 10:00'));
    expect(sla.workingDaysElapsed).toBe(3);
    expect(sla.slaState).toBe('at_risk');
  });

  it('one millisecond before 3 working days it is still on track', () => {
    const sla = computeSla(
      cal,
      aRequest({ submittedAt: beforeSpringFestival }),
      new Date(sh('2026-02-24 10:00').getTime() - 1),
    );
    expect(sla.slaState).toBe('on_track');
  });

  it('at exactly 7 working days it is at risk, one millisecond later it is breached', () => {
    const due = sh('2026-02-28 10:00');
    expect(computeSla(cal, aRequest({ submittedAt: beforeSpringFestival }), due).slaState).toBe('at_risk');
    const late = computeSla(cal, aRequest({ submittedAt: beforeSpringFestival }), new Date(due.getTime() + 1));
    expect(late.slaState).toBe('breached');
    expect(late.workingDaysElapsed).toBe(7);
  });
});

describe('a request submitted on a Sunday', () => {
  // Sun 8 Mar 2026 15:00: the clock starts Monday 9 Mar 00:00 (no holidays in March).
  const sunday = sh('2026-03-08 15:00');

  it('reaches 3 working days at the end of Wednesday (Thu 12 Mar 00:00)', () => {
    const sla = computeSla(cal, aRequest({ submittedAt: sunday }), sh('2026-03-08 20:00'));
    expect(sla.riskAt).toEqual(sh('2026-03-12 00:00'));
  });

  it('is due at the end of the following Tuesday (Wed 18 Mar 00:00): Mon-Fri plus Mon, Tue', () => {
    const sla = computeSla(cal, aRequest({ submittedAt: sunday }), sh('2026-03-08 20:00'));
    expect(sla.dueAt).toEqual(sh('2026-03-18 00:00'));
  });

  it('has 0 working days on the Sunday itself and 1.5 on Tuesday noon', () => {
    expect(computeSla(cal, aRequest({ submittedAt: sunday }), sh('2026-03-08 23:59')).workingDaysElapsed).toBe(0);
    expect(computeSla(cal, aRequest({ submittedAt: sunday }), sh('2026-03-10 12:00')).workingDaysElapsed).toBe(1.5);
  });
});

describe('National Day and Mid-Autumn 2026', () => {
  it('a request submitted Tue 29 Sep 10:00 reaches 3 working days on Fri 9 Oct 10:00', () => {
    // Tue 14h + Wed 30th 24h = 38h; Oct 1-7 off; Thu 8th 24h = 62h; Fri 9th 10h = 72h.
    const sla = computeSla(cal, aRequest({ submittedAt: sh('2026-09-29 10:00') }), sh('2026-09-30 10:00'));
    expect(sla.riskAt).toEqual(sh('2026-10-09 10:00'));
  });

  it('and is due Wed 14 Oct 10:00, counting the 调休 Saturday 10 Oct', () => {
    // From Fri 9th 10:00 (72h): Fri 14h = 86, Sat 10th 110, Mon 134, Tue 158, Wed 14th 10h = 168.
    const sla = computeSla(cal, aRequest({ submittedAt: sh('2026-09-29 10:00') }), sh('2026-09-30 10:00'));
    expect(sla.dueAt).toEqual(sh('2026-10-14 10:00'));
  });

  it('a request submitted Fri 18 Sep 10:00 counts the 调休 Sunday 20 Sep and reaches 3 days Tue 22 Sep 10:00', () => {
    // Fri 14h; Sat 19th off; Sun 20th 24h = 38h; Mon 21st 62h; Tue 22nd 10h = 72h.
    const sla = computeSla(cal, aRequest({ submittedAt: sh('2026-09-18 10:00') }), sh('2026-09-18 11:00'));
    expect(sla.riskAt).toEqual(sh('2026-09-22 10:00'));
  });

  it('during the National Day holiday a request submitted Tue 29 Sep 10:00 stays at 38 working hours', () => {
    const sla = computeSla(cal, aRequest({ submittedAt: sh('2026-09-29 10:00') }), sh('2026-10-07 23:00'));
    expect(sla.workingDaysElapsed).toBe(1.6); // 38h / 24h = 1.583
    expect(sla.slaState).toBe('on_track');
  });
});
