import { useGetList, useGetOne } from 'react-admin';
import { approvalChecklist } from '../../domain/approvalGates.ts';
import type { Account, AuditEvent, CancelRequest, Order, SupportingDocument } from '../types.ts';

const ALL = { page: 1, perPage: 100 };

/**
 * What a request's page reads besides the request. Each panel calls the hook it
 * needs with the same parameters, so react-query fetches each list once.
 */
export const useRequestAccount = (request: CancelRequest | undefined) =>
  useGetOne<Account>('accounts', { id: request?.accountId ?? 0 }, { enabled: !!request });

export const useRequestDocuments = (request: CancelRequest | undefined) =>
  useGetList<SupportingDocument>(
    'documents',
    { filter: { requestId: request?.id }, pagination: ALL, sort: { field: 'id', order: 'ASC' } },
    { enabled: !!request },
  );

export const useAccountOrders = (accountId: number | undefined) =>
  useGetList<Order>(
    'orders',
    { filter: { accountId }, pagination: ALL, sort: { field: 'id', order: 'ASC' } },
    { enabled: accountId != null },
  );

export const useRequestEvents = (request: CancelRequest | undefined) =>
  useGetList<AuditEvent>(
    'audit-events',
    { filter: { requestId: request?.id }, pagination: ALL, sort: { field: 'occurredAt', order: 'DESC' } },
    { enabled: !!request },
  );

/** The approval checklist (src/domain/approvalGates) once the account, documents and orders have loaded. */
export const useApproval = (request: CancelRequest | undefined) => {
  const { data: account } = useRequestAccount(request);
  const { data: documents } = useRequestDocuments(request);
  const { data: orders } = useAccountOrders(request?.accountId);
  if (!request || !account || !documents || !orders) return undefined;
  return { account, documents, orders, ...approvalChecklist({ account, request, documents, orders }) };
};
