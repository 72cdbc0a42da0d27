import { describe, expect, it } from 'vitest';
import {
  lastDays,
  presetOf,
  previousRange,
  rangeLength,
  searchFromView,
  viewFromSearch,
} from '../../src/admin/dashboard/dashboardRange.ts';
import { kpiFigures } from '../../src/admin/dashboard/kpiFigures.ts';
import {
  backlogQueue,
  decidedQueue,
  histogramQueue,
  infoRequestsLog,
  weekRange,
} from '../../src/admin/dashboard/queueLinks.ts';
import { parseManualDays } from '../../src/admin/calendar/manualDays.ts';
import type { TurnaroundStatsAnswer } from '../../src/domain/turnaroundStatsTypes.ts';

// 2026-11-29 08:00 in Shanghai (00:00 UTC): "today" is the 29th there.
const NOW = new Date('2026-11-29T00:00:00Z');

const filterOf = (url: string) => JSON.parse(new URLSearchParams(url.split('?')[1]).get('filter')!) as unknown;

describe('the dashboard view lives in the URL', () => {
  it('defaults to the last 30 Shanghai days, whole team', () => {
    expect(viewFromSearch(new URLSearchParams(), NOW)).toEqual({ range: { from: '2026-10-31', to: '2026-11-29' } });
  });

  it('reads a shared view back exactly', () => {
    const view = { range: { from: '2026-09-28', to: '2026-10-11' }, reviewerId: 3 };
    expect(viewFromSearch(searchFromView(view), NOW)).toEqual(view);
  });

  it('ignores a malformed or reversed range and a bad reviewer id', () => {
    const fallback = lastDays(30, NOW);
    expect(viewFromSearch(new URLSearchParams('from=2026-02-30&to=2026-03-05'), NOW).range).toEqual(fallback);
    expect(viewFromSearch(new URLSearchParams('from=2026-11-10&to=2026-11-01'), NOW).range).toEqual(fallback);
    expect(viewFromSearch(new URLSearchParams('reviewerId=abc'), NOW).reviewerId).toBeUndefined();
  });

  it('compares with the period of the same length just before', () => {
    const range = { from: '2026-10-01', to: '2026-10-07' };
    expect(previousRange(range)).toEqual({ from: '2026-09-24', to: '2026-09-30' });
    expect(rangeLength(previousRange(range))).toBe(7);
    // Across a month of 31 days and a leap February.
    expect(previousRange({ from: '2028-03-01', to: '2028-03-31' })).toEqual({ from: '2028-01-30', to: '2028-02-29' });
  });

  it('knows a preset range only while it ends today', () => {
    expect(presetOf(lastDays(7, NOW), NOW)).toBe(7);
    expect(presetOf({ from: '2026-11-01', to: '2026-11-07' }, NOW)).toBeUndefined();
  });
});

const answer = (over: Partial<TurnaroundStatsAnswer>): TurnaroundStatsAnswer => ({
  from: '2026-11-01',
  to: '2026-11-29',
  reviewerId: null,
  missingCalendarYears: [],
  ...over,
});

describe('KPI cards', () => {
  const sla = (met: number, openBreached: number, share: number | null) => ({ met, missed: 0, openBreached, share });

  it('shows each figure with its change against the previous period', () => {
    const current = answer({ medianWorkingDays: 2.5, p90WorkingDays: 6.1, withinSla: sla(9, 1, 0.9) });
    const previous = answer({ medianWorkingDays: 3, p90WorkingDays: 5.6, withinSla: sla(8, 3, 0.8) });
    const byId = Object.fromEntries(kpiFigures(current, previous).map((k) => [k.id, k]));
    expect(byId.median).toMatchObject({ value: 2.5, change: -0.5 });
    expect(byId.p90).toMatchObject({ value: 6.1, change: 0.5 });
    expect(byId.share).toMatchObject({ value: 90, change: 10, unit: 'percent', higherIsBetter: true });
    expect(byId.openBreached).toMatchObject({ value: 1, change: -2 });
  });

  it('has no change where either period has no figure; the backlog of an answer without its edges has none', () => {
    const current = answer({
      medianWorkingDays: 2,
      backlog: [{ status: 'submitted', age: { on_track: 2, at_risk: 1, breached: 3, unknown: 0 } }],
    });
    const byId = Object.fromEntries(kpiFigures(current, answer({ medianWorkingDays: null })).map((k) => [k.id, k]));
    expect(byId.median!.change).toBeNull();
    expect(byId.backlog).toMatchObject({ value: 6, change: null });
  });

  it('shows the backlog as the range ended and its change since the range began (the previous period end)', () => {
    const current = answer({
      backlog: [{ status: 'submitted', age: { on_track: 2, at_risk: 1, breached: 3, unknown: 0 } }],
      backlogAtStart: 9,
      backlogAtEnd: 6,
    });
    const byId = Object.fromEntries(kpiFigures(current, answer({})).map((k) => [k.id, k]));
    expect(byId.backlog).toMatchObject({ value: 6, change: -3, higherIsBetter: false });
  });
});

