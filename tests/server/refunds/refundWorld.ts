import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import type { AppDeps } from '../../../src/server/context.ts';
import type { RefundStatus } from '../../../src/domain/vocabulary.ts';
import { apiClient } from '../../support/apiClient.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { aRequest, staffId } from '../../support/fixtures.ts';
import { openTestDatabase, type EngineName } from '../../support/testDatabase.ts';

export type Row = Record<string, any>;
export type Client = Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;

/** Logged-in clients for the staff refund tests talk as, on one app (optionally with its own payout gateway). */
export async function refundClients(database: Database, deps: Partial<AppDeps> = {}) {
  const api = apiClient(database, () => TEST_NOW, deps);
  const names = ['finance', 'finance2', 'manager', 'reviewer', 'admin'] as const;
  const [finance, finance2, manager, reviewer, admin] = await Promise.all(names.map((n) => api.login(n)));
  return { api, finance: finance!, finance2: finance2!, manager: manager!, reviewer: reviewer!, admin: admin! };
}

export type RefundWorld = { database: Database } & Awaited<ReturnType<typeof refundClients>>;

/** A database of the suite's own (a copy of the seeded template) and its clients, set up before its tests run. */
export function refundWorld(engine: EngineName, deps: Partial<AppDeps> = {}): RefundWorld {
  const world = {} as RefundWorld;
  beforeAll(async () => {
    world.database = await openTestDatabase(engine);
    Object.assign(world, await refundClients(world.database, deps));
  });
  afterAll(() => world.database.close());
  return world;
}

export interface RefundFixture {
  amountFen?: number;
  /** The account's balance; default the amount. */
  balanceFen?: number;
  status?: RefundStatus;
  /** Who approved the request (and so asked for the automatic refund); default `reviewer`. */
  requestedBy?: string | null;
  decidedBy?: string | null;
  approvalsNeeded?: 1 | 2;
  firstApprover?: string | null;
  secondApprover?: string | null;
  failureReason?: string | null;
  language?: 'zh-CN' | 'en';
}

/**
 * A refund as the approval of a cancellation request leaves it (defaults:
 * ¥500.00, pending_approval, requested and decided by `reviewer`), in exactly
 * the state a test needs. Its account's balance covers it.
 */
export async function aRefund(database: Database, f: RefundFixture = {}) {
  const db = database.db;
  const amountFen = f.amountFen ?? 50_000;
  const request = await aRequest(db, {
    status: 'approved',
    balanceFen: f.balanceFen ?? amountFen,
    language: f.language,
  });
  const id = async (name: string | null | undefined, fallback: string | null) => {
    const who = name === undefined ? fallback : name;
    return who === null ? null : staffId(db, who);
  };
  await db
    .updateTable('cancellationRequests')
    .set({ decidedBy: await id(f.decidedBy, 'reviewer') })
    .where('id', '=', request.id)
    .execute();
  const first = await id(f.firstApprover, null);
  const second = await id(f.secondApprover, null);
  const refund = await db
    .insertInto('refunds')
    .values({
      requestId: request.id,
      accountId: request.accountId,
      amountFen,
      status: f.status ?? 'pending_approval',
      requestedBy: await id(f.requestedBy, 'reviewer'),
      approvalsNeeded: f.approvalsNeeded ?? (amountFen > 100_000 ? 2 : 1),
      firstApproverId: first,
      firstApprovedAt: first === null ? null : TEST_NOW,
      secondApproverId: second,
      secondApprovedAt: second === null ? null : TEST_NOW,
      failureReason: f.failureReason ?? (f.status === 'failed' ? '收款账户已销户' : null),
      payoutAttempts: f.status === 'failed' ? 1 : 0,
      createdAt: TEST_NOW,
      updatedAt: TEST_NOW,
    })
    .returning(['id', 'version', 'accountId', 'requestId'])
    .executeTakeFirstOrThrow();
  return { ...refund, requestNumber: request.number };
}

export const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** POST /api/refunds/:id/<action> with the version the caller saw. */
export const act = (who: Client, id: number, action: string, version: number | null, body: unknown = {}) =>
  who.post<Row>(`/api/refunds/${id}/${action}`, body, version === null ? {} : ifMatch(version));

let keys = 0;
export const newKey = () => `pay-${process.pid}-${Date.now()}-${++keys}`;

/** Pay with a fresh (or the given) Idempotency-Key. */
export const pay = (
  who: Client,
  id: number,
  version: number,
  body: Row = { reference: 'BANK-20261125-000001' },
  key = newKey(),
) => who.post<Row>(`/api/refunds/${id}/pay`, body, { ...ifMatch(version), 'Idempotency-Key': key });

export async function refundAudit(database: Database, refundId: number, action?: string) {
  let q = database.db
    .selectFrom('auditEvents')
    .selectAll()
    .where('entityType', '=', 'refund')
    .where('entityId', '=', String(refundId));
  if (action) q = q.where('action', '=', action);
  return q.orderBy('id').execute();
}

export async function ledgerEntriesOf(database: Database, refundId: number) {
  return database.db.selectFrom('balanceEntries').selectAll().where('refundId', '=', refundId).execute();
}

export async function balanceOf(database: Database, accountId: number) {
  const row = await database.db
    .selectFrom('accounts')
    .select('balanceFen')
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  return row.balanceFen;
}
