import { useGetList, useGetOne } from 'react-admin';
import { approvalChecklist } from '../../domain/approvalGates.ts';
import type { Account, AuditEvent, CancelRequest, Order, SupportingDocument } from '../types.ts';
import { documentsQuery, eventsQuery, ordersQuery } from './requestPageQueries.ts';

/**
 * What a request's page reads besides the request. Each panel calls the hook it
 * needs with the same parameters, so react-query fetches each list once.
 */
export const useRequestAccount = (request: CancelRequest | undefined) =>
  useGetOne<Account>('accounts', { id: request?.accountId ?? 0 }, { enabled: !!request });

export const useRequestDocuments = (request: CancelRequest | undefined) =>
  useGetList<SupportingDocument>('documents', documentsQuery(request?.id), { enabled: !!request });

export const useAccountOrders = (accountId: number | undefined) =>
  useGetList<Order>('orders', ordersQuery(accountId), { enabled: accountId != null });

export const useRequestEvents = (request: CancelRequest | undefined) =>
  useGetList<AuditEvent>('audit-events', eventsQuery(request?.id), { enabled: !!request });

/** The approval checklist (src/domain/approvalGates) once the account, documents and orders have loaded. */
export const useApproval = (request: CancelRequest | undefined) => {
  const { data: account } = useRequestAccount(request);
  const { data: documents } = useRequestDocuments(request);
  const { data: orders } = useAccountOrders(request?.accountId);
  if (!request || !account || !documents || !orders) return undefined;
  return { account, documents, orders, ...approvalChecklist({ account, request, documents, orders }) };
};
