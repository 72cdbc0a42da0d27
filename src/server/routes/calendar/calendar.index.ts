import { createRouter } from '../../http/createRouter.ts';
import * as handlers from './calendar.handlers.ts';
import * as routes from './calendar.routes.ts';

// /status and /years before /{date}: the first route that matches answers.
export const calendarRoutes = createRouter()
  .openapi(routes.status, handlers.status)
  .openapi(routes.addYear, handlers.addYear)
  .openapi(routes.list, handlers.list)
  .openapi(routes.getDay, handlers.getDay)
  .openapi(routes.setDay, handlers.setDay);
