import { createRouter } from '../../http/createRouter.ts';
import * as handlers from './users.handlers.ts';
import * as routes from './users.routes.ts';

export const userRoutes = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.update, handlers.update)
  .openapi(routes.disable, handlers.disable)
  .openapi(routes.enable, handlers.enable)
  .openapi(routes.resetPassword, handlers.resetPassword);
