import type { TableResource } from './tableResource.ts';

// The read-only resources of the first issue: which columns sort and filter.
export const accounts: TableResource<'accounts'> = {
  table: 'accounts',
  columns: {
    id: 'id', accountNumber: 'account_number', holderName: 'holder_name', accountType: 'account_type',
    status: 'status', balanceFen: 'balance_fen', openedAt: 'opened_at', phone: 'phone', identityVerified: 'identity_verified',
    cardKind: 'card_kind', planName: 'plan_name', updatedAt: 'updated_at',
  },
  searchColumns: ['account_number', 'holder_name', 'phone', 'company_name', 'msisdn', 'iccid'],
};

export const orders: TableResource<'orders'> = {
  table: 'orders',
  columns: {
    id: 'id', accountId: 'account_id', orderNumber: 'order_number', kind: 'kind', status: 'status',
    amountFen: 'amount_fen', createdAt: 'created_at', endsAt: 'ends_at',
  },
};

export const documents: TableResource<'documents'> = {
  table: 'documents',
  columns: {
    id: 'id', requestId: 'request_id', accountId: 'account_id', type: 'type', status: 'status',
    uploadedAt: 'uploaded_at', attempt: 'attempt', sizeBytes: 'size_bytes',
  },
  hidden: ['storage_key'],
};

export const refunds: TableResource<'refunds'> = {
  table: 'refunds',
  columns: {
    id: 'id', requestId: 'request_id', accountId: 'account_id', status: 'status', amountFen: 'amount_fen',
    createdAt: 'created_at', paidAt: 'paid_at', updatedAt: 'updated_at',
  },
};

export const auditEvents: TableResource<'audit_events'> = {
  table: 'audit_events',
  columns: {
    id: 'id', occurredAt: 'occurred_at', requestId: 'request_id', accountId: 'account_id', entityType: 'entity_type',
    entityId: 'entity_id', action: 'action', actorId: 'actor_id', actorType: 'actor_type',
  },
};

export const notifications: TableResource<'notifications'> = {
  table: 'notifications',
  columns: {
    id: 'id', requestId: 'request_id', accountId: 'account_id', event: 'event', channel: 'channel', status: 'status',
    createdAt: 'created_at', sentAt: 'sent_at', attempts: 'attempts', nextAttemptAt: 'next_attempt_at',
  },
  searchColumns: ['recipient'],
};
