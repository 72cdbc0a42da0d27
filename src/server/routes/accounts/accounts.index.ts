import { createRouter } from '../../http/createRouter.ts';
import { tableGet, tableGetRoute, tableList, tableListRoute } from '../tables/tableRoutes.ts';
import * as handlers from './accounts.handlers.ts';
import * as routes from './accounts.routes.ts';

export const accountRoutes = createRouter()
  .openapi(routes.resume, handlers.resume)
  .openapi(routes.pii, handlers.pii)
  .openapi(routes.refundable, handlers.refundable)
  .openapi(tableListRoute(routes.accountTable), tableList(routes.accountTable))
  .openapi(tableGetRoute(routes.accountTable), tableGet(routes.accountTable));
