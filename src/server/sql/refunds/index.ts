// What the routes and actions read of refunds; each concern has its own file here.
export { getRefund } from './getRefund.ts';
export { ledgerOf, lockRefundable } from './ledger.ts';
export { listRefunds, REFUND_SORTABLE } from './listRefunds.ts';
export { refundRows, type RefundDb, type RefundRowData } from './refundRows.ts';
export { claimPayoutKey, completePayoutKey, releasePayoutKey, type KeyClaim, type KeyRef } from './payoutKeys.ts';
export { refundCounts } from './counts.ts';
