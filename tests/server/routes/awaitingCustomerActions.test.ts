import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { apiClient } from '../../support/apiClient.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { aRequest, auditFor, outboxFor } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

type Row = Record<string, any>;
type Client = Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;

// TEST_NOW is Wednesday 2026-11-25 10:00 in Shanghai. Time passes by moving the
// request's own timestamps back, so sessions stay valid.
const HOUR = 3_600_000;
/** 15 working days before TEST_NOW: Wednesday 2026-11-04 10:00 Shanghai (no holiday between). */
const FIFTEEN_WORKING_DAYS_AGO = new Date('2026-11-04T02:00:00Z');

describe.each(testEngines())('while awaiting the customer, on %s', (engine) => {
  let database: Database;
  let reviewer: Client;
  let reviewer2: Client;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const api = apiClient(database);
    [reviewer, reviewer2] = (await Promise.all(['reviewer', 'reviewer2'].map((u) => api.login(u)))) as [Client, Client];
  });
  afterAll(() => database.close());

  const act = (who: Client, id: number, action: string, version: number | null, body?: unknown) =>
    who.post<Row>(`/api/requests/${id}/${action}`, body ?? {}, version === null ? {} : { 'If-Match': `"${version}"` });

  async function awaiting(times: { pausedAt?: Date; remindedAt?: Date | null } = {}) {
    const r = await aRequest(database.db, { status: 'awaiting_customer' });
    await database.db
      .updateTable('cancellationRequests')
      .set({
        pausedAt: times.pausedAt ?? TEST_NOW,
        remindedAt: times.remindedAt ?? null,
        requestedDocTypes: ['id_card_back'],
      })
      .where('id', '=', r.id)
      .execute();
    return r;
  }

  describe('resume review', () => {
    it('takes the information request back: in review, clock running, pause added, customer not told', async () => {
      const r = await awaiting({ pausedAt: new Date(TEST_NOW.getTime() - 24 * HOUR) });
      const res = await act(reviewer, r.id, 'resume-review', r.version);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'in_review', slaPaused: false, version: r.version + 1 });
      const row = await database.db
        .selectFrom('cancellationRequests')
        .select(['pausedAt', 'slaPausedMs'])
        .where('id', '=', r.id)
        .executeTakeFirstOrThrow();
      expect(row.pausedAt).toBeNull();
      expect(Number(row.slaPausedMs)).toBe(24 * HOUR);
      expect(await auditFor(database.db, r.id, 'request.review_resumed')).toHaveLength(1);
      expect(await outboxFor(database.db, r.id)).toEqual([]);
    });

    it('is for the assignee only (403) and only while awaiting the customer (409)', async () => {
      const r = await awaiting();
      expect((await act(reviewer2, r.id, 'resume-review', r.version)).status).toBe(403);
      const inReview = await aRequest(database.db, { status: 'in_review' });
      const res = await act(reviewer, inReview.id, 'resume-review', inReview.version);
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/ask the customer first/);
    });

    it('needs If-Match (428)', async () => {
      const r = await awaiting();
      expect((await act(reviewer, r.id, 'resume-review', null)).status).toBe(428);
    });
  });

  describe('remind', () => {
    it('queues a reminder (email + SMS) naming the documents asked for; status and pause unchanged', async () => {
      const r = await awaiting({ pausedAt: new Date(TEST_NOW.getTime() - 24 * HOUR) });
      const res = await act(reviewer, r.id, 'remind', r.version);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'awaiting_customer', slaPaused: true, version: r.version + 1 });
      expect(new Date(res.body.remindedAt)).toEqual(TEST_NOW);
      const outbox = await outboxFor(database.db, r.id);
      expect(outbox.map((m) => `${m.event}/${m.channel}`).sort()).toEqual(['info_reminder/email', 'info_reminder/sms']);
      expect(outbox.find((m) => m.channel === 'sms')!.body).toMatch(/身份证国徽面/);
      expect(await auditFor(database.db, r.id, 'request.customer_reminded')).toHaveLength(1);
    });

    it('at most once a working day: a second reminder today is 409 naming the next working day', async () => {
      const r = await awaiting({ pausedAt: new Date(TEST_NOW.getTime() - 48 * HOUR) });
      const first = await act(reviewer, r.id, 'remind', r.version);
      expect(first.status).toBe(200);
      const second = await act(reviewer, r.id, 'remind', first.body.version);
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('reminded_today');
      // Thursday 2026-11-26 00:00 in Shanghai.
      expect(second.body.message).toContain('2026-11-25T16:00:00.000Z');
      expect(await outboxFor(database.db, r.id)).toHaveLength(2);
    });

    it('not on the day the customer was asked; a reminder from an earlier working day does not block', async () => {
      const today = await awaiting({ pausedAt: new Date(TEST_NOW.getTime() - HOUR) });
      expect((await act(reviewer, today.id, 'remind', today.version)).status).toBe(409);
      const yesterday = await awaiting({
        pausedAt: FIFTEEN_WORKING_DAYS_AGO,
        remindedAt: new Date(TEST_NOW.getTime() - 24 * HOUR),
      });
      expect((await act(reviewer, yesterday.id, 'remind', yesterday.version)).status).toBe(200);
    });

    it('the request says from when the next reminder is possible', async () => {
      const r = await awaiting();
      const res = await reviewer.get<Row>(`/api/requests/${r.id}`);
      expect(res.body.nextReminderAt).toBe('2026-11-25T16:00:00.000Z');
      expect(res.body.noResponseRejectAt).toBe('2026-12-16T02:00:00.000Z');
    });

    it('only the assignee reminds (403); an in-review request cannot be reminded (409)', async () => {
      const r = await awaiting({ pausedAt: FIFTEEN_WORKING_DAYS_AGO });
      expect((await act(reviewer2, r.id, 'remind', r.version)).status).toBe(403);
      const inReview = await aRequest(database.db, { status: 'in_review' });
      expect((await act(reviewer, inReview.id, 'remind', inReview.version)).status).toBe(409);
    });
  });

  describe('reject for no response', () => {
    const noResponse = { reasonCode: 'no_response', customerMessage: '我们在15个工作日内未收到您的材料。' };

    it('is allowed once 15 working days passed without an answer, with its own message to the customer', async () => {
      const r = await awaiting({ pausedAt: FIFTEEN_WORKING_DAYS_AGO });
      const res = await act(reviewer, r.id, 'reject', r.version, noResponse);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'rejected', rejectReasonCode: 'no_response', slaPaused: false });
      const outbox = await outboxFor(database.db, r.id);
      expect(outbox.map((m) => m.event)).toEqual(['rejected_no_response', 'rejected_no_response']);
      expect(outbox.find((m) => m.channel === 'email')!.body).toMatch(/未收到您补充的材料/);
      expect(await auditFor(database.db, r.id, 'request.rejected')).toHaveLength(1);
    });

    it('is refused (409) an hour before the 15 working days are up, saying from when', async () => {
      const r = await awaiting({ pausedAt: new Date(FIFTEEN_WORKING_DAYS_AGO.getTime() + HOUR) });
      const res = await act(reviewer, r.id, 'reject', r.version, noResponse);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('no_response_too_early');
      expect(res.body.message).toContain('2026-11-25T03:00:00.000Z');
      expect(await outboxFor(database.db, r.id)).toEqual([]);
    });

    it('the number of working days is a setting', async () => {
      await database.db
        .updateTable('settings')
        .set({ value: JSON.stringify(2) })
        .where('key', '=', 'no_response_working_days')
        .execute();
      try {
        const r = await awaiting({ pausedAt: new Date(TEST_NOW.getTime() - 48 * HOUR) });
        expect((await act(reviewer, r.id, 'reject', r.version, noResponse)).status).toBe(200);
      } finally {
        await database.db
          .updateTable('settings')
          .set({ value: JSON.stringify(15) })
          .where('key', '=', 'no_response_working_days')
          .execute();
      }
    });

    it('while awaiting the customer, any other reason is refused: take the request back first', async () => {
      const r = await awaiting({ pausedAt: FIFTEEN_WORKING_DAYS_AGO });
      const res = await act(reviewer, r.id, 'reject', r.version, { ...noResponse, reasonCode: 'documents_invalid' });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('awaiting_only_no_response');
    });

    it('in review, no response is not a reason: the customer was not asked', async () => {
      const r = await aRequest(database.db, { status: 'in_review' });
      const res = await act(reviewer, r.id, 'reject', r.version, noResponse);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('no_response_not_awaiting');
    });

    it('only the assignee (403)', async () => {
      const r = await awaiting({ pausedAt: FIFTEEN_WORKING_DAYS_AGO });
      expect((await act(reviewer2, r.id, 'reject', r.version, noResponse)).status).toBe(403);
    });
  });
});
