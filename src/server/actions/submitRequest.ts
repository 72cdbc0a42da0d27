import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/database.ts';
import { ApiError } from '../http/errors.ts';
import { enqueueNotifications } from '../outbox/enqueue.ts';
import { writeAudit } from '../sql/audit.ts';
import { loadCalendar } from '../sql/calendar.ts';
import { requestNumber } from '../../domain/requestNumber.ts';
import { slaDeadlines } from '../../domain/sla.ts';
import { CalendarGapError } from '../../domain/workingDays.ts';
import { OPEN_STATUSES } from '../../domain/vocabulary.ts';
import type { intakeSubmitInput } from '../../domain/actionInputs.ts';

type SubmitInput = z.infer<typeof intakeSubmitInput>;

/** An `Idempotency-Key` and the intake key it came with: the same string from two senders is two keys. */
export interface Idempotency {
  key: string;
  intakeKeyId: number;
}

/** The body's SHA-256, its fields in a fixed order: the same request always hashes the same. */
export function fingerprintOf(input: SubmitInput): string {
  const sorted = Object.fromEntries(Object.entries(input).sort(([a], [b]) => (a < b ? -1 : 1)));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

/**
 * A customer files a cancellation request. Idempotent: the same sender with
 * the same Idempotency-Key and body always answers the request it first
 * created; the same key with another body is refused (422).
 * Returns the request id and whether it was created now.
 */
export async function submitRequest(
  database: Database,
  input: SubmitInput,
  idempotency: Idempotency | null,
  now: Date,
) {
  const fingerprint = idempotency ? fingerprintOf(input) : null;
  return database.db.transaction().execute(async (trx) => {
    if (idempotency) {
      // Serialise submits that carry the same key from the same sender, then look for the earlier one.
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`${idempotency.intakeKeyId}:${idempotency.key}`}))`.execute(
        trx,
      );
      const earlier = await trx
        .selectFrom('cancellationRequests')
        .select(['id', 'idempotencyFingerprint'])
        .where('intakeKeyId', '=', idempotency.intakeKeyId)
        .where('idempotencyKey', '=', idempotency.key)
        .executeTakeFirst();
      if (earlier && earlier.idempotencyFingerprint !== fingerprint) {
        throw new ApiError(422, 'this Idempotency-Key was already used for a different request', undefined, {
          code: 'idempotency_key_reused',
        });
      }
      if (earlier) return { id: earlier.id, created: false };
    }
    const account = await trx
      .selectFrom('accounts')
      .selectAll()
      .where('accountNumber', '=', input.accountNumber)
      .forUpdate()
      .executeTakeFirst();
    if (!account) throw new ApiError(422, 'no account with this number', { accountNumber: 'unknown account' });
    if (account.accountType !== input.accountType) {
      throw new ApiError(422, `the account is a ${account.accountType} account`, {
        accountType: `expected ${account.accountType}`,
      });
    }
    if (account.status === 'cancelled') throw new ApiError(409, 'the account is already cancelled');
    const open = await trx
      .selectFrom('cancellationRequests')
      .select('number')
      .where('accountId', '=', account.id)
      .where('status', 'in', [...OPEN_STATUSES])
      .executeTakeFirst();
    if (open)
      throw new ApiError(409, `the account already has an open cancellation request (${open.number})`, undefined, {
        number: open.number,
      });

    let deadlines: { riskAt: Date | null; dueAt: Date | null } = { riskAt: null, dueAt: null };
    try {
      const d = slaDeadlines(await loadCalendar(trx), now, 0);
      deadlines = { riskAt: d.riskAt, dueAt: d.dueAt };
    } catch (e) {
      if (!(e instanceof CalendarGapError)) throw e;
    }
    const { seq } = await sql<{ seq: number }>`SELECT nextval('request_number_seq')::int AS seq`
      .execute(trx)
      .then((r) => r.rows[0]!);
    const row = await trx
      .insertInto('cancellationRequests')
      .values({
        number: requestNumber(now.getTime(), seq),
        accountId: account.id,
        accountType: account.accountType,
        reasonCode: input.reasonCode,
        reasonText: input.reasonText,
        filedBy: input.filedBy,
        agentName: input.filedBy === 'agent' ? (input.agentName ?? null) : null,
        channel: input.channel,
        status: 'submitted',
        submittedAt: now,
        idempotencyKey: idempotency?.key ?? null,
        intakeKeyId: idempotency?.intakeKeyId ?? null,
        idempotencyFingerprint: fingerprint,
        createdAt: now,
        updatedAt: now,
        ...deadlines,
      })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      actor: { type: 'customer', name: input.filedBy === 'agent' ? input.agentName! : account.holderName },
      action: 'request.submitted',
      entityType: 'request',
      entityId: row.id,
      requestId: row.id,
      accountId: account.id,
      after: { status: 'submitted', channel: input.channel, reasonCode: input.reasonCode },
      at: now,
    });
    await enqueueNotifications(trx, {
      event: 'request_received',
      requestId: row.id,
      accountId: account.id,
      now,
      facts: { number: row.number },
    });
    return { id: row.id, created: true };
  });
}
