import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { requireRole } from '../auth/requireStaff.ts';
import { resumeAccount } from '../actions/resumeAccount.ts';
import { idParam } from '../http/params.ts';
import { getFromTable } from '../sql/tableResource.ts';
import * as r from '../sql/resources.ts';
import { accountFilter, auditEventFilter, orderFilter, refundFilter } from '../http/filters.ts';
import { tableRoutes } from './tableRoutes.ts';

export const accounts = new Hono<AppEnv>()
  .post('/:id/resume', requireRole('admin'), async (c) => {
    const id = idParam(c.req.param('id'));
    await resumeAccount(c.var.db, id, c.var.user, c.var.deps.now());
    return c.json(await getFromTable(c.var.db, r.accounts, id));
  })
  .route('/', tableRoutes('accounts', r.accounts, accountFilter, ['id', 'DESC']));
export const orders = tableRoutes('orders', r.orders, orderFilter, ['createdAt', 'DESC']);
export const refunds = tableRoutes('refunds', r.refunds, refundFilter, ['createdAt', 'DESC']);
export const auditEvents = tableRoutes('audit-events', r.auditEvents, auditEventFilter, ['occurredAt', 'DESC']);
