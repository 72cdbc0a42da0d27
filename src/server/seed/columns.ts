import type { ColumnTypes } from './bulkInsert.ts';

// What the seeder writes to each table, with SQL types (for bulkInsert's casts).
// Columns left out take their defaults (search_text is set by a trigger).

export const ACCOUNT_COLUMNS: ColumnTypes<'accounts'> = {
  id: 'int', accountNumber: 'text', holderName: 'text', accountType: 'text', companyName: 'text',
  idNumberMasked: 'text', phone: 'text', email: 'text', iccid: 'text', msisdn: 'text', cardKind: 'text',
  planName: 'text', status: 'text', balanceFen: 'bigint', dataRemainingMb: 'int', identityVerified: 'bool',
  language: 'text', openedAt: 'timestamptz', serviceEndedAt: 'timestamptz', createdAt: 'timestamptz',
  updatedAt: 'timestamptz',
};

export const ORDER_COLUMNS: ColumnTypes<'orders'> = {
  id: 'int', accountId: 'int', orderNumber: 'text', kind: 'text', name: 'text', status: 'text',
  amountFen: 'bigint', createdAt: 'timestamptz', endsAt: 'timestamptz', updatedAt: 'timestamptz',
};

export const REQUEST_COLUMNS: ColumnTypes<'cancellationRequests'> = {
  id: 'int', number: 'text', accountId: 'int', accountType: 'text', reasonCode: 'text', reasonText: 'text',
  filedBy: 'text', agentName: 'text', channel: 'text', status: 'text', assigneeId: 'int',
  submittedAt: 'timestamptz', decidedAt: 'timestamptz', decidedBy: 'int', slaPausedMs: 'bigint',
  pausedAt: 'timestamptz', riskAt: 'timestamptz', dueAt: 'timestamptz', turnaroundMs: 'bigint',
  requestedDocTypes: 'text[]', infoRequestMessage: 'text', rejectReasonCode: 'text',
  customerMessage: 'text', internalNote: 'text', version: 'int', createdAt: 'timestamptz',
  updatedAt: 'timestamptz',
};

export const DOCUMENT_COLUMNS: ColumnTypes<'documents'> = {
  id: 'int', requestId: 'int', accountId: 'int', type: 'text', status: 'text', rejectionReason: 'text',
  rejectionFinal: 'bool', attempt: 'int', fileName: 'text', mimeType: 'text', sizeBytes: 'int',
  sha256: 'text', storageKey: 'text', uploadedByType: 'text', uploadedById: 'int',
  uploadedAt: 'timestamptz', reviewedBy: 'int', reviewedAt: 'timestamptz',
};

export const REFUND_COLUMNS: ColumnTypes<'refunds'> = {
  id: 'int', requestId: 'int', accountId: 'int', amountFen: 'bigint', status: 'text', requestedBy: 'int',
  approvalsNeeded: 'int', firstApproverId: 'int', firstApprovedAt: 'timestamptz',
  secondApproverId: 'int', secondApprovedAt: 'timestamptz', rejectedBy: 'int',
  rejectionReason: 'text', payoutReference: 'text', payoutAttempts: 'int', failureReason: 'text',
  paidAt: 'timestamptz', version: 'int', createdAt: 'timestamptz', updatedAt: 'timestamptz',
};

export const NOTIFICATION_COLUMNS: ColumnTypes<'notifications'> = {
  requestId: 'int', accountId: 'int', event: 'text', channel: 'text', language: 'text', recipient: 'text',
  subject: 'text', body: 'text', status: 'text', attempts: 'int', nextAttemptAt: 'timestamptz',
  lastError: 'text', createdAt: 'timestamptz', sentAt: 'timestamptz',
};

export const AUDIT_COLUMNS: ColumnTypes<'auditEvents'> = {
  occurredAt: 'timestamptz', actorType: 'text', actorId: 'int', actorName: 'text', action: 'text',
  entityType: 'text', entityId: 'text', requestId: 'int', accountId: 'int', before: 'jsonb', after: 'jsonb',
};
