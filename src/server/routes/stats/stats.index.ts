import { createRouter } from '../../http/createRouter.ts';
import * as handlers from './stats.handlers.ts';
import * as routes from './stats.routes.ts';

export const statsRoutes = createRouter()
  .openapi(routes.turnaround, handlers.turnaround)
  .openapi(routes.workload, handlers.workload);
