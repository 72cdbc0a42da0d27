import { maskEmail, maskIccid, maskIdNumber, maskPhone, maskPiiInText, maskRecipient } from '../../domain/mask.ts';
import type { TableResource } from './tableResource.ts';

// The read-only table resources: which fields sort and filter, which columns a
// search reads, which are never sent, which are sent masked (customer data:
// the full values are GET /api/accounts/:id/pii, audited).
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
  masked: {
    phone: maskPhone,
    email: maskEmail,
    iccid: maskIccid,
    msisdn: maskPhone,
    idNumberMasked: maskIdNumber,
  },
};

export const orders: TableResource<'orders'> = {
  table: 'orders',
  fields: ['id', 'accountId', 'orderNumber', 'kind', 'status', 'amountFen', 'createdAt', 'endsAt'],
};

export const documents: TableResource<'documents'> = {
  table: 'documents',
  fields: ['id', 'requestId', 'accountId', 'type', 'status', 'uploadedAt', 'attempt', 'sizeBytes'],
  hidden: ['storageKey'],
  // A customer's file is often named after the ID card or the number on it.
  masked: { fileName: maskPiiInText, rejectionReason: maskPiiInText },
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
  masked: {
    recipient: (recipient: string, row) => maskRecipient(String(row.channel), recipient),
    subject: maskPiiInText,
    body: maskPiiInText,
    lastError: maskPiiInText,
  },
};
