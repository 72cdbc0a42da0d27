import type { AwaitingRequest } from '../../../domain/awaitingCustomer.ts';
import type { CancelRequest } from '../../types.ts';

/** The request as src/domain/awaitingCustomer reads it: the instants the server computed with the calendar. */
export const awaitingFacts = (r: CancelRequest): AwaitingRequest => ({
  status: r.status,
  nextReminderAt: r.nextReminderAt ? new Date(r.nextReminderAt) : null,
  noResponseRejectAt: r.noResponseRejectAt ? new Date(r.noResponseRejectAt) : null,
});
