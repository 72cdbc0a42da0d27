import { describe, it, expect } from 'vitest';
import {
  DEFAULT_SLA_POLICY,
  computeSla,
  pauseSpanMs,
  slaDeadlines,
  slaStateFor,
  turnaroundMs,
  type SlaInput,
} from '../../src/domain/sla.ts';
import { DAY_MS, calendarFromRows } from '../../src/domain/workingDays.ts';
import { HOUR_MS, beforeSpringFestival, calendar2026 as cal, sh } from './calendar2026.ts';

function aRequest(overrides: Partial<SlaInput> & { submittedAt: Date }): SlaInput {
  return { decidedAt: null, pausedAt: null, slaPausedMs: 0, ...overrides };
}

describe('pausing while awaiting the customer', () => {
  // Mon 2 Mar 2026 10:00. Without pauses: riskAt Thu 5 Mar 10:00 (14+24+24+10),
  // dueAt Wed 11 Mar 10:00 (Thu 14h = 86, Fri 110, Mon 134, Tue 158, Wed 10h = 168).
  const submittedAt = sh('2026-03-02 10:00');

  it('without pauses the deadlines are Thu 5 Mar 10:00 and Wed 11 Mar 10:00', () => {
    expect(slaDeadlines(cal, submittedAt, 0)).toEqual({
      riskAt: sh('2026-03-05 10:00'),
      dueAt: sh('2026-03-11 10:00'),
    });
  });

  it('a pause from Saturday morning to Sunday evening adds no working time and moves nothing', () => {
    const span = pauseSpanMs(cal, sh('2026-03-07 09:00'), sh('2026-03-08 20:00'));
    expect(span).toBe(0);
    expect(slaDeadlines(cal, submittedAt, span)).toEqual(slaDeadlines(cal, submittedAt, 0));
  });

  it('a pause from Tue 16:00 to Wed 10:00 is 18 working hours and moves both deadlines 18 working hours later', () => {
    const span = pauseSpanMs(cal, sh('2026-03-03 16:00'), sh('2026-03-04 10:00'));
    expect(span).toBe(18 * HOUR_MS); // Tue 8h + Wed 10h
    // Thu 10:00 + 18h: Thu 14h, then Fri 4h. Wed 11th 10:00 + 18h: Wed 14h, then Thu 12th 4h.
    expect(slaDeadlines(cal, submittedAt, span)).toEqual({
      riskAt: sh('2026-03-06 04:00'),
      dueAt: sh('2026-03-12 04:00'),
    });
  });

  it('while paused, elapsed time stands still and the deadlines move later', () => {
    const paused = aRequest({ submittedAt, pausedAt: sh('2026-03-03 16:00') });
    // Wed 10:00: 48h since submission, 18h of it paused = 30h = 1.25 days.
    const wednesday = computeSla(cal, paused, sh('2026-03-04 10:00'));
    expect(wednesday.paused).toBe(true);
    expect(wednesday.workingDaysElapsed).toBe(1.3);
    expect(wednesday.riskAt).toEqual(sh('2026-03-06 04:00'));
    // A working day later the clock still reads 30h; the deadlines moved 24 working hours.
    const thursday = computeSla(cal, paused, sh('2026-03-05 10:00'));
    expect(thursday.workingDaysElapsed).toBe(1.3);
    expect(thursday.slaState).toBe('on_track');
    // 72h + 42h paused = 114h from Mon 10:00: Mon 14, Tue 38, Wed 62, Thu 86, Fri 110, Mon 9th 4h.
    expect(thursday.riskAt).toEqual(sh('2026-03-09 04:00'));
  });

  it('after resuming, the completed pause stays excluded and matches what the server stored', () => {
    const span = pauseSpanMs(cal, sh('2026-03-03 16:00'), sh('2026-03-04 10:00'));
    const sla = computeSla(cal, aRequest({ submittedAt, slaPausedMs: span }), sh('2026-03-05 10:00'));
    // 72h since submission - 18h paused = 54h = 2.25 days.
    expect(sla.workingDaysElapsed).toBe(2.3);
    expect(sla.slaState).toBe('on_track');
    expect(sla.paused).toBe(false);
    expect({ riskAt: sla.riskAt, dueAt: sla.dueAt }).toEqual(slaDeadlines(cal, submittedAt, span));
  });

  it('a request withdrawn while still carrying pausedAt excludes the pause up to the decision', () => {
    const input = aRequest({ submittedAt, pausedAt: sh('2026-03-03 16:00'), decidedAt: sh('2026-03-04 10:00') });
    expect(turnaroundMs(cal, input)).toBe(30 * HOUR_MS);
    const sla = computeSla(cal, input, sh('2026-03-20 10:00'));
    expect(sla.paused).toBe(false);
    expect(sla.decided).toBe(true);
  });
});

