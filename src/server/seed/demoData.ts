import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { readCalendar } from '../sql/calendar.ts';
import { dualApprovalThresholdFen } from '../sql/settings.ts';
import { prepareChunk, rowCount, writeChunk, type ChunkCounts } from './insertChunk.ts';
import type { RequestDraft } from './draftTypes.ts';
import { draftRequest, type DraftContext } from './requestDraft.ts';
import { seedRefundShowcase } from './refundShowcase.ts';
import { loadStaffPool } from './staffPool.ts';
import { SubmissionClock, workingAge, workingDayOrWeekday } from './submissionClock.ts';

// Demo cancellation requests with their accounts, orders, documents, refunds,
// audit trail and outbox, spread over the last 60 days. Deterministic: the same
// seed and `now` (on the same staff and calendar) give the same data. Streams in
// chunks, each one transaction, so a million requests never sit in memory.

export interface DemoDataOptions {
  requests?: number;
  seed?: number;
  now?: Date;
  /** Requests per transaction. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export type DemoDataCounts = ChunkCounts & { rows: number };

export const DEFAULT_SEED = 20261125;

export async function seedDemoData(db: Kysely<DB>, opts: DemoDataOptions = {}): Promise<DemoDataCounts> {
  const total = opts.requests ?? 500;
  const now = opts.now ?? new Date();
  const chunkSize = opts.chunkSize ?? 1000;
  // Uncached: seedAll writes the calendar just before this reads it.
  const cal = await readCalendar(db);
  const isWorking = workingDayOrWeekday(cal);
  const ctx: DraftContext = {
    seed: opts.seed ?? DEFAULT_SEED,
    total,
    now: now.getTime(),
    cal,
    isWorking,
    clock: new SubmissionClock(isWorking, now),
    ageInWorkingDays: workingAge(isWorking, now),
    staff: await loadStaffPool(db),
    // The same rule the live approve applies, so demo refunds agree with new ones.
    refundThresholdFen: await dualApprovalThresholdFen(db),
  };
  const counts: DemoDataCounts = {
    accounts: 0,
    orders: 0,
    requests: 0,
    documents: 0,
    refunds: 0,
    notifications: 0,
    audit: 0,
    rows: 0,
  };
  const add = (chunk: ChunkCounts) => {
    for (const key of Object.keys(chunk) as (keyof ChunkCounts)[]) counts[key] += chunk[key];
    counts.rows += rowCount(chunk);
    opts.onProgress?.(counts.requests, total);
  };
  // Pipelined: the next chunk is drafted and given ids while the database writes
  // the previous one (on PostgreSQL a separate process; drafting yields so the
  // writer's queries keep flowing). Ids are still taken in chunk order.
  let writing: Promise<ChunkCounts> | null = null;
  try {
    for (let start = 0; start < total; start += chunkSize) {
      const drafts = await draftChunk(ctx, start, Math.min(total, start + chunkSize));
      const prepared = await prepareChunk(db, drafts);
      if (writing) add(await writing);
      writing = writeChunk(db, prepared);
      // Handled here so a failure while the next chunk is prepared is not
      // "unhandled"; it is still thrown by the await above.
      writing.catch(() => undefined);
    }
    if (writing) add(await writing);
    writing = null;
    counts.refunds += await seedRefundShowcase(db, now);
  } catch (e) {
    // Never return while a transaction is still running (the caller may close the pool).
    await writing?.catch(() => undefined);
    throw e;
  }
  return counts;
}

const YIELD_EVERY = 100;

async function draftChunk(ctx: DraftContext, from: number, to: number): Promise<RequestDraft[]> {
  const drafts: RequestDraft[] = [];
  for (let i = from; i < to; i++) {
    drafts.push(draftRequest(ctx, i));
    if ((i - from) % YIELD_EVERY === YIELD_EVERY - 1) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return drafts;
}
