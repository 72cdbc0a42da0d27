import * as r from '../sql/resources.ts';
import { accountFilter, auditEventFilter, documentFilter, orderFilter, refundFilter } from '../http/filters.ts';
import { tableRoutes } from './tableRoutes.ts';

export const accounts = tableRoutes('accounts', r.accounts, accountFilter, ['id', 'DESC']);
export const orders = tableRoutes('orders', r.orders, orderFilter, ['createdAt', 'DESC']);
export const documents = tableRoutes('documents', r.documents, documentFilter, ['id', 'ASC']);
export const refunds = tableRoutes('refunds', r.refunds, refundFilter, ['createdAt', 'DESC']);
export const auditEvents = tableRoutes('audit-events', r.auditEvents, auditEventFilter, ['occurredAt', 'DESC']);
