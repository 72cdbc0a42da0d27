import { createRouter } from '../../http/createRouter.ts';
import { tableGet, tableGetRoute, tableList, tableListRoute } from '../tables/tableRoutes.ts';
import * as handlers from './notifications.handlers.ts';
import * as routes from './notifications.routes.ts';

export const notificationRoutes = createRouter()
  .openapi(routes.retry, handlers.retry)
  .openapi(tableListRoute(routes.notificationTable), tableList(routes.notificationTable))
  .openapi(tableGetRoute(routes.notificationTable), tableGet(routes.notificationTable));
