import { resumeAccount } from '../../actions/resumeAccount.ts';
import type { AppRouteHandler } from '../../http/createRouter.ts';
import { notFound } from '../../http/errors.ts';
import { revealAccountPii } from '../../sql/accountPii.ts';
import { refundableFacts } from '../../sql/refunds/ledger.ts';
import { refundableFen } from '../../../domain/refundAmount.ts';
import { accounts } from '../../sql/resources.ts';
import { getFromTable } from '../../sql/tableResource.ts';
import type * as routes from './accounts.routes.ts';

export const resume: AppRouteHandler<typeof routes.resume> = async (c) => {
  const { id } = c.req.valid('param');
  await resumeAccount(c.var.db, id, c.var.user, c.var.deps.now());
  const row = await getFromTable(c.var.db, accounts, id);
  if (!row) throw notFound('account');
  return c.json(row, 200);
};

export const pii: AppRouteHandler<typeof routes.pii> = async (c) => {
  const values = await revealAccountPii(c.var.db, c.req.valid('param').id, c.var.user, c.var.deps.now());
  // Full personal data: never kept by a browser or proxy cache.
  c.header('Cache-Control', 'no-store');
  return c.json(values, 200);
};

export const refundable: AppRouteHandler<typeof routes.refundable> = async (c) => {
  const facts = await refundableFacts(c.var.db, c.req.valid('param').id);
  if (!facts) throw notFound('account');
  return c.json({ ...facts, refundableFen: refundableFen(facts) }, 200);
};
