import type { ApiBalanceEntry, ApiRefund } from '../../domain/refundRecord.ts';

/** Bodies of the refund actions (the server validates them; the dialogs check the obvious first). */
export interface RefundPayBody {
  reference: string;
  /** ISO date or instant; the server's now when absent. */
  paidAt?: string;
}
export interface RefundReasonBody {
  reason: string;
}
export interface RefundAmendBody {
  amountFen: number;
  reason: string;
}
/** What a new refund on an account may be at most (GET /api/accounts/:id/refundable), in fen. */
export interface Refundable {
  balanceFen: number;
  heldFen: number;
  refundableFen: number;
}

/**
 * The refund actions: each a POST to /api/refunds/:id/<action> with the
 * version the user saw (`If-Match`), answering the updated refund or throwing
 * react-admin's HttpError (412: `body.current`; 409/403: `body.code`).
 */
export interface RefundMethods {
  approveRefund: (id: number, version: number) => Promise<ApiRefund>;
  rejectRefund: (id: number, version: number, body: RefundReasonBody) => Promise<ApiRefund>;
  /** `idempotencyKey` is made once per pay form: a double click or a retry replays the first answer. */
  payRefund: (id: number, version: number, body: RefundPayBody, idempotencyKey: string) => Promise<ApiRefund>;
  failRefund: (id: number, version: number, body: RefundReasonBody) => Promise<ApiRefund>;
  amendRefund: (id: number, version: number, body: RefundAmendBody) => Promise<ApiRefund>;
  refundLedger: (id: number) => Promise<ApiBalanceEntry[]>;
  refundable: (accountId: number) => Promise<Refundable>;
}

type Call = <T>(
  method: string,
  path: string,
  init?: { body?: unknown; headers?: Record<string, string> },
) => Promise<T>;

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** Refund actions and the ledger, over the data provider's HTTP client. */
export const refundMethods = (call: Call): RefundMethods => ({
  approveRefund: (id, version) => call('POST', `/refunds/${id}/approve`, { body: {}, headers: ifMatch(version) }),
  rejectRefund: (id, version, body) => call('POST', `/refunds/${id}/reject`, { body, headers: ifMatch(version) }),
  payRefund: (id, version, body, idempotencyKey) =>
    call('POST', `/refunds/${id}/pay`, {
      body,
      headers: { ...ifMatch(version), 'Idempotency-Key': idempotencyKey },
    }),
  failRefund: (id, version, body) => call('POST', `/refunds/${id}/fail`, { body, headers: ifMatch(version) }),
  amendRefund: (id, version, body) => call('POST', `/refunds/${id}/amend`, { body, headers: ifMatch(version) }),
  refundLedger: (id) => call('GET', `/refunds/${id}/ledger`),
  refundable: (accountId) => call('GET', `/accounts/${accountId}/refundable`),
});
