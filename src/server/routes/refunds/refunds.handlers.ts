import type { AppEnv } from '../../context.ts';
import type { AppRouteHandler } from '../../http/createRouter.ts';
import { notFound } from '../../http/errors.ts';
import { requiredVersion, setEtag } from '../../http/etag.ts';
import { contentRange, parseListParams } from '../../http/listParams.ts';
import { manualGateway } from '../../payouts/manualGateway.ts';
import { amendRefund } from '../../actions/refunds/amendRefund.ts';
import { approveRefund } from '../../actions/refunds/approveRefund.ts';
import { createRefund } from '../../actions/refunds/createRefund.ts';
import { failRefund } from '../../actions/refunds/failRefund.ts';
import { idempotentPay } from '../../actions/refunds/idempotentPay.ts';
import { rejectRefund } from '../../actions/refunds/rejectRefund.ts';
import { staffActor, type RefundTarget } from '../../actions/refunds/refundTransaction.ts';
import { getRefund, ledgerOf, listRefunds, REFUND_SORTABLE, refundCounts } from '../../sql/refunds/index.ts';
import { refundListFilter } from '../../../domain/refundInputs.ts';
import type { ApiRefund } from '../../../domain/refundRecord.ts';
import type * as routes from './refunds.routes.ts';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const params = parseListParams(c.req.valid('query'), {
    sortable: REFUND_SORTABLE,
    defaultSort: ['createdAt', 'DESC'],
    filter: refundListFilter,
  });
  const { rows, total } = await listRefunds(c.var.db, params, staffActor(c.var.user));
  c.header('Content-Range', contentRange('refunds', params.offset, rows.length, total));
  return c.json(rows, 200);
};

export const counts: AppRouteHandler<typeof routes.counts> = async (c) =>
  c.json(await refundCounts(c.var.db, staffActor(c.var.user)), 200);

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const row = await getRefund(c.var.db, c.req.valid('param').id, staffActor(c.var.user));
  if (!row) throw notFound('refund');
  setEtag(c, row.version);
  return c.json(row, 200);
};

export const ledger: AppRouteHandler<typeof routes.ledger> = async (c) => {
  const refund = await c.var.db
    .selectFrom('refunds')
    .select('accountId')
    .where('id', '=', c.req.valid('param').id)
    .executeTakeFirst();
  if (!refund) throw notFound('refund');
  return c.json(await ledgerOf(c.var.db, refund.accountId), 200);
};

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const row = await createRefund(c.var.deps.database, c.var.user, c.req.valid('json'), c.var.deps.now());
  setEtag(c, row.version);
  return c.json(row, 201);
};

const answer = (c: Parameters<AppRouteHandler<typeof routes.approve>>[0], row: ApiRefund) => {
  setEtag(c, row.version);
  return c.json(row, 200);
};

/** The refund a route names and the version its caller saw (428 without If-Match). */
const target = (v: AppEnv['Variables'], id: number, ifMatch: number | null): RefundTarget => ({
  database: v.deps.database,
  id,
  version: requiredVersion(ifMatch, 'refunds'),
  user: v.user,
  now: v.deps.now(),
});

export const approve: AppRouteHandler<typeof routes.approve> = async (c) =>
  answer(c, await approveRefund(target(c.var, c.req.valid('param').id, c.req.valid('header')['If-Match'])));

export const reject: AppRouteHandler<typeof routes.reject> = async (c) =>
  answer(
    c,
    await rejectRefund(target(c.var, c.req.valid('param').id, c.req.valid('header')['If-Match']), c.req.valid('json')),
  );

export const fail: AppRouteHandler<typeof routes.fail> = async (c) =>
  answer(
    c,
    await failRefund(target(c.var, c.req.valid('param').id, c.req.valid('header')['If-Match']), c.req.valid('json')),
  );

export const amend: AppRouteHandler<typeof routes.amend> = async (c) =>
  answer(
    c,
    await amendRefund(target(c.var, c.req.valid('param').id, c.req.valid('header')['If-Match']), c.req.valid('json')),
  );

export const pay: AppRouteHandler<typeof routes.pay> = async (c) => {
  const headers = c.req.valid('header');
  const at = target(c.var, c.req.valid('param').id, headers['If-Match']);
  const gateway = c.var.deps.payoutGateway ?? manualGateway;
  const result = await idempotentPay(at, gateway, headers['Idempotency-Key'], c.req.valid('json'));
  // 200 answers the paid refund; 502 (refused) carries it as `refund`.
  const refund = (result.status === 200 ? result.body : (result.body as { refund: ApiRefund }).refund) as ApiRefund;
  setEtag(c, refund.version);
  if (result.replayed) c.header('Idempotent-Replayed', 'true');
  return c.json(result.body as never, result.status);
};
