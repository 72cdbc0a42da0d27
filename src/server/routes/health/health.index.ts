import { createRouter } from '../../http/createRouter.ts';
import * as handlers from './health.handlers.ts';
import * as routes from './health.routes.ts';

export const healthRoutes = createRouter().openapi(routes.health, handlers.health);
