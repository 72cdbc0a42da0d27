// The checklist an approval must pass. The server refuses approve with these
// reasons; the UI shows the same list, so both always agree.

import { documentChecklist, requiredDocumentTypes, type DocumentLike } from './requiredDocuments.ts';
import type { AccountType, DocumentType, FiledBy, OrderStatus } from './vocabulary.ts';

export interface ApprovalFacts {
  account: { identityVerified: boolean; balanceFen: number };
  request: { accountType: AccountType; filedBy: FiledBy };
  documents: DocumentLike[];
  orders: { id: number; orderNumber: string; name: string; status: OrderStatus }[];
}

export type GateKey = 'identity_verified' | 'documents_verified' | 'no_open_orders' | 'balance_handled';

export interface Gate {
  key: GateKey;
  ok: boolean;
  /** A blocking gate that is not ok refuses the approval. */
  blocking: boolean;
  /** Required types with no document at all. */
  missingDocuments?: DocumentType[];
  /** Required types whose latest document is submitted (not yet checked) or rejected. */
  unverifiedDocuments?: DocumentType[];
  /** Order numbers still open. */
  openOrders?: string[];
  /** Balance that approving will refund (a refund in pending_approval is created). */
  refundFen?: number;
}

export function approvalChecklist(f: ApprovalFacts): { canApprove: boolean; gates: Gate[] } {
  const checklist = documentChecklist(requiredDocumentTypes(f.request), f.documents).filter((e) => e.required);
  const missingDocuments = checklist.filter((e) => e.status === 'missing').map((e) => e.type);
  const unverifiedDocuments = checklist
    .filter((e) => e.status === 'submitted' || e.status === 'rejected')
    .map((e) => e.type);
  const openOrders = f.orders.filter((o) => o.status === 'open').map((o) => o.orderNumber);

  // Balance never blocks: cancelling with money left is allowed because the
  // approval itself queues the refund.
  const balance: Gate = { key: 'balance_handled', ok: true, blocking: false };
  if (f.account.balanceFen > 0) balance.refundFen = f.account.balanceFen;

  const gates: Gate[] = [
    { key: 'identity_verified', ok: f.account.identityVerified, blocking: true },
    {
      key: 'documents_verified',
      ok: missingDocuments.length === 0 && unverifiedDocuments.length === 0,
      blocking: true,
      missingDocuments,
      unverifiedDocuments,
    },
    { key: 'no_open_orders', ok: openOrders.length === 0, blocking: true, openOrders },
    balance,
  ];
  return { canApprove: gates.every((g) => g.ok || !g.blocking), gates };
}
