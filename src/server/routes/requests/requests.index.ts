import { createRouter } from '../../http/createRouter.ts';
import * as handlers from './requests.handlers.ts';
import * as routes from './requests.routes.ts';

// /counts before /{id}: the first route that matches answers.
export const requestRoutes = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.counts, handlers.counts)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.edit, handlers.edit);