describe('decided requests', () => {
  it('a request decided after 143 working hours is judged at risk on its turnaround, however late it is read', () => {
    // Thu 12 Feb 10:00 -> Fri 27 Feb 09:00: 72h by Tue 24 10:00, +14 +24 +24 +9 = 143h = 5.96 days.
    const input = aRequest({ submittedAt: beforeSpringFestival, decidedAt: sh('2026-02-27 09:00') });
    const sla = computeSla(cal, input, sh('2026-06-01 10:00'));
    expect(sla.decided).toBe(true);
    expect(sla.workingDaysElapsed).toBe(6);
    expect(sla.slaState).toBe('at_risk');
    expect(sla.riskAt).toEqual(sh('2026-02-24 10:00'));
    expect(sla.dueAt).toEqual(sh('2026-02-28 10:00'));
    expect(turnaroundMs(cal, input)).toBe(143 * HOUR_MS);
  });

  it('a request decided Mon 2 Mar 09:00 after 191 working hours is breached', () => {
    // Due Sat 28 Feb 10:00 (168h), then Sat 14h = 182, Sun off, Mon 9h = 191h.
    const input = aRequest({ submittedAt: beforeSpringFestival, decidedAt: sh('2026-03-02 09:00') });
    expect(turnaroundMs(cal, input)).toBe(191 * HOUR_MS);
    expect(computeSla(cal, input, sh('2026-03-02 09:00')).slaState).toBe('breached');
  });

  it('a request decided within 3 working days is on track', () => {
    const input = aRequest({ submittedAt: beforeSpringFestival, decidedAt: sh('2026-02-13 10:00') });
    const sla = computeSla(cal, input, sh('2026-12-01 10:00'));
    expect(sla.workingDaysElapsed).toBe(1);
    expect(sla.slaState).toBe('on_track');
  });

  it('an undecided request has no turnaround', () => {
    expect(() => turnaroundMs(cal, aRequest({ submittedAt: beforeSpringFestival }))).toThrow(RangeError);
  });
});

describe('a year without a calendar is never guessed', () => {
  it('a request submitted in 2027 (uncovered) has no elapsed time, no state and no deadlines', () => {
    const sla = computeSla(cal, aRequest({ submittedAt: sh('2027-01-05 10:00') }), sh('2027-01-06 10:00'));
    expect(sla).toEqual({
      workingDaysElapsed: null,
      riskAt: null,
      dueAt: null,
      slaState: null,
      paused: false,
      decided: false,
      missingCalendarYears: [2027],
    });
  });

  it('a request submitted Wed 30 Dec 2026 has elapsed time but deadlines that need 2027', () => {
    // Wed 14h + Thu 12h = 26h = 1.08 days; 72h would run into January 2027.
    const sla = computeSla(cal, aRequest({ submittedAt: sh('2026-12-30 10:00') }), sh('2026-12-31 12:00'));
    expect(sla.workingDaysElapsed).toBe(1.1);
    expect(sla.slaState).toBe('on_track');
    expect(sla.riskAt).toBeNull();
    expect(sla.dueAt).toBeNull();
    expect(sla.missingCalendarYears).toEqual([2027]);
  });

  it('read in January 2027, a December 2026 request keeps its 2026 deadlines but has no elapsed time', () => {
    // Tue 1 Dec 10:00: risk Fri 4 Dec 10:00 (14+24+24+10); due Thu 10 Dec 10:00 (Fri 14h = 86, Mon 110, Tue 134, Wed 158, Thu 10h).
    const sla = computeSla(cal, aRequest({ submittedAt: sh('2026-12-01 10:00') }), sh('2027-01-05 10:00'));
    expect(sla.riskAt).toEqual(sh('2026-12-04 10:00'));
    expect(sla.dueAt).toEqual(sh('2026-12-10 10:00'));
    expect(sla.workingDaysElapsed).toBeNull();
    expect(sla.slaState).toBeNull();
    expect(sla.missingCalendarYears).toEqual([2027]);
  });

  it('lists every missing year, in order', () => {
    const only2026 = calendarFromRows([2026], []);
    const sla = computeSla(only2026, aRequest({ submittedAt: sh('2025-12-31 10:00') }), sh('2027-01-02 10:00'));
    expect(sla.missingCalendarYears).toEqual([2025, 2027]);
  });

  it('slaDeadlines throws CalendarGapError so the server can flag the request', () => {
    expect(() => slaDeadlines(cal, sh('2026-12-30 10:00'), 0)).toThrow(/no working-day calendar for 2027/);
  });
});

describe('policy', () => {
  it('the default policy is at risk from 3 and breached over 7 working days', () => {
    expect(DEFAULT_SLA_POLICY).toEqual({ riskWorkingDays: 3, dueWorkingDays: 7 });
    expect(slaStateFor(3 * DAY_MS - 1)).toBe('on_track');
    expect(slaStateFor(3 * DAY_MS)).toBe('at_risk');
    expect(slaStateFor(7 * DAY_MS)).toBe('at_risk');
    expect(slaStateFor(7 * DAY_MS + 1)).toBe('breached');
  });

  it('a stricter policy (1 and 2 working days) moves the deadlines and the state', () => {
    const policy = { riskWorkingDays: 1, dueWorkingDays: 2 };
    const sla = computeSla(cal, aRequest({ submittedAt: beforeSpringFestival }), sh('2026-02-14 12:00'), policy);
    // Thu 14h + Fri 24h + Sat 12h = 50h > 48h.
    expect(sla.slaState).toBe('breached');
    expect(sla.riskAt).toEqual(sh('2026-02-13 10:00'));
    expect(sla.dueAt).toEqual(sh('2026-02-14 10:00'));
  });
});
