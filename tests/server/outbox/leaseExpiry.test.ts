import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { deliverDue } from '../../../src/server/outbox/worker.ts';
import type { OutgoingMessage, Transports } from '../../../src/server/outbox/transport.ts';
import { apiClient } from '../../support/apiClient.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { aRequest } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

type Row = Record<string, any>;
type Client = Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;

/** Past the worker's 5-minute lease: another worker may take the message again. */
const AFTER_LEASE = new Date(TEST_NOW.getTime() + 6 * 60_000);

/** A transport whose send waits until `release()`, then succeeds or fails; `sending` settles when a send starts. */
function heldTransport(outcome: 'ok' | 'fail') {
  const sent: number[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let started!: () => void;
  const sending = new Promise<void>((resolve) => (started = resolve));
  const t = {
    async send(m: OutgoingMessage) {
      started();
      await gate;
      if (outcome === 'fail') throw new Error('SMTP 421 try later');
      sent.push(m.id);
    },
  };
  return { sent, sending, release, transports: { email: t, sms: t } as Transports };
}

describe.each(testEngines())('an outbox lease that runs out on %s', (engine) => {
  let database: Database;
  let reviewer: Client;
  // The whole audit log is the manager's (a reviewer reads one request's events).
  let manager: Client;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    reviewer = await apiClient(database).login('reviewer');
    manager = await apiClient(database).login('manager');
  });
  afterAll(() => database.close());

  /** One pending SMS (the account has no email), from a rejection through the API. */
  async function oneMessage(): Promise<number> {
    const r = await aRequest(database.db, { email: null });
    const res = await reviewer.post(
      `/api/requests/${r.id}/reject`,
      { reasonCode: 'other', customerMessage: '不符合条件' },
      { 'If-Match': `"${r.version}"` },
    );
    expect(res.status).toBe(200);
    const messages = await reviewer.list<Row[]>('notifications', { filter: { requestId: r.id } });
    expect(messages.body).toHaveLength(1);
    return messages.body[0]!.id;
  }

  const message = async (id: number) => (await reviewer.get<Row>(`/api/notifications/${id}`)).body;
  const sentEvents = async (id: number) =>
    (
      await manager.list<Row[]>('audit-events', {
        filter: { entityType: 'notification', entityId: String(id), action: 'notification.sent' },
      })
    ).body;

  it('the first worker finishing late does not mark it sent: one sent event, with the later attempt', async () => {
    const id = await oneMessage();
    const first = heldTransport('ok');
    const firstRound = deliverDue(database.db, first.transports, TEST_NOW);
    await first.sending;
    const second = heldTransport('ok');
    const secondRound = deliverDue(database.db, second.transports, AFTER_LEASE);
    await second.sending;

    first.release();
    await firstRound;
    expect(await message(id)).toMatchObject({ status: 'pending', attempts: 2, sentAt: null });
    second.release();
    await secondRound;

    expect(first.sent).toEqual([id]);
    expect(second.sent).toEqual([id]);
    expect(await message(id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    const events = await sentEvents(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorType: 'system', after: { attempts: 2 } });
  });

  it('the first worker failing late does not give the message back while the later attempt holds it', async () => {
    const id = await oneMessage();
    const first = heldTransport('fail');
    const firstRound = deliverDue(database.db, first.transports, TEST_NOW);
    await first.sending;
    const second = heldTransport('ok');
    const secondRound = deliverDue(database.db, second.transports, AFTER_LEASE);
    await second.sending;

    first.release();
    expect(await firstRound).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(await message(id)).toMatchObject({ status: 'pending', attempts: 2, lastError: null });
    // A third worker finds nothing due: the later attempt's lease still holds.
    const third = heldTransport('ok');
    third.release();
    expect(await deliverDue(database.db, third.transports, AFTER_LEASE)).toEqual({ sent: 0, retrying: 0, failed: 0 });

    second.release();
    await secondRound;
    expect(await message(id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(await sentEvents(id)).toHaveLength(1);
  });
});