describe('a click on a chart opens the queue filtered to the bar', () => {
  it('the ">7" backlog bar opens the breached open requests of that status', () => {
    expect(backlogQueue('in_review', 'breached')).toMatch(/^\/requests\?/);
    expect(filterOf(backlogQueue('in_review', 'breached'))).toEqual({ status: 'in_review', slaState: 'breached' });
    expect(filterOf(backlogQueue('submitted', 'unknown', 4))).toEqual({ status: 'submitted', assigneeId: 4 });
  });

  it('a week opens the requests decided in its part of the range', () => {
    const range = { from: '2026-11-04', to: '2026-11-29' };
    expect(weekRange('2026-11-02', range)).toEqual({ from: '2026-11-04', to: '2026-11-08' });
    expect(filterOf(decidedQueue(weekRange('2026-11-09', range), 3))).toEqual({
      status: ['approved', 'rejected', 'paused_instead'],
      decidedFrom: '2026-11-09',
      decidedTo: '2026-11-15',
      decidedBy: 3,
    });
  });

  it("an information-request segment opens the audit log: the reviewer's info requests in the range", () => {
    expect(filterOf(infoRequestsLog({ from: '2026-11-01', to: '2026-11-29' }, 3))).toEqual({
      actorId: 3,
      action: 'request.info_requested',
      occurredFrom: '2026-11-01',
      occurredTo: '2026-11-29',
    });
    expect(infoRequestsLog({ from: '2026-11-01', to: '2026-11-29' }, 3)).toMatch(/^\/audit-events\?/);
  });

  it('a histogram bar opens its decided range and its bucket: (from, to], the first from 0, the last open-ended', () => {
    const range = { from: '2026-11-01', to: '2026-11-29' };
    const decided = {
      status: ['approved', 'rejected', 'paused_instead'],
      decidedFrom: '2026-11-01',
      decidedTo: '2026-11-29',
    };
    expect(filterOf(histogramQueue(range, { from: 0, to: 0.5 }))).toEqual({ ...decided, turnaroundTo: 0.5 });
    expect(filterOf(histogramQueue(range, { from: 6.5, to: 7 }, 3))).toEqual({
      ...decided,
      decidedBy: 3,
      turnaroundFrom: 6.5,
      turnaroundTo: 7,
    });
    expect(filterOf(histogramQueue(range, { from: 10, to: null }))).toEqual({ ...decided, turnaroundFrom: 10 });
  });
});

describe('a calendar year typed by hand', () => {
  it('reads one day a line, holidays and 调休 working days', () => {
    const text = '2027-10-01 holiday 国庆节\n\n2027-09-26 workday 国庆节调休\n2027-01-01 休';
    expect(parseManualDays(text, 2027)).toEqual({
      days: [
        { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
        { date: '2027-09-26', kind: 'workday', name: '国庆节调休' },
        { date: '2027-01-01', kind: 'holiday' },
      ],
      badLines: [],
    });
  });

  it('reports lines it cannot read or that fall outside the year, never guesses', () => {
    const text = '2027-02-30 holiday\n2028-01-01 holiday 元旦\nnational day\n2027-05-01 holiday 劳动节';
    const { days, badLines } = parseManualDays(text, 2027);
    expect(badLines).toEqual([1, 2, 3]);
    expect(days).toHaveLength(1);
  });
});
