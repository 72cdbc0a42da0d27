import { createRouter } from '../../http/createRouter.ts';
import * as handlers from './settings.handlers.ts';
import * as routes from './settings.routes.ts';

export const settingsRoutes = createRouter().openapi(routes.get, handlers.get).openapi(routes.put, handlers.put);
