// What an information request asks of the customer: every required document
// that is missing and every document turned down (not finally), gathered into
// one message, and any open order to finish or cancel. The request-info dialog
// prefills from here; the server checks the orders named are open.

import type { DocumentStatus, DocumentType } from './vocabulary.ts';

export interface AskableEntry {
  type: DocumentType;
  required: boolean;
  status: DocumentStatus | 'missing';
  /** A final rejection cannot be fixed by uploading again, so it is not asked for. */
  rejectionFinal?: boolean;
}

/** The document types to ask for, in checklist order. */
export function documentsToAskFor(entries: AskableEntry[]): DocumentType[] {
  return entries
    .filter((e) => (e.required && e.status === 'missing') || (e.status === 'rejected' && !e.rejectionFinal))
    .map((e) => e.type);
}

/** Order numbers named in a request that are not open orders of the account: 400 when any. */
export function unknownOpenOrders(
  named: readonly string[],
  orders: readonly { orderNumber: string; status: string }[],
): string[] {
  const open = new Set(orders.filter((o) => o.status === 'open').map((o) => o.orderNumber));
  return named.filter((n) => !open.has(n));
}
