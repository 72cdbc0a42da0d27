import { createRouter } from '../../http/createRouter.ts';
import * as handlers from './users.handlers.ts';
import * as routes from './users.routes.ts';

export const userRoutes = createRouter().openapi(routes.list, handlers.list).openapi(routes.getOne, handlers.getOne);
