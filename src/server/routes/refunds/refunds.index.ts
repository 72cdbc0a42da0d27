import { createRouter } from '../../http/createRouter.ts';
import * as handlers from './refunds.handlers.ts';
import * as routes from './refunds.routes.ts';

export const refundRoutes = createRouter()
  .openapi(routes.counts, handlers.counts)
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.ledger, handlers.ledger)
  .openapi(routes.approve, handlers.approve)
  .openapi(routes.reject, handlers.reject)
  .openapi(routes.pay, handlers.pay)
  .openapi(routes.fail, handlers.fail)
  .openapi(routes.amend, handlers.amend);
