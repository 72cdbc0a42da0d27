import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { StaffIdentity } from '../context.ts';
import { writeAudit } from '../sql/audit.ts';
import type { RefundStatus } from '../../domain/vocabulary.ts';

// The random demo leaves finance's queue to chance: a small data set may hold no
// large refund awaiting its first approval. These refunds on request (customers
// asking for their balance back before they cancel, as the product tells them
// to) make sure the demo shows every case, and that `finance` and `finance2`
// each have work: small and large refunds awaiting a first approval, large ones
// with one approval from either of them, approved and failed ones to pay, and
// one raised by each (which only the other may approve).

const LARGE_FEN = 100_001;
const HOUR = 3_600_000;

interface Slot {
  large: boolean;
  status: RefundStatus;
  requestedBy: 'manager' | 'finance' | 'finance2';
  approvedBy: ('finance' | 'finance2')[];
  failure?: string;
}

const SLOTS: Slot[] = [
  { large: false, status: 'pending_approval', requestedBy: 'manager', approvedBy: [] },
  { large: false, status: 'pending_approval', requestedBy: 'manager', approvedBy: [] },
  { large: true, status: 'pending_approval', requestedBy: 'manager', approvedBy: [] },
  { large: true, status: 'pending_approval', requestedBy: 'manager', approvedBy: [] },
  { large: true, status: 'pending_approval', requestedBy: 'manager', approvedBy: ['finance'] },
  { large: true, status: 'pending_approval', requestedBy: 'manager', approvedBy: ['finance2'] },
  { large: false, status: 'approved', requestedBy: 'manager', approvedBy: ['finance2'] },
  {
    large: false,
    status: 'failed',
    requestedBy: 'manager',
    approvedBy: ['finance'],
    failure: '收款账户已销户，银行退回',
  },
  { large: false, status: 'failed', requestedBy: 'manager', approvedBy: ['finance2'], failure: '收款人户名与账户不符' },
  { large: false, status: 'pending_approval', requestedBy: 'finance', approvedBy: [] },
  { large: false, status: 'pending_approval', requestedBy: 'finance2', approvedBy: [] },
];

type Who = Slot['requestedBy'];

async function staffByName(db: Kysely<DB>): Promise<Map<Who, StaffIdentity> | null> {
  const rows = await db
    .selectFrom('staffUsers')
    .select(['id', 'username', 'displayName', 'roles', 'language', 'mustChangePassword'])
    .where('username', 'in', ['manager', 'finance', 'finance2'])
    .execute();
  if (rows.length < 3) return null;
  return new Map(rows.map((r) => [r.username as Who, r]));
}

/** Accounts whose customers have a balance and an open request, no refund yet: the oldest first. */
function candidates(db: Kysely<DB>, count: number) {
  return db
    .selectFrom('accounts as a')
    .innerJoin('cancellationRequests as r', 'r.accountId', 'a.id')
    .select(['a.id', 'a.balanceFen'])
    .where('r.status', 'in', ['submitted', 'in_review', 'awaiting_customer'])
    .where('a.status', '=', 'active')
    .where('a.balanceFen', '>', 0)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('refunds as f').select('f.id').whereRef('f.accountId', '=', 'a.id'))))
    .orderBy('a.id')
    .limit(count)
    .execute();
}

async function addShowcaseRefund(
  trx: Transaction<DB>,
  slot: Slot,
  account: { id: number; balanceFen: number },
  staff: Map<Who, StaffIdentity>,
  createdAt: Date,
) {
  let amountFen = account.balanceFen;
  if (slot.large && amountFen < LARGE_FEN) {
    // A long-term package cancelled early refunds its unused months into the balance.
    const topUp = LARGE_FEN + 27_899 - amountFen;
    await trx
      .insertInto('balanceEntries')
      .values({
        accountId: account.id,
        kind: 'adjustment',
        amountFen: topUp,
        reason: '年包提前退订，未使用月份费用转入余额',
        createdAt: new Date(createdAt.getTime() - HOUR),
      })
      .execute();
    amountFen += topUp;
  }
  const requester = staff.get(slot.requestedBy)!;
  const approvals = slot.approvedBy.map((who, i) => ({
    by: staff.get(who)!,
    at: new Date(createdAt.getTime() + (i + 1) * HOUR),
  }));
  const { id } = await trx
    .insertInto('refunds')
    .values({
      accountId: account.id,
      requestId: null,
      amountFen,
      status: slot.status,
      requestedBy: requester.id,
      reason: '客户来电申请退还账户余额',
      approvalsNeeded: amountFen > 100_000 ? 2 : 1,
      firstApproverId: approvals[0]?.by.id ?? null,
      firstApprovedAt: approvals[0]?.at ?? null,
      payoutAttempts: slot.failure ? 1 : 0,
      failureReason: slot.failure ?? null,
      version: 1 + approvals.length + (slot.failure ? 1 : 0),
      createdAt,
      updatedAt: new Date(createdAt.getTime() + (approvals.length + (slot.failure ? 1 : 0)) * HOUR),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const audit = (user: StaffIdentity, action: string, at: Date, after: Record<string, unknown>) =>
    writeAudit(trx, {
      actor: { type: 'staff', user },
      action,
      entityType: 'refund',
      entityId: id,
      accountId: account.id,
      after,
      at,
    });
  await audit(requester, 'refund.created', createdAt, { status: 'pending_approval', amountFen });
  for (const [i, a] of approvals.entries()) {
    await audit(a.by, 'refund.approved', a.at, { approval: i === 0 ? 'first' : 'second' });
  }
  if (slot.failure) {
    const at = new Date(createdAt.getTime() + (approvals.length + 1) * HOUR);
    await audit(approvals[0]!.by, 'refund.failed', at, { status: 'failed', reason: slot.failure });
  }
}

/** Adds the showcase once (a demo that already has refunds on request keeps its own); returns how many. */
export async function seedRefundShowcase(db: Kysely<DB>, now: Date): Promise<number> {
  const already = await db
    .selectFrom('refunds')
    .select('id')
    .where('requestId', 'is', null)
    .limit(1)
    .executeTakeFirst();
  const staff = await staffByName(db);
  if (already || !staff) return 0;
  const accounts = await candidates(db, SLOTS.length);
  await db.transaction().execute(async (trx) => {
    for (const [i, account] of accounts.entries()) {
      // Raised over the last working days, the newest first in the queue.
      const createdAt = new Date(now.getTime() - (i + 1) * 5 * HOUR);
      await addShowcaseRefund(trx, SLOTS[i]!, account, staff, createdAt);
    }
  });
  return accounts.length;
}
