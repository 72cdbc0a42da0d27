// Puts StatsRequest objects (the domain's input) into the database as the
// server would have stored them, and reads the database back as StatsRequest,
// so a test can compare the SQL figures with the domain's on the same rows.

import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../src/server/db/schema.ts';
import { shownTurnaroundWorkingDays } from '../../../src/domain/turnaroundStatsFigures.ts';
import type { InfoRequestEvent, StatsRequest } from '../../../src/domain/turnaroundStatsTypes.ts';
import { DAY_MS } from '../../../src/domain/workingDays.ts';

let counter = 0;

/** Staff with these ids (explicit, so the hand-built set's reviewer ids hold). */
export async function insertStaff(db: Kysely<DB>, ids: number[]) {
  for (const id of ids) {
    await sql`INSERT INTO staff_users (id, username, display_name, roles, password_hash)
              VALUES (${id}, ${`stats${id}`}, ${`审核员${id}`}, ARRAY['reviewer'], 'x')`.execute(db);
  }
}

export async function insertStatsRequests(db: Kysely<DB>, requests: readonly StatsRequest[]) {
  const account = await db
    .insertInto('accounts')
    .values({
      accountNumber: `S${++counter}`,
      holderName: '统计',
      accountType: 'personal',
      phone: '13900000000',
      planName: '套餐',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const r of requests) {
    await db
      .insertInto('cancellationRequests')
      .values({
        number: `ZXSTAT-${++counter}`,
        accountId: account.id,
        accountType: 'personal',
        reasonCode: 'other',
        filedBy: 'holder',
        channel: 'web',
        status: r.status,
        assigneeId: r.assigneeId,
        submittedAt: r.submittedAt,
        decidedAt: r.decidedAt,
        decidedBy: r.decidedBy,
        pausedAt: r.pausedAt,
        riskAt: r.riskAt,
        dueAt: r.dueAt,
        // A withdrawn request stores a turnaround too (decisionFields): the figures must ignore it.
        turnaroundMs:
          r.status === 'withdrawn'
            ? DAY_MS
            : r.turnaroundWorkingDays === null
              ? null
              : Math.round(r.turnaroundWorkingDays * DAY_MS),
      })
      .execute();
  }
}

export async function insertInfoRequests(db: Kysely<DB>, events: readonly InfoRequestEvent[]) {
  for (const e of events) {
    await db
      .insertInto('auditEvents')
      .values({
        occurredAt: e.at,
        actorType: 'staff',
        actorId: e.actorId,
        actorName: 'x',
        action: 'request.info_requested',
        entityType: 'request',
        entityId: '0',
      })
      .execute();
  }
}

/** Every request in the database as the domain reads it. */
export async function readStatsRequests(db: Kysely<DB>): Promise<StatsRequest[]> {
  const rows = await db
    .selectFrom('cancellationRequests')
    .select([
      'status',
      'submittedAt',
      'decidedAt',
      'decidedBy',
      'assigneeId',
      'riskAt',
      'dueAt',
      'pausedAt',
      'turnaroundMs',
    ])
    .execute();
  return rows.map(({ turnaroundMs, ...r }) => ({
    ...r,
    turnaroundWorkingDays: shownTurnaroundWorkingDays(r.status, turnaroundMs),
  }));
}

export async function readInfoRequests(db: Kysely<DB>): Promise<InfoRequestEvent[]> {
  const rows = await db
    .selectFrom('auditEvents')
    .select(['actorId', 'occurredAt'])
    .where('action', '=', 'request.info_requested')
    .where('actorId', 'is not', null)
    .execute();
  return rows.map((r) => ({ actorId: r.actorId!, at: r.occurredAt }));
}
