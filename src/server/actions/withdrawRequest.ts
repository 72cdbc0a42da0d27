import type { Database } from '../db/database.ts';
import { enqueueNotifications } from '../outbox/enqueue.ts';
import { decisionFields } from './decisionFacts.ts';
import { runRequestAction } from './requestTransaction.ts';

/** The customer withdraws an open request: it stops, final, the account unchanged. */
export function withdrawRequest(database: Database, id: number, customerName: string, now: Date) {
  return runRequestAction(
    database,
    { id, action: 'withdraw', expectedVersion: null, actor: { kind: 'customer', name: customerName }, now },
    async ({ trx, row }) => {
      await enqueueNotifications(trx, {
        event: 'withdrawn',
        requestId: row.id,
        accountId: row.accountId,
        now,
        facts: { number: row.number },
      });
      return { set: { ...(await decisionFields(trx, row, null, now)), assigneeId: row.assigneeId } };
    },
  );
}
