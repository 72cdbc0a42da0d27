import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { writeAudit } from '../sql/audit.ts';
import type { OutgoingMessage, Transports } from './transport.ts';

export const MAX_ATTEMPTS = 6;
/** A claimed message is invisible to other workers for this long. */
const LEASE_MS = 5 * 60_000;
/** 30 s, 1 min, 2 min, 4 min, 8 min between tries. */
export const backoffMs = (attempts: number) => 30_000 * 2 ** Math.max(0, attempts - 1);

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

/**
 * Delivers due outbox messages. Claiming is one short transaction that takes
 * rows with FOR UPDATE SKIP LOCKED and pushes their next_attempt_at past a
 * lease, so two workers never take the same message and no lock is held
 * while a slow SMTP server answers. Marking `sent` is guarded by the attempt
 * number, so a worker whose lease expired cannot overwrite a newer attempt.
 */
export async function deliverDue(
  db: Kysely<DB>,
  transports: Transports,
  now: Date,
  batch = 20,
): Promise<DeliveryReport> {
  const claimed = await db.transaction().execute(async (trx) => {
    const due = trx
      .selectFrom('notifications')
      .select('id')
      .where('status', '=', 'pending')
      .where('nextAttemptAt', '<=', now)
      .orderBy('nextAttemptAt')
      .orderBy('id')
      .limit(batch)
      .forUpdate()
      .skipLocked();
    return trx
      .updateTable('notifications')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), nextAttemptAt: new Date(now.getTime() + LEASE_MS) }))
      .where('id', 'in', due)
      .returning([
        'id',
        'channel',
        'recipient',
        'subject',
        'body',
        'language',
        'event',
        'attempts',
        'requestId',
        'accountId',
      ])
      .execute();
  });

  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  for (const m of claimed) {
    const message: OutgoingMessage = m;
    try {
      await transports[message.channel].send(message);
      await db.transaction().execute(async (trx) => {
        const done = await trx
          .updateTable('notifications')
          .set({ status: 'sent', sentAt: now, lastError: null })
          .where('id', '=', m.id)
          .where('attempts', '=', m.attempts)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        if (Number(done.numUpdatedRows) === 0) return;
        await writeAudit(trx, {
          actor: { type: 'system' },
          action: 'notification.sent',
          entityType: 'notification',
          entityId: m.id,
          requestId: m.requestId,
          accountId: m.accountId,
          after: { channel: m.channel, event: m.event, attempts: m.attempts },
          at: now,
        });
      });
      report.sent++;
    } catch (e) {
      const error = String((e as Error)?.message ?? e).slice(0, 500);
      const final = m.attempts >= MAX_ATTEMPTS;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('notifications')
          .set(
            final
              ? { status: 'failed', lastError: error }
              : { lastError: error, nextAttemptAt: new Date(now.getTime() + backoffMs(m.attempts)) },
          )
          .where('id', '=', m.id)
          .where('attempts', '=', m.attempts)
          .execute();
        if (final) {
          await writeAudit(trx, {
            actor: { type: 'system' },
            action: 'notification.failed',
            entityType: 'notification',
            entityId: m.id,
            requestId: m.requestId,
            accountId: m.accountId,
            after: { channel: m.channel, event: m.event, attempts: m.attempts, error },
            at: now,
          });
        }
      });
      if (final) report.failed++;
      else report.retrying++;
    }
  }
  return report;
}

/** Runs deliverDue every `intervalMs` until stopped; one round at a time. */
export function startOutboxWorker(
  db: Kysely<DB>,
  transports: Transports,
  opts: { intervalMs: number; now?: () => Date; onError?: (e: unknown) => void },
) {
  let stopped = false;
  // The round in progress, so stop() can wait for it instead of polling a flag.
  let current: Promise<void> | undefined;
  const tick = async () => {
    if (current || stopped) return;
    current = deliverDue(db, transports, (opts.now ?? (() => new Date()))())
      .then(
        () => undefined,
        (e: unknown) => (opts.onError ?? console.error)(e),
      )
      .finally(() => {
        current = undefined;
      });
    await current;
  };
  const timer = setInterval(tick, opts.intervalMs);
  timer.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await current;
    },
  };
}
