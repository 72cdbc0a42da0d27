import type { TableResource } from './tableResource.ts';

// The read-only table resources: which fields sort and filter, which columns a
// search reads, which are never sent.
export const accounts: TableResource<'accounts'> = {
  table: 'accounts',
  fields: [
    'id',
    'accountNumber',
    'holderName',
    'accountType',
    'status',
    'balanceFen',
    'openedAt',
    'phone',
    'identityVerified',
    'cardKind',
    'planName',
    'updatedAt',
  ],
  searchColumns: ['accountNumber', 'holderName', 'phone', 'companyName', 'msisdn', 'iccid'],
};

export const orders: TableResource<'orders'> = {
  table: 'orders',
  fields: ['id', 'accountId', 'orderNumber', 'kind', 'status', 'amountFen', 'createdAt', 'endsAt'],
};

export const documents: TableResource<'documents'> = {
  table: 'documents',
  fields: ['id', 'requestId', 'accountId', 'type', 'status', 'uploadedAt', 'attempt', 'sizeBytes'],
  hidden: ['storageKey'],
};

export const refunds: TableResource<'refunds'> = {
  table: 'refunds',
  fields: ['id', 'requestId', 'accountId', 'status', 'amountFen', 'createdAt', 'paidAt', 'updatedAt'],
};

export { auditEvents } from './auditEvents.ts';

export const notifications: TableResource<'notifications'> = {
  table: 'notifications',
  fields: [
    'id',
    'requestId',
    'accountId',
    'event',
    'channel',
    'status',
    'createdAt',
    'sentAt',
    'attempts',
    'nextAttemptAt',
  ],
  searchColumns: ['recipient'],
};
