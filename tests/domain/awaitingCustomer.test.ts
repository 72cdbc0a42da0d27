import { describe, it, expect } from 'vitest';
import { awaitingDeadlines, checkRejectReason, checkReminder } from '../../src/domain/awaitingCustomer.ts';
import { CalendarGapError } from '../../src/domain/workingDays.ts';
import { calendar2026, sh } from './calendar2026.ts';

describe('awaitingDeadlines', () => {
  it('the first reminder is possible from the next working day after the information request', () => {
    const d = awaitingDeadlines(calendar2026, { pausedAt: sh('2026-11-25 10:00'), remindedAt: null }, 15);
    expect(d.nextReminderAt).toEqual(sh('2026-11-26 00:00'));
  });

  it('asked on a Friday: the weekend is skipped, the reminder waits for Monday', () => {
    const d = awaitingDeadlines(calendar2026, { pausedAt: sh('2026-11-20 16:00'), remindedAt: null }, 15);
    expect(d.nextReminderAt).toEqual(sh('2026-11-23 00:00'));
  });

  it('after a reminder, the next one waits for the working day after it; holidays are skipped', () => {
    // National Day 2026: 1-7 October off.
    const d = awaitingDeadlines(
      calendar2026,
      { pausedAt: sh('2026-09-20 10:00'), remindedAt: sh('2026-09-30 09:00') },
      15,
    );
    expect(d.nextReminderAt).toEqual(sh('2026-10-08 00:00'));
  });

  it('no response: 15 working days after the request, counted in working time', () => {
    const d = awaitingDeadlines(calendar2026, { pausedAt: sh('2026-11-04 10:00'), remindedAt: null }, 15);
    expect(d.noResponseRejectAt).toEqual(sh('2026-11-25 10:00'));
  });

  it('reminders do not move the no-response deadline', () => {
    const a = awaitingDeadlines(calendar2026, { pausedAt: sh('2026-11-04 10:00'), remindedAt: null }, 15);
    const b = awaitingDeadlines(
      calendar2026,
      { pausedAt: sh('2026-11-04 10:00'), remindedAt: sh('2026-11-20 10:00') },
      15,
    );
    expect(b.noResponseRejectAt).toEqual(a.noResponseRejectAt);
  });

  it('a year with no calendar is flagged, never guessed', () => {
    expect(() => awaitingDeadlines(calendar2026, { pausedAt: sh('2026-12-30 10:00'), remindedAt: null }, 15)).toThrow(
      CalendarGapError,
    );
  });
});

describe('checkReminder', () => {
  const awaiting = (nextReminderAt: Date | null) => ({
    status: 'awaiting_customer' as const,
    nextReminderAt,
    noResponseRejectAt: null,
  });

  it('refused before the next working day, naming from when', () => {
    const check = checkReminder(awaiting(sh('2026-11-26 00:00')), sh('2026-11-25 17:00'));
    expect(check).toMatchObject({ ok: false, status: 409, code: 'reminded_today', from: sh('2026-11-26 00:00') });
  });

  it('allowed from that instant on', () => {
    expect(checkReminder(awaiting(sh('2026-11-26 00:00')), sh('2026-11-26 00:00'))).toEqual({ ok: true });
  });

  it('refused when the calendar has a gap', () => {
    expect(checkReminder(awaiting(null), sh('2026-11-26 00:00'))).toMatchObject({ ok: false, code: 'calendar_gap' });
  });
});

describe('checkRejectReason', () => {
  const due = sh('2026-11-25 10:00');
  const awaiting = { status: 'awaiting_customer' as const, nextReminderAt: null, noResponseRejectAt: due };
  const inReview = { status: 'in_review' as const, nextReminderAt: null, noResponseRejectAt: null };

  it('awaiting the customer: no response is refused before the deadline, allowed at it', () => {
    expect(checkRejectReason(awaiting, 'no_response', sh('2026-11-25 09:59'))).toMatchObject({
      ok: false,
      code: 'no_response_too_early',
      from: due,
    });
    expect(checkRejectReason(awaiting, 'no_response', due)).toEqual({ ok: true });
  });

  it('awaiting the customer: any other reason is refused, saying to take the request back first', () => {
    const check = checkRejectReason(awaiting, 'documents_invalid', sh('2026-12-25 10:00'));
    expect(check).toMatchObject({ ok: false, code: 'awaiting_only_no_response' });
    expect(!check.ok && check.message).toMatch(/take the information request back/);
  });

  it('in review: every reason but no response', () => {
    expect(checkRejectReason(inReview, 'documents_invalid', due)).toEqual({ ok: true });
    expect(checkRejectReason(inReview, 'no_response', due)).toMatchObject({
      ok: false,
      code: 'no_response_not_awaiting',
    });
  });

  it('without a reason yet (the UI asking whether to offer reject): only the deadline counts', () => {
    expect(checkRejectReason(awaiting, null, sh('2026-11-24 10:00'))).toMatchObject({ ok: false });
    expect(checkRejectReason(awaiting, null, due)).toEqual({ ok: true });
  });
});
